import { strict as assert } from 'assert';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { LspClient } from './client';

const KEEPALIVED = `vrrp_instance VI_1 {
    state MASTER
    virtual_router_id 51
    priority 100
}
`;

describe('haconf-language-server --stdio: hover', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
  });
  after(async () => {
    if (client.proc.exitCode === null) client.proc.kill();
  });

  const uri = 'file:///etc/keepalived/keepalived.conf';

  it('announces hover', async () => {
    const result = (await client.initialize()) as { capabilities: Record<string, unknown> };
    assert.equal(result.capabilities.hoverProvider, true);
  });

  it('answers a hover on a keyword with Markdown from the schema and the course notes', async () => {
    await client.open(uri, 'keepalived', KEEPALIVED, 1);
    await client.diagnosticsFor(uri, (p) => p.version === 1);
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 8 } });
    assert.ok(h);
    assert.deepEqual(h.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 21 } });
    const contents = h.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.ok(contents.value.startsWith('**`virtual_router_id`** · keepalived directive\n\n```keepalived\nvirtual_router_id 51\n```\n\nIn: `vrrp_instance`  \nType: integer, 1 to 255'), contents.value);
    assert.ok(contents.value.includes('**From the course notes**\n\n**keepalived and VRRP**'), contents.value);
    assert.ok(contents.value.endsWith('(https://github.com/acassen/keepalived/blob/master/doc/man/man5/keepalived.conf.5.in)'), contents.value);
  });

  it('answers null off a keyword and for an unknown document', async () => {
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 16 } }), null);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.conf' }, position: { line: 0, character: 0 } }), null);
  });

  it('shuts down cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
