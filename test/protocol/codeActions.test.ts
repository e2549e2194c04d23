import { strict as assert } from 'assert';
import { after, before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { LspClient } from './client';

describe('haconf-language-server --stdio: schema diagnostics and code actions', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
  });
  after(async () => {
    if (client.proc.exitCode === null) client.proc.kill();
  });

  const uri = 'file:///etc/haproxy/haproxy.cfg';

  it('announces code actions', async () => {
    const result = (await client.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { haproxyVersion: '2.6' },
    })) as { capabilities: Record<string, unknown> };
    await client.conn.sendNotification('initialized', {});
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
  });

  it('publishes a typo as an unknown keyword and fixes it with a code action', async () => {
    await client.open(uri, 'haproxy', 'backend app\n  balanse roundrobin\n', 1);
    const { diagnostics } = await client.diagnosticsFor(uri, (p) => p.version === 1);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d.code, 'schema.unknown-keyword');
    assert.equal(d.message, "unknown keyword 'balanse' in 'backend app'; did you mean 'balance'?");
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics } });
    assert.deepEqual(actions.map((a) => a.title), ["Change to 'balance'", "Ignore 'schema.unknown-keyword' here (haconf-ignore comment)"]);
    assert.deepEqual(actions[0].edit, { changes: { [uri]: [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } }, newText: 'balance' }] } });
  });

  it('checks against the HAProxy version of initializationOptions, then of workspace/didChangeConfiguration', async () => {
    await client.change(uri, 2, [{ text: 'defaults\n  log-profile x\n' }]);
    const v2 = await client.diagnosticsFor(uri, (p) => p.version === 2);
    assert.deepEqual(v2.diagnostics.map((d) => d.message), ["'log-profile' needs HAProxy 3.2; this file is checked against 2.6"]);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { haconf: { haproxyVersion: '3.2' } } });
    const again = await client.diagnosticsFor(uri, (p) => p.version === 2 && p.diagnostics.length === 0);
    assert.deepEqual(again.diagnostics, []);
  });

  it('shuts down cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
