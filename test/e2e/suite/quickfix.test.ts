/** A quick fix applied in the real host: a misspelt keyword, its "Change to" code action, the text and the diagnostic after it. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, describeDiagnostics, lineOf, openFixture, outlineOf, poll, requireGrammar } from './util';

describe('quick fixes', () => {
  afterEach(closeAll);

  it("changes a misspelt 'balanse' to 'balance' and the diagnostic clears", async () => {
    requireGrammar('haproxy');
    const doc = await openFixture('haproxy', true);
    await outlineOf(doc.uri); // the server has parsed the file
    const line = lineOf(doc, /^\s+balance roundrobin/);
    const col = doc.lineAt(line).text.indexOf('balance');
    const keyword = new vscode.Range(line, col, line, col + 'balance'.length);
    const original = doc.lineAt(line).text;

    const typo = new vscode.WorkspaceEdit();
    typo.replace(doc.uri, keyword, 'balanse');
    assert.ok(await vscode.workspace.applyEdit(typo), 'the misspelling was not applied');
    assert.equal(doc.lineAt(line).text.trim(), 'balanse roundrobin');

    const unknown = (list: readonly vscode.Diagnostic[]) =>
      list.find((d) => d.source === 'haconf' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'schema.unknown-keyword' && d.range.start.line === line);
    const diagnostic = (await poll("the unknown keyword 'balanse'", async () => vscode.languages.getDiagnostics(doc.uri), (list) => !!unknown(list)))
      .find((d) => unknown([d]))!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /balanse/);

    // The code actions VS Code would show in the light bulb, through the provider command.
    const actions = await poll(
      "a 'Change to' quick fix",
      async () =>
        (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [],
      (list) => list.some((a) => a.title === "Change to 'balance'"),
    );
    const fix = actions.find((a) => a.title === "Change to 'balance'")!;
    assert.ok(fix.kind?.contains(vscode.CodeActionKind.QuickFix), `kind ${fix.kind?.value}`);
    assert.ok(fix.edit, 'the quick fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix was not applied');

    assert.equal(doc.lineAt(line).text, original, 'the line is as it was before the typo');
    const after = await poll('the unknown keyword diagnostic to clear', async () => vscode.languages.getDiagnostics(doc.uri), (list) => !unknown(list));
    assert.ok(!after.some((d) => d.severity === vscode.DiagnosticSeverity.Error), describeDiagnostics(after));
  });
});
