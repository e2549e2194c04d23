/** Hover and completion in the real host, through VS Code's own provider commands. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, lineOf, openFixture, outlineOf, poll, requireGrammar } from './util';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('hover and completion', () => {
  afterEach(closeAll);

  it('hovers a keepalived keyword with its facts and the course notes', async () => {
    requireGrammar('keepalived');
    const doc = await openFixture('keepalived');
    await outlineOf(doc.uri);
    const line = lineOf(doc, /^\s+virtual_router_id/);
    const at = new vscode.Position(line, doc.lineAt(line).text.indexOf('virtual_router_id') + 3);
    const text = await poll(
      'a hover on virtual_router_id',
      async () => hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? []),
      (t) => t.includes('virtual_router_id'),
    );
    assert.match(text, /From the course notes/);
    assert.match(text, /VRRP/);
    assert.match(text, /https?:\/\//);
  });

  it('completes backend keywords in a backend and backend names after use_backend', async () => {
    requireGrammar('haproxy');
    const doc = await openFixture('haproxy', true);
    await outlineOf(doc.uri);
    const inBackend = new vscode.Position(lineOf(doc, /^backend /) + 1, 4);
    const items = await poll(
      'keyword completion in a backend',
      async () => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, inBackend))?.items ?? [],
      (list) => list.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'balance'),
    );
    const labels = items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(!labels.includes('bind'), 'bind is not offered in a backend');

    // Type `use_backend ` at the end of the frontend and ask for names.
    const feLine = lineOf(doc, /^frontend /) + 1;
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(feLine, 0), '    use_backend \n'));
    try {
      const after = new vscode.Position(feLine, '    use_backend '.length);
      const names = await poll(
        'backend names after use_backend',
        async () => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, after))?.items ?? [],
        (list) => list.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'web_servers'),
      );
      assert.ok(names.length >= 1);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });
});
