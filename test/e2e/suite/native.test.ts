/**
 * The real tools in the real host: saving a broken haproxy.cfg shows what `haproxy -c` says about it, and the command
 * "haconf: Validate with the real tool" checks an unsaved buffer. Needs haproxy on the machine (mandatory when
 * CI=true; .ci/run installs it). The workspace is trusted (the driver turns workspace trust off).
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, describeDiagnostics, lineOf, openFixture, outlineOf, poll } from './util';
import { installed } from '../../tools';

/** A diagnostic that carries the tool's words: its own, or haconf's with them merged in. */
const saysTool = (d: vscode.Diagnostic) => d.source === 'haproxy -c' || /\(haproxy -c: /.test(d.message);

async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

describe('validation with the real tools', () => {
  let original: string | undefined;
  let doc: vscode.TextDocument | undefined;

  before(function () {
    if (!installed('haproxy') && process.env.CI !== 'true') this.skip();
  });
  afterEach(async () => {
    // Put the fixture back on disk as it was: the tests save it.
    if (doc && original !== undefined && doc.getText() !== original) {
      await replaceAll(doc, original);
      await doc.save();
    }
    await closeAll();
  });

  it('shows what haproxy -c says when a broken haproxy.cfg is saved', async () => {
    doc = await openFixture('haproxy', true);
    original = doc.getText();
    await outlineOf(doc.uri);
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter(saysTool), []);

    // A server option haproxy does not know.
    const line = lineOf(doc, /server web2 /);
    const text = doc.lineAt(line).text;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, text.length - 'check'.length, line, text.length), 'chek');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save(), 'the document was not saved');

    const list = await poll(`a haproxy -c diagnostic on line ${line + 1}`, () => vscode.languages.getDiagnostics(doc!.uri), (l) => l.some((d) => saysTool(d) && d.range.start.line === line), 20_000);
    const hit = list.find((d) => saysTool(d) && d.range.start.line === line)!;
    assert.equal(hit.severity, vscode.DiagnosticSeverity.Error, describeDiagnostics(list));
    assert.match(hit.message, /chek/);

    // Repaired and saved: the tool runs again and has nothing more to say.
    await replaceAll(doc, original);
    assert.ok(await doc.save());
    await poll('the haproxy -c diagnostics to clear', () => vscode.languages.getDiagnostics(doc!.uri), (l) => !l.some(saysTool), 20_000);
  });

  it('checks an unsaved buffer with "haconf: Validate with the real tool"', async () => {
    doc = await openFixture('haproxy', true);
    original = doc.getText();
    await outlineOf(doc.uri);
    const line = lineOf(doc, /server web1 /);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, 4, line, 10), 'servre');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);

    const outcome = await vscode.commands.executeCommand<{ status: string; source?: string; count: number }>('haconf.validateWithTool');
    assert.equal(outcome?.status, 'problems', JSON.stringify(outcome));
    assert.equal(outcome?.source, 'haproxy -c');
    await poll(`a haproxy -c diagnostic on line ${line + 1}`, () => vscode.languages.getDiagnostics(doc!.uri), (l) => l.some((d) => saysTool(d) && d.range.start.line === line), 20_000);
    assert.ok(doc.isDirty, 'the command does not save the file');
  });
});
