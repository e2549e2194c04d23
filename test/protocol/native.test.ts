/**
 * The real tools through the language server: a saved haproxy.cfg is checked by `haproxy -c` and what it says is
 * published (merged with haconf's own), the command checks an unsaved buffer, nothing runs in an untrusted
 * workspace until trust is granted, a missing tool is said once. Needs haproxy (mandatory when CI=true).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient } from './client';
import { installed } from '../tools';

const BROKEN = `global
    daemon

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend www
    bind 127.0.0.1:8080
    default_backend web

backend web
    balanse roundrobin
    server s1 127.0.0.1:80 check
    server s2 127.0.0.1:81 chek
`;
const CHEK_LINE = 16; // 0-based: 'server s2 ... chek'
const BALANSE_LINE = 14;

const SKIP = installed('haproxy') || process.env.CI === 'true' ? false : 'skipped: haproxy is not installed (sudo apt install haproxy)';

const fromTool = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.source === 'haproxy -c');
const describeAll = (list: Diagnostic[]) => list.map((d) => `${d.range.start.line}:${d.source}:${d.message}`).join('\n');

interface Outcome {
  status: string;
  source?: string;
  count: number;
  ms: number;
  message?: string;
}

describe('the real tools through the language server', { skip: SKIP }, () => {
  let dir: string;
  const clients: LspClient[] = [];
  const client = () => {
    const c = new LspClient();
    clients.push(c);
    return c;
  };
  // One server in a trusted workspace for the tests that need nothing else (starting one takes a while).
  let trustedClient: Promise<LspClient> | undefined;
  const trusted = () =>
    (trustedClient ??= (async () => {
      const c = client();
      const init = (await c.initialize({ workspaceTrusted: true })) as { capabilities: { executeCommandProvider?: { commands: string[] } } };
      assert.deepEqual(init.capabilities.executeCommandProvider?.commands, ['haconf.validateWithTool']);
      return c;
    })());
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return pathToFileURL(file).href;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-native-protocol-'));
  });
  after(async () => {
    for (const c of clients) if (c.proc.exitCode === null) c.proc.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes what haproxy -c says about a saved file, merged with haconf; an edit drops it on the edited line; the next save refreshes it', async () => {
    const c = await trusted();
    const uri = write('saved/haproxy.cfg', BROKEN);
    await c.open(uri, 'haproxy', BROKEN, 1);
    const own = await c.diagnosticsFor(uri, (p) => p.version === 1);
    assert.deepEqual(fromTool(own), [], 'nothing from the tool before a save');

    await c.save(uri);
    const withTool = await c.diagnosticsFor(uri, (p) => fromTool(p).length > 0);
    const chek = fromTool(withTool).find((d) => d.range.start.line === CHEK_LINE);
    assert.ok(chek, describeAll(withTool.diagnostics));
    assert.equal(chek.severity, 1);
    assert.match(chek.message, /unknown keyword 'chek'/);
    // haconf also flags 'balanse': one diagnostic, haconf's (its code and quick fix), with the tool's words.
    const balanse = withTool.diagnostics.filter((d) => d.range.start.line === BALANSE_LINE);
    assert.equal(balanse.length, 1, describeAll(withTool.diagnostics));
    assert.equal(balanse[0].source, 'haconf');
    assert.equal(balanse[0].code, 'schema.unknown-keyword');
    assert.match(balanse[0].message, /\(haproxy -c: unknown keyword 'balanse' in 'backend' section/);

    // Fix 'chek' in the buffer: the tool's diagnostic on that line goes at once; the merged one on 'balanse' stays.
    const col = BROKEN.split('\n')[CHEK_LINE].indexOf('chek');
    await c.change(uri, 2, [{ range: { start: { line: CHEK_LINE, character: col }, end: { line: CHEK_LINE, character: col + 4 } }, text: 'check' }]);
    const edited = await c.diagnosticsFor(uri, (p) => p.version === 2);
    assert.deepEqual(fromTool(edited), []);
    assert.match(edited.diagnostics.find((d) => d.range.start.line === BALANSE_LINE)!.message, /haproxy -c:/);

    // The whole text replaced (by the file as now saved, 'chek' fixed): the tool's words are all dropped...
    const fixed = BROKEN.replace('chek', 'check');
    fs.writeFileSync(new URL(uri), fixed);
    await c.change(uri, 3, [{ text: fixed }]);
    const replaced = await c.diagnosticsFor(uri, (p) => p.version === 3);
    assert.ok(!replaced.diagnostics.some((d) => /haproxy -c/.test(`${d.source} ${d.message}`)), describeAll(replaced.diagnostics));
    // ... and the save runs the tool again: it now only has 'balanse' to say, merged into haconf's diagnostic.
    await c.save(uri);
    const refreshed = await c.diagnosticsFor(uri, (p) => p.version === 3 && p.diagnostics.some((d) => /haproxy -c:/.test(d.message)));
    assert.deepEqual(fromTool(refreshed), []);
    assert.deepEqual(
      refreshed.diagnostics.map((d) => d.range.start.line),
      [BALANSE_LINE],
      describeAll(refreshed.diagnostics),
    );
  });

  it('checks an unsaved buffer on haconf.validateWithTool from a temporary copy', async () => {
    const c = await trusted();
    const good = BROKEN.replace('chek', 'check').replace('balanse', 'balance');
    const uri = write('dirty/haproxy.cfg', good);
    await c.open(uri, 'haproxy', good, 1);
    // The buffer gains an error the file on disk does not have.
    const line = 15;
    await c.change(uri, 2, [{ range: { start: { line, character: 4 }, end: { line, character: 10 } }, text: 'servre' }]);
    const outcome = await c.request<Outcome>('workspace/executeCommand', { command: 'haconf.validateWithTool', arguments: [uri] });
    assert.equal(outcome.status, 'problems', JSON.stringify(outcome));
    assert.equal(outcome.source, 'haproxy -c');
    assert.ok(outcome.count >= 1);
    const published = await c.diagnosticsFor(uri, (p) => p.diagnostics.some((d) => d.range.start.line === line && /haproxy -c/.test(`${d.source} ${d.message}`)));
    assert.ok(published.diagnostics.some((d) => /servre/.test(d.message)), describeAll(published.diagnostics));
    assert.equal(fs.readFileSync(new URL(uri), 'utf8'), good, 'the file on disk is left alone');
  });

  it('runs nothing in an untrusted workspace until the client says trust was granted', async () => {
    const c = client();
    await c.initialize({});
    const uri = write('untrusted/haproxy.cfg', BROKEN);
    await c.open(uri, 'haproxy', BROKEN, 1);
    await c.diagnosticsFor(uri, (p) => p.version === 1);
    await c.save(uri);
    const outcome = await c.request<Outcome>('workspace/executeCommand', { command: 'haconf.validateWithTool', arguments: [uri] });
    assert.equal(outcome.status, 'untrusted');
    await new Promise((r) => setTimeout(r, 800)); // longer than the save debounce and a run
    await c.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const still = await c.diagnosticsFor(uri, (p) => p.version === 2);
    assert.deepEqual(fromTool(still), []);

    await c.conn.sendNotification('haconf/workspaceTrusted', { trusted: true });
    await c.save(uri);
    const now = await c.diagnosticsFor(uri, (p) => fromTool(p).length > 0);
    assert.ok(fromTool(now).some((d) => /chek/.test(d.message)));
  });

  it('says once that a tool is missing, with the install hint, however often files are saved', async () => {
    const c = client();
    await c.initialize({ workspaceTrusted: true, native: { haproxy: { path: path.join(dir, 'no-such-haproxy') } } });
    const a = write('missing/a/haproxy.cfg', BROKEN);
    const b = write('missing/b/haproxy.cfg', BROKEN);
    await c.open(a, 'haproxy', BROKEN, 1);
    await c.open(b, 'haproxy', BROKEN, 1);
    await c.save(a);
    await c.messagesWhere((m) => m.length >= 1);
    await c.save(b);
    await c.save(a);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(c.messages.length, 1, JSON.stringify(c.messages));
    assert.match(c.messages[0].message, /no-such-haproxy' \(haconf\.native\.haproxy\.path\) was not found/);
    assert.match(c.messages[0].message, /apt install haproxy/);
  });

  it('leaves the tools alone when haconf.native.enable is turned off (didChangeConfiguration)', async () => {
    const c = await trusted();
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { haconf: { native: { enable: false } } } });
    const uri = write('off/haproxy.cfg', BROKEN);
    await c.open(uri, 'haproxy', BROKEN, 1);
    const outcome = await c.request<Outcome>('workspace/executeCommand', { command: 'haconf.validateWithTool', arguments: [uri] });
    assert.equal(outcome.status, 'disabled');
    assert.equal(outcome.message, 'haconf.native.enable is off');
  });
});
