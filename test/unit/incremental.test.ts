/**
 * Property test: after any sequence of edits, the incrementally updated document (tree re-parse plus the reuse of
 * untouched top-level nodes) equals a document parsed from scratch: same model, same diagnostics, same outline.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { FORMATS } from '../../server/src/formats';
import { diagnose, documentSymbols, foldingRanges } from '../../server/src/service';
import { allComments } from '../../server/src/service/document';
import { snapshot } from '../../server/src/service/model';
import { grammarWasmPath } from '../../server/src/service/parsers';
import { corpus, open, SKIP_NO_SHARED } from '../helpers';
import { Rng } from '../agreement/mutate';

/** The seeded generator of the agreement mutants (mulberry32), as a function, so that failures reproduce. */
function rng(seed: number): () => number {
  const random = new Rng(seed);
  return () => random.next();
}

const PIECES = ['}', '{', ';', '\n', ' ', '#', '"', 'x', ':', '=', '[', ']', '\n}\n', 'key value\n', '0', '\t'];

function randomEdit(text: string, rand: () => number): { start: number; end: number; insert: string } {
  const start = Math.floor(rand() * (text.length + 1));
  const kind = rand();
  if (kind < 0.4) return { start, end: start, insert: PIECES[Math.floor(rand() * PIECES.length)] };
  if (kind < 0.7) return { start, end: Math.min(text.length, start + 1 + Math.floor(rand() * 3)), insert: '' };
  if (kind < 0.85) {
    // delete a whole line
    const ls = text.lastIndexOf('\n', start - 1) + 1;
    const le = text.indexOf('\n', start);
    return { start: ls, end: le < 0 ? text.length : le + 1, insert: '' };
  }
  return { start, end: Math.min(text.length, start + Math.floor(rand() * 20)), insert: PIECES[Math.floor(rand() * PIECES.length)] };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let ls = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    ls = i + 1;
  }
  return { line, character: offset - ls };
}

const formats = FORMATS.filter((f) => fs.existsSync(grammarWasmPath(f.id)));

describe('incremental updates equal a fresh parse', { skip: SKIP_NO_SHARED }, () => {
  for (const format of formats) {
    const files = corpus().filter((e) => e.format === format.id).slice(0, 6);
    for (const [i, entry] of files.entries()) {
      it(`${format.id}: ${entry.file.split('/').pop()} under 60 random edits`, async () => {
        let text = fs.readFileSync(entry.path, 'utf8');
        const doc = await open(format.id, text);
        const rand = rng(1000 + i);
        for (let step = 0; step < 60; step++) {
          const e = randomEdit(text, rand);
          const range: Range = { start: positionAt(text, e.start), end: positionAt(text, e.end) };
          text = text.slice(0, e.start) + e.insert + text.slice(e.end);
          doc.update([{ range, text: e.insert }], step + 1);
          assert.equal(doc.text, text);
          const fresh = await open(format.id, text);
          const where = `step ${step}: edit ${JSON.stringify(e)}`;
          assert.deepEqual(snapshot(doc.model.nodes), snapshot(fresh.model.nodes), `model differs at ${where}`);
          assert.deepEqual(allComments(doc.model), allComments(fresh.model), `comments differ at ${where}`);
          assert.deepEqual(diagnose(doc), diagnose(fresh), `diagnostics differ at ${where}`);
          assert.deepEqual(documentSymbols(doc), documentSymbols(fresh), `symbols differ at ${where}`);
          assert.deepEqual(foldingRanges(doc), foldingRanges(fresh), `folding differs at ${where}`);
          fresh.dispose();
        }
        doc.dispose();
      });
    }
  }
});

// A file larger than a few pieces of the piece text (text.ts): the edits then fall in one piece among many, and the
// mapping and checks read pieces, never the joined text (which is compared only after them).
describe('incremental updates of a text kept in pieces equal a fresh parse', { skip: SKIP_NO_SHARED }, () => {
  for (const format of formats) {
    const entry = corpus()
      .filter((e) => e.format === format.id)
      .sort((a, b) => fs.statSync(b.path).size - fs.statSync(a.path).size)[0];
    if (!entry) continue;
    it(`${format.id}: ${entry.file.split('/').pop()} repeated to over 100 KB, under 25 random edits`, async () => {
      const one = fs.readFileSync(entry.path, 'utf8');
      let text = one.endsWith('\n') ? one : `${one}\n`;
      while (text.length < 100_000) text += text;
      const doc = await open(format.id, text);
      const rand = rng(77);
      let around = 0;
      for (let step = 0; step < 25; step++) {
        const e = randomEdit(text, rand);
        const range: Range = { start: positionAt(text, e.start), end: positionAt(text, e.end) };
        text = text.slice(0, e.start) + e.insert + text.slice(e.end);
        doc.update([{ range, text: e.insert }], step + 1);
        if (doc.lastRemap === 'around') around++;
        const fresh = await open(format.id, text);
        const where = `step ${step}: edit ${JSON.stringify(e)}`;
        assert.deepEqual(snapshot(doc.model.nodes), snapshot(fresh.model.nodes), `model differs at ${where}`);
        assert.deepEqual(diagnose(doc), diagnose(fresh), `diagnostics differ at ${where}`);
        assert.deepEqual(foldingRanges(doc), foldingRanges(fresh), `folding differs at ${where}`);
        assert.equal(doc.text, text, `text differs at ${where}`);
        fresh.dispose();
      }
      doc.dispose();
      // Most edits were mapped around the edit only (the rest walked every top-level node): both ways were compared.
      assert.ok(around >= 10, `${around} of 25 edits mapped around the edit`);
    });
  }
});

describe('whole-document and multi-change updates', () => {
  it('applies a full-text change and several ranged changes in order', async () => {
    const doc = await open('corosync', 'totem {\n  version: 2\n}\n');
    doc.update([{ text: 'quorum {\n  provider: corosync_votequorum\n}\n' }], 2);
    assert.deepEqual(doc.model.nodes.map((n) => n.keyword), ['quorum']);
    doc.update(
      [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, text: 'totem' },
        { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } }, text: 'version' },
      ],
      3,
    );
    assert.equal(doc.text, 'totem {\n  version: corosync_votequorum\n}\n');
    assert.deepEqual(doc.model.nodes[0].children.map((n) => n.keyword), ['version']);
  });
});
