/** Quick fixes for the schema diagnostics. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { codeActions, diagnose } from '../../../server/src/service';
import { open } from '../../helpers';

/** The fixes other than the haconf-ignore comment every diagnostic offers (suppress.test.ts covers that one). */
const fixes = (list: ReturnType<typeof codeActions>) => list.filter((a) => !a.title.startsWith('Ignore '));

describe('code actions', () => {
  it("offers \"Change to 'balance'\" for an unknown keyword, replacing the keyword", async () => {
    const doc = await open('haproxy', 'backend app\n  balanse roundrobin\n', 'file:///etc/haproxy/haproxy.cfg');
    const diags = diagnose(doc);
    const actions = fixes(codeActions(doc, diags[0].range, diags));
    assert.deepEqual(actions, [
      {
        title: "Change to 'balance'",
        kind: 'quickfix',
        diagnostics: [diags[0]],
        isPreferred: true,
        edit: { changes: { 'file:///etc/haproxy/haproxy.cfg': [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } }, newText: 'balance' }] } },
      },
    ]);
    doc.dispose();
  });

  it('offers one fix per suggestion of a multi-word keyword, none preferred', async () => {
    const doc = await open('haproxy', 'backend app\n  option httpchek\n');
    const diags = diagnose(doc);
    const actions = fixes(codeActions(doc, { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, diags));
    assert.ok(actions.length > 1);
    assert.equal(actions[0].title, "Change to 'option httpchk'");
    assert.equal(actions[0].isPreferred, undefined);
    doc.dispose();
  });

  it('offers the replacement of a deprecated keyword', async () => {
    const doc = await open('haproxy', 'backend app\n  transparent\n');
    const diags = diagnose(doc);
    const [a] = fixes(codeActions(doc, diags[0].range, diags));
    assert.equal(a.title, "Replace with 'option transparent'");
    assert.deepEqual(Object.values(a.edit!.changes!)[0], [{ range: diags[0].range, newText: 'option transparent' }]);
    doc.dispose();
  });

  it('offers nothing away from the diagnostic or for other diagnostics', async () => {
    const doc = await open('haproxy', 'backend app\n  balanse roundrobin\n  bind :80\n');
    const diags = diagnose(doc);
    assert.deepEqual(codeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, diags), []);
    assert.deepEqual(fixes(codeActions(doc, diags[1].range, [diags[1]])), []);
    doc.dispose();
  });
});
