/**
 * A document's text kept in pieces of a few thousand characters, with its line table.
 *
 * A JavaScript string cannot be changed in place: typing one character into a 1 MB file makes a new 1 MB string
 * the first time anything reads it, and on a virtual machine the fresh memory that takes costs milliseconds of page
 * faults per keystroke. Here an edit rebuilds only the piece it falls in; tree-sitter reads the pieces through a
 * callback, and the mapping and the checks read the parts they need (`slice`, `window`). The whole text is joined
 * only when a feature asks for it (`getText()`), once per version.
 *
 * It implements the `TextDocument` interface of vscode-languageserver-textdocument, with the same line and position
 * rules (`\n`, `\r\n` and `\r` end a line; a position never points inside a line break).
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** What the mapping and the checks read a document's text through: a plain string is one too. */
export interface TextSource {
  readonly length: number;
  slice(start: number, end: number): string;
  charCodeAt(index: number): number;
  indexOf(search: string, from?: number): number;
}

/** The text as the formats' whole-file hooks read it: in parts and by line, never joined into one string. */
export interface DocumentSource extends TextSource {
  readonly lineCount: number;
  /** Line `n` (0-based) without its line break; '' past the end. */
  lineText(n: number): string;
  /** The whole text as one string, joined once per version: only for a check that must scan all of it. */
  joined(): string;
}

/** Pieces are cut to about this many characters; an edited piece is re-cut once it grows past twice that. */
const PIECE = 16 * 1024;

const LF = 10;
const CR = 13;

