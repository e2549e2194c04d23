/**
 * The README screenshot, as the last step: a fixture open with a syntax error squiggled, the outline view and the
 * Problems panel visible (HACONF_E2E_SCREENSHOT_HOVER=1 also opens the error's hover). Runs only when the driver
 * asks for it (it sets HACONF_E2E_SCREENSHOT_DIR): the step prints `E2E-SCREENSHOT-READY`, the driver captures the
 * page and writes `<dir>/done`, then the workbench is put back.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { applyBreakage, breakage, closeAll, errorsOf, fixture, openFixture, outlineOf, poll, requireGrammar, say, sleep } from './util';

const signalDir = process.env.HACONF_E2E_SCREENSHOT_DIR;
const format = process.env.HACONF_E2E_SCREENSHOT_FORMAT || 'haproxy';

(signalDir ? describe : describe.skip)('screenshot', () => {
  it(`stages the workbench with ${fixture(format).file} and captures it`, async function () {
    this.timeout(90_000);
    requireGrammar(format);
    await closeAll();
    await vscode.commands.executeCommand('notifications.clearAll');
    const doc = await openFixture(format, true);
    await outlineOf(doc.uri);
    const b = breakage(format, doc);
    const repair = await applyBreakage(doc, b);
    const want = (d: vscode.Diagnostic) => (typeof b.expected === 'string' ? d.message === b.expected : b.expected.test(d.message));
    const errors = await poll(`the error ${b.expected}`, () => errorsOf(doc.uri), (list) => list.some(want));
    const hit = errors.find(want)!;

    // Outline in the side bar (the driver drags it taller), Problems in the panel (made lower: the resize command acts
    // on the focused editor), the cursor on the error, the file from its top.
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('outline.focus');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    for (let i = 0; i < 2; i++) await vscode.commands.executeCommand('workbench.action.increaseViewHeight');
    editor.selection = new vscode.Selection(hit.range.start, hit.range.start);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    if (process.env.HACONF_E2E_SCREENSHOT_HOVER === '1') await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500); // outline, squiggles and the panel render

    const done = path.join(signalDir!, 'done');
    say(`E2E-SCREENSHOT-READY ${doc.uri.path}`);
    await poll('the driver to take the screenshot', () => fs.existsSync(done), (x) => x, 60_000);
    // The driver writes what became of the capture: 'ok', or why it failed.
    const outcome = fs.readFileSync(done, 'utf8');

    await repair();
    await closeAll();
    if (outcome !== 'ok') throw new Error(`the screenshot was not taken: ${outcome}`);
  });
});
