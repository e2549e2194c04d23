/** Document and range formatting over the real LSP (stdio), with the editor's options and the haconf.format settings. */
import { strict as assert } from 'assert';
import { after, before, describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './client';

describe('haconf-language-server --stdio: formatting', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
  });
  after(async () => {
    if (client.proc.exitCode === null) client.proc.kill();
  });

  const uri = 'file:///etc/keepalived/keepalived.conf';
  const text = 'vrrp_instance VI_1 {\nstate    MASTER\n  virtual_ipaddress {\n10.0.0.1/24\n}\n}\n';
  const apply = (t: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(uri, 'keepalived', 1, t), edits);

  it('announces document and range formatting', async () => {
    const result = (await client.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { format: { indent: 'editor' } },
    })) as { capabilities: Record<string, unknown> };
    await client.conn.sendNotification('initialized', {});
    assert.equal(result.capabilities.documentFormattingProvider, true);
    assert.equal(result.capabilities.documentRangeFormattingProvider, true);
  });

  it("formats a document with the editor's options, in per-line edits", async () => {
    await client.open(uri, 'keepalived', text, 1);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.every((e) => e.range.start.line === e.range.end.line), 'edits stay on their line');
    assert.equal(apply(text, edits), 'vrrp_instance VI_1 {\n  state MASTER\n  virtual_ipaddress {\n    10.0.0.1/24\n  }\n}\n');
    const tabs = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
    assert.equal(apply(text, tabs), 'vrrp_instance VI_1 {\n\tstate MASTER\n\tvirtual_ipaddress {\n\t\t10.0.0.1/24\n\t}\n}\n');
  });

  it('formats only the lines of a range', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } },
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.equal(apply(text, edits), 'vrrp_instance VI_1 {\nstate    MASTER\n  virtual_ipaddress {\n        10.0.0.1/24\n}\n}\n');
  });

  it('lets haconf.format.indent override the editor, and follows the document as it changes', async () => {
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { haconf: { format: { indent: 'tab' } } } });
    await client.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '  ' }]);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(apply('vrrp_instance VI_1 {\n  state    MASTER\n  virtual_ipaddress {\n10.0.0.1/24\n}\n}\n', edits), 'vrrp_instance VI_1 {\n\tstate MASTER\n\tvirtual_ipaddress {\n\t\t10.0.0.1/24\n\t}\n}\n');
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { haconf: { format: { indent: 'editor' } } } });
  });

  it('gives no edits for a document with a syntax error', async () => {
    const bad = 'file:///etc/drbd.d/r0.res';
    await client.open(bad, 'drbd', 'resource r0 {\n  protocol C\n}\n', 1);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: bad }, options: { tabSize: 4, insertSpaces: true } });
    assert.deepEqual(edits, []);
  });

  it('shuts down cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