export class PieceText implements TextDocument, DocumentSource {
  /** The pieces, and where each starts (`starts[pieces.length]` is the length). */
  private pieces!: string[];
  private starts!: number[];
  /** Where each line starts: a typed array, outside the JavaScript heap (24,000 lines grown with push took 0.2-0.3 MB
   * there, and each growth past 16,000 a block of fresh memory). */
  private lineStarts!: Int32Array;
  /** The whole text, while it is known as one string (from creation, or joined on request, until the next edit). */
  private whole: string | undefined;
  /** The piece the last lookup found: reads are mostly near each other. */
  private last = 0;
  /** For the last string searched in whole pieces: the pieces known not to hold it (an edit forgets its own). */
  private lacks: { search: string; pieces: boolean[] } | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.reset(text);
  }

  get length(): number {
    return this.starts[this.pieces.length];
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  joined(): string {
    return this.getText();
  }

  lineText(n: number): string {
    const lines = this.lineStarts;
    if (n < 0 || n >= lines.length) return '';
    const end = n + 1 < lines.length ? lines[n + 1] : this.length;
    return this.slice(lines[n], this.beforeEol(end, lines[n]));
  }

  getText(range?: Range): string {
    if (range) return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    return (this.whole ??= this.pieces.join(''));
  }

  /** The piece that holds offset `i` (the last piece for the end of the text). */
  private pieceAt(i: number): number {
    const starts = this.starts;
    const n = this.pieces.length;
    let k = this.last;
    if (k < n && starts[k] <= i && (i < starts[k + 1] || k === n - 1)) return k;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    this.last = k = lo;
    return k;
  }

  slice(start: number, end: number): string {
    const len = this.length;
    if (start < 0) start = 0;
    if (end > len) end = len;
    if (end <= start) return '';
    if (this.whole !== undefined) return this.whole.slice(start, end);
    let k = this.pieceAt(start);
    const s0 = this.starts[k];
    if (end <= this.starts[k + 1]) return this.pieces[k].slice(start - s0, end - s0);
    let out = this.pieces[k].slice(start - s0);
    for (k++; k < this.pieces.length && this.starts[k] < end; k++) {
      const s = this.starts[k];
      out += end >= this.starts[k + 1] ? this.pieces[k] : this.pieces[k].slice(0, end - s);
    }
    return out;
  }

  /**
   * A string that holds the characters [start, end) and the offset at which it starts: one of the pieces when the
   * range lies inside one (nothing is copied), else a slice (with a little of what follows, for a reader that looks
   * ahead).
   */
  window(start: number, end: number): { text: string; base: number } {
    if (this.whole !== undefined) return { text: this.whole, base: 0 };
    const k = this.pieceAt(start);
    if (end <= this.starts[k + 1]) return { text: this.pieces[k], base: this.starts[k] };
    return { text: this.slice(start, end + 256), base: start };
  }

  charCodeAt(i: number): number {
    if (this.whole !== undefined) return this.whole.charCodeAt(i);
    if (i < 0 || i >= this.length) return NaN;
    const k = this.pieceAt(i);
    return this.pieces[k].charCodeAt(i - this.starts[k]);
  }

  indexOf(search: string, from = 0): number {
    if (this.whole !== undefined) return this.whole.indexOf(search, from);
    if (from < 0) from = 0;
    if (!search.length) return Math.min(from, this.length);
    const n = this.pieces.length;
    // A search for a rare string over the whole text (a suppression comment) repeats on every check: the pieces an
    // edit did not touch are known not to hold it.
    if (this.lacks?.search !== search) this.lacks = { search, pieces: [] };
    const lacks = this.lacks.pieces;
    for (let k = this.pieceAt(from); k < n; k++) {
      const s = this.starts[k];
      if (lacks[k]) continue;
      const local = this.pieces[k].indexOf(search, Math.max(0, from - s));
      if (local >= 0) return s + local;
      if (from <= s) lacks[k] = true;
      // A match across the boundary with the next piece.
      if (search.length > 1 && k + 1 < n) {
        const at = Math.max(from, this.starts[k + 1] - search.length + 1);
        const i = this.slice(at, this.starts[k + 1] + search.length - 1).indexOf(search);
        if (i >= 0) return at + i;
      }
    }
    return -1;
  }

  /** Where tree-sitter reads the text from `index` on: the rest of the piece that holds it. */
  readonly read = (index: number): string | undefined => {
    if (index >= this.length) return undefined;
    if (this.whole !== undefined) return this.whole.slice(index);
    const k = this.pieceAt(index);
    return this.pieces[k].slice(index - this.starts[k]);
  };

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lines = this.lineStarts;
    let lo = 0;
    let hi = lines.length;
    if (hi === 0) return { line: 0, character: offset };
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid] > offset) hi = mid;
      else lo = mid + 1;
    }
    const line = lo - 1;
    offset = this.beforeEol(offset, lines[line]);
    return { line, character: offset - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.lineStarts;
    if (position.line >= lines.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lines[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.length;
    const offset = Math.min(lineOffset + position.character, next);
    return this.beforeEol(offset, lineOffset);
  }

  /** Moves an offset that points inside (or after) a line break back to the break's start. */
  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset) {
      const c = this.charCodeAt(offset - 1);
      if (c !== LF && c !== CR) break;
      offset--;
    }
    return offset;
  }

  /** Applies LSP content changes in order (a change without a range replaces the text). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(change.range, change.text);
      else this.reset(change.text);
    }
    this.version = version;
  }

  /** Takes `text` as the whole new text (on creation, and for a change without a range). */
  private reset(text: string): void {
    this.whole = text;
    this.pieces = [];
    this.starts = [];
    this.cut(text, this.pieces, this.starts, 0);
    if (!this.pieces.length) {
      this.pieces.push('');
      this.starts.push(0);
    }
    this.starts.push(text.length);
    this.lineStarts = allLineStarts(text);
    this.last = 0;
    this.lacks = undefined;
  }

  private replace(range: Range, text: string): void {
    // Like vscode-languageserver-textdocument: a range whose end comes before its start is read the other way round.
    const [from, to] =
      range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)
        ? [range.end, range.start]
        : [range.start, range.end];
    const start = this.offsetAt(from);
    const end = this.offsetAt(to);
    const delta = text.length - (end - start);

    // The pieces: rebuild the ones [k, m] the change falls in.
    const k = this.pieceAt(start);
    let m = k;
    while (m + 1 < this.pieces.length && this.starts[m + 1] < end) m++;
    const middle = this.pieces[k].slice(0, start - this.starts[k]) + text + this.pieces[m].slice(end - this.starts[m]);
    const pieces: string[] = [];
    const starts: number[] = [];
    if (middle.length > 2 * PIECE) this.cut(middle, pieces, starts, this.starts[k]);
    else if (middle.length || this.pieces.length === m - k + 1) {
      pieces.push(middle);
      starts.push(this.starts[k]);
    }
    if (this.lacks) {
      const lacks = this.lacks.pieces;
      if (lacks.length < this.pieces.length) lacks.length = this.pieces.length;
      lacks.splice(k, m - k + 1, ...pieces.map(() => false));
    }
    this.pieces.splice(k, m - k + 1, ...pieces);
    this.starts.splice(k, m - k + 1, ...starts);
    for (let i = k + pieces.length; i < this.starts.length; i++) this.starts[i] += delta;
    this.whole = undefined;
    this.last = Math.min(k, this.pieces.length - 1);

    // The line table.
    const first = Math.max(from.line, 0);
    const lastLine = Math.min(Math.max(to.line, 0), this.lineStarts.length - 1);
    const added = lineStartsOf(text, start, false);
    const lines = this.lineStarts;
    if (lastLine - first === added.length) {
      for (let i = 0; i < added.length; i++) lines[first + 1 + i] = added[i];
    } else {
      // A new table: the lines up to the edit, the edit's own, then the rest (moved below).
      const table = new Int32Array(lines.length - (lastLine - first) + added.length);
      table.set(lines.subarray(0, first + 1));
      table.set(added, first + 1);
      table.set(lines.subarray(lastLine + 1), first + 1 + added.length);
      this.lineStarts = table;
    }
    if (delta !== 0) {
      const after = this.lineStarts;
      for (let i = first + 1 + added.length; i < after.length; i++) after[i] += delta;
    }
  }

  /** Cuts `text` into pieces of about PIECE characters, the first starting at `at`. */
  private cut(text: string, pieces: string[], starts: number[], at: number): void {
    for (let i = 0; i < text.length; ) {
      // Cut after a line break near the target size, so that a line is rarely split.
      let end = Math.min(text.length, i + PIECE);
      if (end < text.length) {
        const nl = text.indexOf('\n', end);
        if (nl >= 0 && nl - end < 512) end = nl + 1;
        // Never between '\r' and '\n'.
        else if (text.charCodeAt(end - 1) === CR && text.charCodeAt(end) === LF) end++;
      }
      // Leave the short rest with this piece.
      if (text.length - end < PIECE / 4) end = text.length;
      pieces.push(text.slice(i, end));
      starts.push(at + i);
      i = end;
    }
  }
}

/** Where the lines of `text` start (offsets from `base`); with `first`, the offset of the first line too. */
/** Where each line of a whole text starts: counted first, then written into a table of that size. */
function allLineStarts(text: string): Int32Array {
  if (text.indexOf('\r') >= 0) return Int32Array.from(lineStartsOf(text, 0, true));
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const out = new Int32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out[k++] = i + 1;
  return out;
}

function lineStartsOf(text: string, base: number, first: boolean): number[] {
  const out: number[] = first ? [base] : [];
  if (text.indexOf('\r') < 0) {
    // No CR (the common case): the engine's own search for each LF is several times faster than a loop over
    // every character (5 ms against under 1 ms for a 1 MB file here).
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(base + i + 1);
    return out;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || c === LF) {
      if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      out.push(base + i + 1);
    }
  }
  return out;
}
