import { strict as assert } from 'assert';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { LspClient } from './client';

const CFG = `frontend www
    bind :80
    acl is_api path_beg /api
    use_backend api if is_api
    default_backend 

backend app
    bal
`;

describe('haconf-language-server: completion', () => {
  let client: LspClient;
  const uri = 'file:///etc/haproxy/haproxy.cfg';
  before(async () => {
    client = new LspClient();
  });
  after(async () => {
    if (client.proc.exitCode === null) client.proc.kill();
  });

  it('announces completion with its trigger characters', async () => {
    const result = (await client.initialize()) as { capabilities: { completionProvider?: { triggerCharacters?: string[] } } };
    assert.ok(result.capabilities.completionProvider);
    assert.ok(result.capabilities.completionProvider.triggerCharacters?.includes(' '));
  });

  it('completes a keyword of the section, replacing the typed part', async () => {
    await client.open(uri, 'haproxy', CFG, 1);
    await client.diagnosticsFor(uri, (p) => p.version === 1);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 7 } });
    const balance = list.items.find((i: CompletionItem) => i.label === 'balance');
    assert.ok(balance, list.items.map((i) => i.label).join(' '));
    assert.deepEqual((balance.textEdit as TextEdit).range, { start: { line: 7, character: 4 }, end: { line: 7, character: 7 } });
    assert.ok(!list.items.some((i) => i.label === 'bind'), 'not a frontend keyword in a backend');
  });

  it('completes backend names after a space typed after default_backend, and after an edit', async () => {
    const params = { textDocument: { uri }, position: { line: 4, character: 20 }, context: { triggerKind: 2, triggerCharacter: ' ' } };
    let list = await client.request<CompletionList>('textDocument/completion', params);
    assert.deepEqual(list.items.map((i) => i.label), ['app']);
    await client.change(uri, 2, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'listen api\n' }]);
    list = await client.request<CompletionList>('textDocument/completion', params);
    assert.deepEqual(list.items.map((i) => i.label), ['app', 'api']);
  });

  it('returns an empty list for an unknown document', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: 'file:///nope.cfg' }, position: { line: 0, character: 0 } });
    assert.deepEqual(list.items, []);
  });

  it('shuts down cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
