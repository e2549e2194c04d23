/**
 * The packaged extension: `vsce package` builds a .vsix from the built bundles, and the language server inside it,
 * unpacked on its own (no node_modules, no sources), starts and answers: grammars, runtime and schemas are all in.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers';
import { LspClient } from './client';

const haveUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the .vsix', { skip: haveUnzip ? false : 'skipped: no unzip on this machine' }, () => {
  let dir: string;
  let client: LspClient;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-vsix-'));
    const vsix = path.join(dir, 'haconf.vsix');
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, stdio: 'pipe' });
    execFileSync('unzip', ['-q', vsix, '-d', dir]);
  });
  after(() => {
    if (client && client.proc.exitCode === null) client.proc.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds what runs and nothing of the sources', () => {
    const ext = path.join(dir, 'extension');
    for (const id of ['haproxy', 'keepalived', 'corosync', 'drbd', 'ceph']) {
      for (const f of [`grammars/${id}/tree-sitter-${id}.wasm`, `grammars/${id}/${id}.tmLanguage.json`, `grammars/${id}/language-configuration.json`, `server/src/formats/${id}/schema.json`, `snippets/${id}.json`]) {
        assert.ok(fs.existsSync(path.join(ext, f)), f);
      }
    }
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/service.js', 'dist/cli.js', 'dist/tree-sitter.wasm', 'package.json', 'docs/screenshot.png']) assert.ok(fs.existsSync(path.join(ext, f)), f);
    assert.ok(fs.readdirSync(ext).some((f) => f.toLowerCase() === 'readme.md'), 'README');
    assert.ok(!fs.existsSync(path.join(ext, 'node_modules')), 'no node_modules');
    assert.ok(!fs.existsSync(path.join(ext, 'server/src/service')), 'no TypeScript sources');
    assert.ok(!fs.existsSync(path.join(ext, 'grammars/haproxy/src/parser.c')), 'no generated C');
  });

  it('runs its own language server', async () => {
    client = new LspClient(['--stdio'], path.join(dir, 'extension', 'bin', 'haconf-language-server.js'));
    await client.initialize();
    const uri = 'file:///etc/haproxy/haproxy.cfg';
    await client.open(uri, 'haproxy', 'global\n    maxconn 100\n\nbackend app\n    server web1 10.0.0.1:80 check "oops\n', 1);
    const diags: PublishDiagnosticsParams = await client.diagnosticsFor(uri, (p) => p.version === 1);
    // The syntax error, and the semantic checks' warning that the backend has no timeouts (they ship too).
    assert.deepEqual(diags.diagnostics.map((d) => [d.range.start.line, d.code]), [
      [3, 'haproxy.missing-timeout'],
      [4, 'syntax.unterminated-string'],
    ]);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['global', 'backend app']);
    assert.equal(await client.shutdown(), 0);
  });
});
