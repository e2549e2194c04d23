/** Format Document and Format Selection in the real host, through the editor's own commands. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, poll, requireGrammar } from './util';

const MESSY = 'vrrp_instance VI_1 {\nstate    MASTER\n  virtual_ipaddress {\n10.0.0.1/24   dev eth0\n}\n}\n\n\n\n';

async function openMessy(): Promise<vscode.TextEditor> {
  await activate();
  requireGrammar('keepalived');
  const doc = await vscode.workspace.openTextDocument({ language: 'keepalived', content: MESSY });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  editor.options = { tabSize: 2, insertSpaces: true };
  return editor;
}

/** Closes the untitled documents without a save prompt, then the rest. */
async function closeUntitled(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.uri.scheme !== 'untitled' || doc.isClosed) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await closeAll();
}

describe('formatting', () => {
  afterEach(closeUntitled);

  it('formats a keepalived document with Format Document, at the editor tab size', async () => {
    const editor = await openMessy();
    const want = 'vrrp_instance VI_1 {\n  state MASTER\n  virtual_ipaddress {\n    10.0.0.1/24 dev eth0\n  }\n}\n';
    // The server may still be parsing the freshly opened document: ask until the edits arrive.
    await poll(
      'Format Document to format the file',
      async () => {
        await vscode.commands.executeCommand('editor.action.formatDocument');
        return editor.document.getText();
      },
      (text) => text === want,
    );
    assert.equal(editor.document.getText(), want);
  });

  it('formats only the selected lines with Format Selection', async () => {
    const editor = await openMessy();
    editor.selection = new vscode.Selection(3, 0, 3, 5);
    const want = 'vrrp_instance VI_1 {\nstate    MASTER\n  virtual_ipaddress {\n    10.0.0.1/24 dev eth0\n}\n}\n\n\n\n';
    await poll(
      'Format Selection to format line 4',
      async () => {
        await vscode.commands.executeCommand('editor.action.formatSelection');
        return editor.document.getText();
      },
      (text) => text === want,
    );
  });
});
