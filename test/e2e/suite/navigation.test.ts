/** Navigation across the files of a workspace folder in the real host: rename a backend used in two files of an
 * HAProxy directory, and a semantic diagnostic that appears after an edit and clears after the fix. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, describeDiagnostics, fixtureUri, lineOf, outlineOf, poll, requireGrammar } from './util';

const MAIN = 'haproxy/main.cfg';
const BACKENDS = 'haproxy/backends.cfg';

async function openFile(file: string): Promise<vscode.TextDocument> {
  await activate();
  const doc = await vscode.workspace.openTextDocument(fixtureUri(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

const codesOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));

describe('navigation across files', () => {
  afterEach(closeAll);

  it('renames a backend in both files of an HAProxy directory', async () => {
    requireGrammar('haproxy');
    const main = await openFile(MAIN);
    assert.equal(main.languageId, 'haproxy');
    await outlineOf(main.uri);
    const line = lineOf(main, /default_backend api_servers/);
    const at = new vscode.Position(line, main.lineAt(line).text.indexOf('api_servers') + 2);
    // The definition is in the other file (the server indexed the folder).
    const defs = await poll(
      'the definition of api_servers in backends.cfg',
      async () => (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', main.uri, at)) ?? [],
      (list) => list.length > 0,
    );
    const target = 'uri' in defs[0] ? defs[0].uri : defs[0].targetUri;
    assert.equal(target.toString(), fixtureUri(BACKENDS).toString());

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', main.uri, at, 'app_servers');
    assert.ok(edit, 'no rename edit');
    const files = edit.entries().map(([uri, edits]) => `${vscode.workspace.asRelativePath(uri)}:${edits.length}`).sort();
    assert.deepEqual(files, [`${BACKENDS}:1`, `${MAIN}:1`]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const backends = await vscode.workspace.openTextDocument(fixtureUri(BACKENDS));
    assert.match(main.getText(), /default_backend app_servers/);
    assert.match(backends.getText(), /^backend app_servers$/m);
    // Both files still agree: no missing backend anywhere.
    await poll('no undefined backend after the rename', () => [...codesOf(main.uri), ...codesOf(backends.uri)], (c) => !c.some((x) => x.includes('undefined')));
    // And back.
    const back = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', main.uri, at, 'api_servers');
    assert.ok(back && (await vscode.workspace.applyEdit(back)));
    assert.match(backends.getText(), /^backend api_servers$/m);
  });

  it('reports a use_backend to a missing backend after an edit, and clears it after the fix', async () => {
    requireGrammar('haproxy');
    const main = await openFile(MAIN);
    await outlineOf(main.uri);
    await poll('no name diagnostics before the edit', () => codesOf(main.uri), (c) => !c.some((x) => x.startsWith('haproxy.')));
    const line = lineOf(main, /use_backend static_files/);
    const start = main.lineAt(line).text.indexOf('static_files');
    const range = new vscode.Range(line, start, line, start + 'static_files'.length);
    const editor = await vscode.window.showTextDocument(main);
    assert.ok(await editor.edit((e) => e.replace(range, 'static_filez')));
    const diags = await poll(
      'haproxy.undefined-backend after the edit',
      () => vscode.languages.getDiagnostics(main.uri),
      (list) => list.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'haproxy.undefined-backend'),
    );
    const hit = diags.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'haproxy.undefined-backend')!;
    assert.equal(hit.severity, vscode.DiagnosticSeverity.Error, describeDiagnostics(diags));
    assert.equal(hit.range.start.line, line);
    assert.equal(hit.range.start.character, start);
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(line, start, line, start + 'static_filez'.length), 'static_files')));
    await poll('the diagnostic to clear after the fix', () => codesOf(main.uri), (c) => !c.includes('haproxy.undefined-backend'));
  });
});
