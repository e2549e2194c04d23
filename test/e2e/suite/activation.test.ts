/** The extension activates in the real host for each of the five languages, and files are recognised. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activate, extension, FIXTURES, fixtureUri, poll } from './util';

describe('activation', () => {
  for (const { id, file } of FIXTURES) {
    it(`activates for ${id} (${file})`, async () => {
      const doc = await vscode.workspace.openTextDocument(fixtureUri(file));
      await vscode.window.showTextDocument(doc, { preview: false });
      assert.equal(doc.languageId, id, `${file} opened as '${doc.languageId}'`);
      const api = await activate();
      assert.equal(extension().isActive, true);
      assert.ok(api.client, 'the API has no language client');
      assert.equal(api.client.isRunning(), true, 'the language client is not running');
    });
  }

  it('registers its commands', async () => {
    await activate();
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['haconf.restartServer', 'haconf.detectLanguage']) assert.ok(commands.includes(c), `command ${c} is not registered`);
  });
});

describe('detection by content', () => {
  it("opens app.cfg, whose content is HAProxy, as 'haproxy'", async () => {
    await activate();
    const uri = fixtureUri('app.cfg');
    const doc = await vscode.workspace.openTextDocument(uri);
    // The extension switches it from the generic language VS Code picked; the switch reopens the document.
    const language = await poll(
      "app.cfg's language to become haproxy",
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId ?? doc.languageId,
      (l) => l === 'haproxy',
    );
    assert.equal(language, 'haproxy');
  });
});
