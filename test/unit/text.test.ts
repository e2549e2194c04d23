/**
 * The piece text (server/src/service/text.ts) against vscode-languageserver-textdocument's TextDocument, the
 * reference for line and position rules: after every random edit of a text large enough to be cut into many pieces,
 * both agree on the text, its lines, positions and offsets; slices, windows, searches and what tree-sitter reads give
 * the same characters as the joined text.
 */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { PieceText } from '../../server/src/service/text';

/** mulberry32, so that a failure reproduces. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleText(random: () => number, lines: number): string {
  const words = ['backend', 'server', 'bind', ':80', '# haconf-ignore: x', 'é', '\t', '  ', '{', '}'];
  const breaks = ['\n', '\n', '\n', '\r\n', '\r'];
  let out = '';
  for (let i = 0; i < lines; i++) {
    const n = Math.floor(random() * 8);
    for (let w = 0; w < n; w++) out += words[Math.floor(random() * words.length)] + ' ';
    out += breaks[Math.floor(random() * breaks.length)];
  }
  return out;
}

function randomRange(random: () => number, doc: TextDocument): Range {
  const len = doc.getText().length;
  const a = Math.floor(random() * (len + 1));
  const b = Math.min(len, a + Math.floor(random() * (random() < 0.1 ? 40000 : 30)));
  return { start: doc.positionAt(a), end: doc.positionAt(b) };
}

function agree(piece: PieceText, ref: TextDocument, random: () => number, what: string): void {
  const text = ref.getText();
  assert.equal(piece.length, text.length, `${what}: length`);
  assert.equal(piece.lineCount, ref.lineCount, `${what}: line count`);
  for (let k = 0; k < 40; k++) {
    const off = Math.floor(random() * (text.length + 3)) - 1;
    assert.deepEqual(piece.positionAt(off), ref.positionAt(off), `${what}: positionAt(${off})`);
    const line = Math.floor(random() * (ref.lineCount + 1));
    const pos = { line, character: Math.floor(random() * 60) };
    assert.equal(piece.offsetAt(pos), ref.offsetAt(pos), `${what}: offsetAt(${JSON.stringify(pos)})`);
    const s = Math.floor(random() * text.length);
    const e = s + Math.floor(random() * (random() < 0.2 ? 50000 : 200));
    assert.equal(piece.slice(s, e), text.slice(s, e), `${what}: slice(${s}, ${e})`);
    const w = piece.window(s, Math.min(e, text.length));
    assert.equal(w.text.slice(s - w.base, Math.min(e, text.length) - w.base), text.slice(s, e), `${what}: window(${s}, ${e})`);
    assert.equal(piece.charCodeAt(s), text.charCodeAt(s), `${what}: charCodeAt(${s})`);
    const read = piece.read(s);
    assert.ok(read !== undefined && read.length > 0 && text.startsWith(read, s), `${what}: read(${s})`);
    const range = { start: ref.positionAt(s), end: ref.positionAt(e) };
    assert.equal(piece.getText(range), ref.getText(range), `${what}: getText(range)`);
  }
  assert.equal(piece.read(text.length), undefined, `${what}: read at the end`);
  // Lines as the formats' whole-file hooks read them: the line's text without its line break.
  for (const n of [0, Math.floor(random() * ref.lineCount), ref.lineCount - 1, ref.lineCount]) {
    const line = ref.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/(\r\n|\r|\n)$/, '');
    assert.equal(piece.lineText(n), line, `${what}: lineText(${n})`);
  }
  for (const needle of ['haconf-ignore', '\n', 'server é', 'no such thing here']) {
    for (const from of [0, Math.floor(text.length / 3), text.length - 5]) {
      assert.equal(piece.indexOf(needle, from), text.indexOf(needle, from), `${what}: indexOf(${JSON.stringify(needle)}, ${from})`);
    }
  }
}

describe('piece text', () => {
  for (const seed of [1, 2]) {
    it(`agrees with TextDocument over 120 random edits of a ~200 KB text (seed ${seed})`, () => {
      const random = rng(seed);
      const initial = sampleText(random, 8000);
      assert.ok(initial.length > 100_000);
      let ref = TextDocument.create('file:///t', 'haproxy', 0, initial);
      const piece = new PieceText('file:///t', 'haproxy', 0, initial);
      agree(piece, ref, random, 'initial');
      for (let i = 1; i <= 120; i++) {
        const range = randomRange(random, ref);
        const r = random();
        const text = r < 0.4 ? '' : r < 0.6 ? sampleText(random, 1 + Math.floor(random() * 3)) : r < 0.65 ? sampleText(random, 3000) : 'x';
        const change = { range, text };
        ref = TextDocument.update(ref, [change], i);
        piece.update([change], i);
        assert.equal(piece.version, i);
        // The joined text is only asked for now and then: both paths (joined and in pieces) get exercised.
        if (i % 10 === 0) assert.equal(piece.getText(), ref.getText(), `edit ${i}: text`);
        agree(piece, ref, random, `edit ${i}`);
      }
      assert.equal(piece.getText(), ref.getText());
    });
  }

  it('takes a change without a range as the new text, and edits down to nothing', () => {
    const piece = new PieceText('file:///t', 'ceph', 0, 'a\nb\n');
    piece.update([{ text: 'x'.repeat(70_000) + '\ny\n' }], 1);
    assert.equal(piece.lineCount, 3);
    assert.deepEqual(piece.positionAt(70_001), { line: 1, character: 0 });
    piece.update([{ range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, text: '' }], 2);
    assert.equal(piece.getText(), '');
    assert.equal(piece.length, 0);
    assert.equal(piece.lineCount, 1);
    assert.equal(piece.read(0), undefined);
    piece.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'global\n' }], 3);
    assert.equal(piece.getText(), 'global\n');
    assert.equal(piece.lineCount, 2);
  });
});
