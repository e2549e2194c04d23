/** Outline (document symbols) and folding ranges of the fixtures, through VS Code's own provider commands. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { assertNoErrors, assertOutlineHas, fixtureUri, lineOf, openFixture, outlineOf, poll, renderOutline, requireGrammar } from './util';

/** Expected outline entries per format: top level in order, and the children of some entries (in order). */
const OUTLINES: Record<string, { top: string[]; children?: Record<string, string[]> }> = {
  haproxy: { top: ['global', 'defaults', 'frontend www', 'backend web_servers', 'listen stats'] },
  keepalived: {
    top: ['global_defs', 'vrrp_script chk_haproxy', 'vrrp_instance VI_1'],
    children: { 'vrrp_instance VI_1': ['authentication', 'virtual_ipaddress', 'track_script'] },
  },
  corosync: {
    top: ['totem', 'logging', 'nodelist', 'quorum'],
    children: { totem: ['interface'], nodelist: ['node alice', 'node bob'] },
  },
  drbd: { top: ['resource r0'], children: { 'resource r0': ['net', 'disk', 'on alice', 'on bob'] } },
  ceph: { top: ['global', 'mon', 'osd', 'client.rgw.alice'] },
};

/** Lines (regular expressions) where a folding range must start, per format. */
const FOLD_STARTS: Record<string, RegExp[]> = {
  haproxy: [/^global/, /^defaults/, /^frontend www/, /^backend web_servers/, /^listen stats/],
  keepalived: [/^global_defs/, /^vrrp_script/, /^vrrp_instance/, /^\s+authentication/, /^\s+virtual_ipaddress/],
  corosync: [/^totem/, /^\s+interface/, /^logging/, /^nodelist/, /^quorum/],
  drbd: [/^resource r0/, /^\s+net/, /^\s+disk \{/, /^\s+on alice/, /^\s+on bob/],
  ceph: [/^\[global\]/, /^\[mon\]/, /^\[osd\]/],
};

async function foldingRanges(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
  return (await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', uri)) ?? [];
}

describe('outline', () => {
  for (const [id, expected] of Object.entries(OUTLINES)) {
    it(`outlines ${id}`, async () => {
      requireGrammar(id);
      const doc = await openFixture(id);
      const symbols = await outlineOf(doc.uri);
      const top = assertOutlineHas(symbols, expected.top, `${id} top level`);
      for (const [parent, kids] of Object.entries(expected.children ?? {})) {
        const entry = top[expected.top.indexOf(parent)];
        assertOutlineHas(entry.children ?? [], kids, `${id} '${parent}'`);
      }
      // The symbols are hierarchical and their ranges lie in the document.
      for (const s of symbols) assert.ok(s.range.contains(s.selectionRange), `${s.name}: selection outside its range`);
      // A fixture is valid for the real tool: no syntax error.
      await assertNoErrors(doc.uri, `${id}: errors in a file the real tool accepts`);
    });
  }

  it('outlines corosync exactly (nodes by name and nodeid)', async () => {
    const doc = await openFixture('corosync');
    const symbols = await outlineOf(doc.uri);
    assert.deepEqual(renderOutline(symbols), [
      'totem',
      '  interface',
      'logging',
      'nodelist',
      '  node alice (nodeid 1)',
      '  node bob (nodeid 2)',
      'quorum',
    ]);
    const nodelist = symbols[2];
    assert.equal(nodelist.range.start.line, lineOf(doc, /^nodelist/));
    assert.equal(nodelist.range.end.line, lineOf(doc, /^\}/, nodelist.range.start.line));
  });
});

describe('folding', () => {
  for (const [id, starts] of Object.entries(FOLD_STARTS)) {
    it(`folds ${id} sections and blocks`, async () => {
      requireGrammar(id);
      const doc = await openFixture(id);
      const ranges = await poll(`folding ranges of ${id}`, () => foldingRanges(doc.uri), (r) => r.length > 0);
      const listing = ranges.map((r) => `${r.start + 1}-${r.end + 1}`).join(' ');
      for (const re of starts) {
        const line = lineOf(doc, re);
        const fold = ranges.find((r) => r.start === line);
        assert.ok(fold, `${id}: no folding range starts at line ${line + 1} (${doc.lineAt(line).text.trim()}); got ${listing}`);
        assert.ok(fold.end > fold.start, `${id}: empty fold at line ${line + 1}`);
      }
    });
  }

  it('folds corosync exactly, keeping closing braces visible', async () => {
    const doc = await openFixture('corosync');
    const ranges = await poll('folding ranges of corosync', () => foldingRanges(fixtureUri('corosync.conf')), (r) => r.length > 0);
    const got = ranges.map((r) => `${r.start + 1}-${r.end + 1}`).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
    assert.deepEqual(got, ['2-8', '6-7', '11-13', '16-26', '17-20', '22-25', '29-31'], doc.getText());
  });
});
