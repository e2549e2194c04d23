/** `# haconf-ignore: CODE` comments and the quick fix that adds them. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { codeActions, diagnose, suppressions } from '../../../server/src/service';
import { open } from '../../helpers';

describe('suppression comments', () => {
  it('reads codes on the same line and, for a comment alone on its line, the next line', () => {
    const table = suppressions('a\n# haconf-ignore: x.one, x.two\nb # haconf-ignore: x.three\nc\n', ['#']);
    assert.deepEqual([...table.keys()], [1, 2]);
    assert.deepEqual([...table.get(1)!], ['x.one', 'x.two']);
    assert.deepEqual([...table.get(2)!].sort(), ['x.one', 'x.three', 'x.two']);
  });

  it('ignores the mark outside a comment, and reads a bare mark as every code', () => {
    assert.equal(suppressions('haconf-ignore: x\n', ['#']).size, 0);
    assert.deepEqual([...suppressions('; haconf-ignore\nx\n', ['#', ';']).get(1)!], ['*']);
  });

  it('silences a diagnostic by its code, and only that code', async () => {
    const text = 'backend app\n  balanse roundrobin\n';
    const doc = await open('haproxy', text);
    assert.equal(diagnose(doc)[0].code, 'schema.unknown-keyword');
    doc.dispose();
    const quiet = await open('haproxy', 'backend app\n  # haconf-ignore: schema.unknown-keyword\n  balanse roundrobin\n');
    assert.deepEqual(diagnose(quiet), []);
    quiet.dispose();
    const other = await open('haproxy', 'backend app\n  # haconf-ignore: schema.deprecated\n  balanse roundrobin\n');
    assert.equal(diagnose(other).length, 1);
    other.dispose();
  });

  it('offers a quick fix that adds the comment above, indented like the line, and that silences it', async () => {
    const doc = await open('haproxy', 'backend app\n  balanse roundrobin\n', 'file:///x/haproxy.cfg');
    const diags = diagnose(doc);
    const fix = codeActions(doc, diags[0].range, diags).find((a) => a.title.startsWith('Ignore'));
    assert.ok(fix);
    const edit = fix.edit!.changes!['file:///x/haproxy.cfg'][0];
    assert.deepEqual(edit, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '  # haconf-ignore: schema.unknown-keyword\n' });
    doc.update([{ range: edit.range, text: edit.newText }], 1);
    assert.deepEqual(diagnose(doc), []);
    doc.dispose();
  });

  it('adds a code to an existing suppression comment on the line above', async () => {
    const doc = await open('keepalived', 'vrrp_instance VI_1 {\n  # haconf-ignore: x.other\n  stat MASTER\n}\n', 'file:///k.conf');
    const diags = diagnose(doc).filter((d) => d.range.start.line === 2);
    assert.ok(diags.length);
    const fix = codeActions(doc, diags[0].range, diags).find((a) => a.title.startsWith('Ignore'))!;
    assert.equal(fix.edit!.changes!['file:///k.conf'][0].newText, `  # haconf-ignore: x.other, ${String(diags[0].code)}`);
    doc.dispose();
  });
});
