import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange, SelectionRange } from 'vscode-languageserver-types';
import { LspClient } from './client';
import { ROOT } from '../helpers';

const COROSYNC = `totem {
    version: 2
    cluster_name: web
}

nodelist {
    node {
        ring0_addr: 10.0.0.1
        name: alice
        nodeid: 1
    }
}
`;

describe('haconf-language-server --stdio', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
  });
  after(async () => {
    if (client.proc.exitCode === null) client.proc.kill();
  });

  it('initializes and announces its features', async () => {
    const result = (await client.initialize()) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    assert.equal(result.serverInfo.name, 'haconf-language-server');
    assert.ok(result.capabilities.documentSymbolProvider);
    assert.equal(result.capabilities.foldingRangeProvider, true);
    assert.equal(result.capabilities.selectionRangeProvider, true);
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
  });

  it('runs with the Node options of its bin\'s first line when started by itself', (t) => {
    if (process.platform !== 'linux') return t.skip('reads /proc');
    // `env -S` has replaced itself with node, which carries the option on its command line.
    const cmdline = fs.readFileSync(`/proc/${client.proc.pid}/cmdline`, 'utf8').split('\0');
    assert.equal(path.basename(cmdline[0]).startsWith('node'), true, cmdline.join(' '));
    for (const o of (require(path.join(ROOT, 'bin', 'server-v8-flags.js')) as { nodeOptions: string[] }).nodeOptions) {
      assert.ok(cmdline.includes(o), `${o} in ${cmdline.join(' ')}`);
    }
  });

  const uri = 'file:///etc/corosync/corosync.conf';

  it('publishes no diagnostics for a valid file and outlines it', async () => {
    await client.open(uri, 'corosync', COROSYNC, 1);
    const diags = await client.diagnosticsFor(uri, (p) => p.version === 1);
    assert.deepEqual(diags.diagnostics, []);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]),
      [
        ['totem', []],
        ['nodelist', ['node alice']],
      ],
    );
    assert.deepEqual(symbols[1].range, { start: { line: 5, character: 0 }, end: { line: 11, character: 1 } });
  });

  it('returns folding and selection ranges', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(
      folds.map((f) => [f.startLine, f.endLine]),
      [
        [0, 2],
        [5, 10],
        [6, 9],
      ],
    );
    const [sel] = await client.request<SelectionRange[]>('textDocument/selectionRange', {
      textDocument: { uri },
      positions: [{ line: 8, character: 15 }],
    });
    const chain: string[] = [];
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) chain.push(`${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`);
    // value 'alice' -> directive 'name: alice' -> block node -> block nodelist -> file
    assert.equal(chain[0], '8:14-8:19');
    assert.equal(chain[1], '8:8-8:19');
    assert.ok(chain.includes('6:4-10:5'), chain.join(' '));
    assert.ok(chain.includes('5:0-11:1'), chain.join(' '));
  });

  it('reports a syntax error after an incremental edit and clears it after the fix', async () => {
    // Delete the '}' that closes 'node' (line 11, column 8).
    await client.change(uri, 2, [{ range: { start: { line: 10, character: 4 }, end: { line: 10, character: 5 } }, text: '' }]);
    const broken = await client.diagnosticsFor(uri, (p) => p.version === 2);
    // On the block's opening line, and on the file's last line, where corosync -t says "Missing closing brace".
    assert.equal(broken.diagnostics.length, 2, JSON.stringify(broken.diagnostics));
    assert.equal(broken.diagnostics[0].message, "block 'node' opened on line 7 is never closed");
    assert.equal(broken.diagnostics[0].severity, 1);
    assert.equal(broken.diagnostics[0].source, 'haconf');
    assert.equal(broken.diagnostics[1].message, "the file ends before block 'node' is closed: a '}' is missing");
    assert.equal(broken.diagnostics[1].range.start.line, 11);
    await client.change(uri, 3, [{ range: { start: { line: 10, character: 4 }, end: { line: 10, character: 4 } }, text: '}' }]);
    const fixed = await client.diagnosticsFor(uri, (p) => p.version === 3);
    assert.deepEqual(fixed.diagnostics, []);
  });

  it('edits an HAProxy file right after it opens, before its tree is made, as any other file', async () => {
    // An HAProxy file is read from its text when it opens, and its tree is made after its first diagnostics: an edit
    // that comes first must make the tree of the text before it, then apply.
    const text = 'frontend www\n  bind :80\n  default_backend app\n\nbackend app\n  server s1 10.0.0.1:8080 check\n';
    const edited = 'file:///tmp/haconf-proto-edited/haproxy.cfg';
    await client.open(edited, 'haproxy', text);
    await client.change(edited, 2, [{ range: { start: { line: 2, character: 18 }, end: { line: 2, character: 21 } }, text: 'api' }]);
    const after = await client.diagnosticsFor(edited, (p) => p.version === 2);
    const fresh = 'file:///tmp/haconf-proto-fresh/haproxy.cfg';
    await client.open(fresh, 'haproxy', text.replace('default_backend app', 'default_backend api'));
    const expected = await client.diagnosticsFor(fresh, (p) => p.version === 1);
    assert.ok(after.diagnostics.some((d) => d.message.includes("'api'")), JSON.stringify(after.diagnostics));
    assert.deepEqual(after.diagnostics, expected.diagnostics);
    // Selection ranges come from the tree.
    const [sel] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: edited }, positions: [{ line: 5, character: 4 }] });
    assert.deepEqual(sel.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 8 } });
  });

  it('gives a too-large file one diagnostic and no hang', async () => {
    const big = 'file:///tmp/huge/corosync.conf';
    const line = 'totem {\n    version: 2\n}\n';
    await client.open(big, 'corosync', line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)), 1);
    const diags = await client.diagnosticsFor(big, (p) => p.version === 1);
    assert.equal(diags.diagnostics.length, 1);
    assert.equal(diags.diagnostics[0].code, 'file.too-large');
    assert.match(diags.diagnostics[0].message, /10\.0 MB/);
  });

  it('gives a binary file one diagnostic', async () => {
    const bin = 'file:///tmp/bin/corosync.conf';
    await client.open(bin, 'corosync', 'totem {\0\0\x01\x02\x03 garbage \0}', 1);
    const diags = await client.diagnosticsFor(bin, (p) => p.version === 1);
    assert.equal(diags.diagnostics.length, 1);
    assert.equal(diags.diagnostics[0].code, 'file.binary');
  });

  it('ignores documents of other languages', async () => {
    const other = 'file:///tmp/readme.md';
    await client.open(other, 'markdown', '# hi', 1);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: other } });
    assert.deepEqual(symbols, []);
  });

  it('shuts down cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
