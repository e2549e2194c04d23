/** Syntax diagnostics follow edits in the real host: a breaking edit raises the expected error, repairing clears it. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { applyBreakage, assertNoErrors, breakage, closeAll, describeDiagnostics, errorsOf, openFixture, outlineOf, poll, requireGrammar } from './util';

describe('syntax diagnostics after an edit', () => {
  afterEach(closeAll);

  for (const id of ['corosync', 'keepalived', 'drbd', 'haproxy', 'ceph']) {
    it(`reports and clears a syntax error in ${id}`, async () => {
      requireGrammar(id);
      const doc = await openFixture(id, true);
      await outlineOf(doc.uri); // the server has parsed the file
      await assertNoErrors(doc.uri, `${id}: errors before the edit`);

      const b = breakage(id, doc);
      const repair = await applyBreakage(doc, b);
      const want = (d: vscode.Diagnostic) => (typeof b.expected === 'string' ? d.message === b.expected : b.expected.test(d.message));
      const errors = await poll(`the error ${b.expected} in ${id}`, () => errorsOf(doc.uri), (list) => list.some(want));
      const hit = errors.find(want)!;
      assert.equal(hit.source, 'haconf');
      assert.ok(hit.range.start.line <= b.range.start.line + 1, `the error is reported far from the edit: ${describeDiagnostics([hit])}`);

      await repair();
      await poll(`the errors of ${id} to clear after the repair`, () => errorsOf(doc.uri), (list) => list.length === 0);
    });
  }
});
