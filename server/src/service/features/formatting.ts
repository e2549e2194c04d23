/**
 * Document and range formatting: indentation from the model's nesting, blanks normalised, nothing else.
 *
 * Only whitespace ever changes: every edit replaces a run of blanks with blanks, and with nothing only at the start
 * or the end of a line, so the sequence of non-blank tokens is the same before and after. Every keyword, argument,
 * condition and comment is kept as written, and a run of blanks between two of them becomes one space. The text of a node that the model
 * holds (a quoted string, a corosync or Ceph value, a multi-word Ceph key, a keepalived definition) keeps its inner
 * blanks; so does a line with a quote or backslash the model does not account for.
 *
 * - Indentation: a line gets one indent unit per enclosing block, and per enclosing section when the format indents
 *   section bodies. A closing brace or a brace on a line of its own takes its block's indentation. A line that starts
 *   inside a node's text (a continued value) keeps its leading blanks.
 * - Comment lines: a run of comment lines takes the indentation of the line right after it, or, when that line is a
 *   closing brace, the indentation of the body it closes. A run followed by a blank line takes the indentation of
 *   what comes before it, unless a blank line (or the top of the file) comes before it too: a comment standing apart
 *   goes with the next line of code. At the end of the file a run takes the indentation of what comes before it. Trailing comments stay where they are, with the blanks before
 *   them kept (aligned comments stay aligned).
 * - Blank lines: trailing blanks go; a run of more than `maxBlankLines` blank lines shrinks to that many; blank lines
 *   at the start and the end of the file go; the file ends with one line break.
 * - A document whose tree has a syntax error (an ERROR or MISSING node) is not formatted at all: where a block ends
 *   is then a guess, and indenting by a guess would mislead. `refused` says why.
 *
 * Edits are per line and minimal (one per run of blanks that changes), so the cursor and folding survive.
 */
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import type { Node as TSNode } from 'web-tree-sitter';
import type { ConfigDocument } from '../document';
import type { FormatDefinition, FormattingSpec } from '../format';
import type { ConfigNode } from '../model';

export interface FormatOptions extends FormattingOptions {
  /** Overrides `tabSize` / `insertSpaces`: `'tab'`, or a number of spaces. */
  indent?: 'tab' | number;
  /** The most blank lines kept in a row (default 2). */
  maxBlankLines?: number;
  /** Overrides the format's choice of indenting section bodies (HAProxy sections, Ceph `[section]`s). */
  indentSectionBodies?: boolean;
}

export interface FormatResult {
  edits: TextEdit[];
  /** Why the document was not formatted (then `edits` is empty). */
  refused?: string;
}

export const DEFAULT_MAX_BLANK_LINES = 2;

/** The indent unit options ask for. */
export function indentUnit(options: FormatOptions): string {
  if (options.indent === 'tab') return '\t';
  if (typeof options.indent === 'number' && Number.isInteger(options.indent) && options.indent > 0) return ' '.repeat(Math.min(options.indent, 16));
  if (options.insertSpaces === false) return '\t';
  const size = Number.isInteger(options.tabSize) && options.tabSize > 0 ? Math.min(options.tabSize, 16) : 4;
  return ' '.repeat(size);
}

/** Why a document cannot be formatted, or undefined when it can. */
export function formatRefusal(doc: ConfigDocument): string | undefined {
  if (!doc.format.formatting) return `haconf does not format ${doc.format.displayName} files`;
  if (doc.guard) return doc.guard.message;
  if (!doc.tree) return 'the file is not parsed';
  const root = doc.tree.rootNode;
  if (root.hasError) {
    const at = firstError(root);
    const where = at ? ` on line ${at.startPosition.row + 1}` : '';
    return `the file has a syntax error${where}; fix it first (formatting a file whose structure is a guess could mislead)`;
  }
  return undefined;
}

function firstError(node: TSNode): TSNode | undefined {
  for (let n: TSNode | null = node; n; ) {
    let next: TSNode | null = null;
    for (const child of n.children) {
      if (!child) continue;
      if (child.isError || child.isMissing) return child;
      if (child.hasError) {
        next = child;
        break;
      }
    }
    if (!next) return n.isError || n.isMissing ? n : undefined;
    n = next;
  }
  return undefined;
}

/** The edits that format the document, or only the lines of `range` (indented by their place in the whole file). */
export function formatEdits(doc: ConfigDocument, options: FormatOptions, range?: Range): FormatResult {
  const refused = formatRefusal(doc);
  if (refused) return { edits: [], refused };
  return { edits: new Formatter(doc, doc.format.formatting!, options).edits(range) };
}

/** The formatted text of the whole document (for the CLI and tests). */
export function formatText(doc: ConfigDocument, options: FormatOptions): { text: string; refused?: string } {
  const { edits, refused } = formatEdits(doc, options);
  return { text: applyEdits(doc.text, doc.textDocument, edits), refused };
}

/** Applies non-overlapping edits (in any order) to a text. */
export function applyEdits(text: string, lines: { offsetAt(p: Range['start']): number }, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e) => ({ s: lines.offsetAt(e.range.start), e: lines.offsetAt(e.range.end), t: e.newText }))
    .sort((a, b) => a.s - b.s || a.e - b.e);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.s) + e.t;
    at = e.e;
  }
  return out + text.slice(at);
}

/** Blank characters inside a line (a lone CR is a line break, as LSP counts lines). */
const isBlank = (c: number) => c === 32 || c === 9 || c === 12 || c === 11;

/** Mask values: what protects a character from change. */
const FREE = 0;
const KEPT = 1;
/** Part of an argument whose spaces and tabs at the end of its line the tool trims. */
const TRIMMABLE = 2;

class Formatter {
  private readonly text: string;
  /** Per line: start offset, end of content (before the line break), start of the next line. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly nexts: number[] = [];
  private readonly mask: Uint8Array;
  /** Per line: indentation depth, or -1 when unknown (the line keeps its leading blanks). */
  private readonly depth: Int32Array;
  /** Lines whose depth a node, brace or block body set (2: a node or brace at the line's start; 1: a body line). */
  private readonly claimed: Uint8Array;
  /** Per line: the depth of what follows it (a header or '{' line: its body's), or -1 for the line's own depth. */
  private readonly after: Int32Array;
  /** Per line: for a line that starts with a block's '}', the depth of the body it closes; else -1. */
  private readonly closes: Int32Array;
  private readonly unit: string;
  private readonly indentSections: boolean;
  private readonly maxBlank: number;
  /** Per ASCII character: whether it starts a comment. */
  private readonly commentStart = new Uint8Array(128);
  /** The indentation of each depth, made once. */
  private readonly indents: string[] = [];
  /** Offsets of the runs of blanks a line changes, in pairs (scratch). */
  private readonly runs: number[] = [];
  /** `.if` depths, innermost last. */
  private readonly opens: number[] = [];
  private readonly eol: string;

  /** The format's conditional lines (FormatDefinition.conditional). */
  private readonly conditional: FormatDefinition['conditional'];

  constructor(
    doc: ConfigDocument,
    private readonly spec: FormattingSpec,
    options: FormatOptions,
  ) {
    this.conditional = doc.format.conditional;
    const text = (this.text = doc.text);
    this.unit = indentUnit(options);
    this.indentSections = options.indentSectionBodies ?? spec.indentSectionBodies;
    const max = options.maxBlankLines;
    this.maxBlank = typeof max === 'number' && max >= 0 ? Math.floor(max) : DEFAULT_MAX_BLANK_LINES;
    for (const c of doc.format.lineComments) if (c.charCodeAt(0) < 128) this.commentStart[c.charCodeAt(0)] = 1;
    // Lines as LSP counts them: CR LF, LF and a lone CR end a line.
    const starts = this.starts;
    const ends = this.ends;
    const nexts = this.nexts;
    let eol: string | undefined;
    let s = 0;
    if (!text.includes('\r')) {
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', s)) {
        starts.push(s);
        ends.push(nl);
        s = nl + 1;
        nexts.push(s);
      }
      eol = '\n';
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
        eol ??= crlf ? '\r\n' : c === 13 ? '\r' : '\n';
        starts.push(s);
        ends.push(i);
        if (crlf) i++;
        s = i + 1;
        nexts.push(s);
      }
    }
    starts.push(s);
    ends.push(text.length);
    nexts.push(text.length);
    this.eol = eol ?? '\n';
    const n = this.starts.length;
    this.mask = new Uint8Array(text.length);
    this.depth = new Int32Array(n).fill(-1);
    this.claimed = new Uint8Array(n);
    this.after = new Int32Array(n).fill(-1);
    this.closes = new Int32Array(n).fill(-1);
    this.visit(doc.model.nodes, 0);
  }

  /** The line an offset is on. */
  private lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Gives the line of `offset` depth `d` when `offset` is where the line's text starts (first claim wins). */
  private claim(offset: number, d: number): number {
    const line = this.lineOf(offset);
    if (this.claimed[line] === 2) return -1;
    for (let i = this.starts[line]; i < offset; i++) if (!isBlank(this.text.charCodeAt(i))) return -1;
    this.depth[line] = d;
    this.claimed[line] = 2;
    return line;
  }

  /** Lines `from`..`to` (inclusive) that nothing claims more precisely get depth `d`. */
  private fill(from: number, to: number, d: number): void {
    for (let l = from; l <= to; l++) {
      if (this.claimed[l] === 2) continue;
      this.depth[l] = d;
      this.claimed[l] = 1;
    }
  }

  private protect(from: number, to: number, how: number): void {
    const mask = this.mask;
    if (to - from > 32) mask.fill(how, from, Math.min(to, mask.length));
    else for (let i = from; i < to; i++) mask[i] = how;
  }

  private visit(nodes: readonly ConfigNode[], d: number): void {
    const argMask = this.spec.trimmedLastArgument ? TRIMMABLE : KEPT;
    for (const node of nodes) {
      const base = node.anchor.offset;
      const start = base + node.s;
      let own = d;
      if (node.kind === 'directive' && this.conditional) {
        const role = this.conditional(node);
        if (role === 'open') this.opens.push(d);
        else if (role === 'else' && this.opens.length) own = this.opens[this.opens.length - 1];
        else if (role === 'close' && this.opens.length) own = this.opens.pop()!;
      }
      this.claim(start, own);
      // The node's own text is kept as written.
      this.protect(base + node.ks, base + node.ke, KEPT);
      if (node.condition) this.protect(node.condition.startIndex, node.condition.endIndex, KEPT);
      for (let i = 0; i < node.argCount; i++) this.protect(base + node.argStart(i), base + node.argEnd(i), argMask);
      if (node.kind === 'directive') {
        // A line that repeats a statement (keepalived ~SEQ): what it holds sits on its line.
        if (node.children.length) this.visit(node.children, d);
        continue;
      }
      const body = d + (node.kind === 'block' || this.indentSections ? 1 : 0);
      const headerLine = this.lineOf(start);
      if (node.kind === 'block') {
        const openLine = node.os >= 0 ? this.lineOf(base + node.os) : headerLine;
        if (node.os >= 0 && openLine !== headerLine) this.claim(base + node.os, d);
        const closeLine = node.cs >= 0 ? this.lineOf(base + node.cs) : -1;
        if (closeLine !== openLine) this.after[openLine] = body;
        if (closeLine >= 0) {
          if (closeLine > openLine && this.claim(base + node.cs, d) === closeLine) this.closes[closeLine] = body;
          this.fill(openLine + 1, closeLine - 1, body);
        } else {
          this.fill(openLine + 1, this.lineOf(base + node.ce), body);
        }
      } else {
        this.after[headerLine] = body;
        this.fill(headerLine + 1, this.lineOf(base + node.ce), body);
      }
      this.visit(node.children, body);
    }
  }

  /** The first non-blank offset of a line (its content end when blank). */
  private firstNonBlank(line: number): number {
    let i = this.starts[line];
    const end = this.ends[line];
    while (i < end && isBlank(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** Whether a line of blanks (its first non-blank is its end) holds nothing a node protects, its line break neither. */
  private isBlankLine(line: number): boolean {
    for (let i = this.starts[line]; i < this.nexts[line]; i++) if (this.mask[i] !== FREE) return false;
    return true;
  }

  private isCommentLine(line: number, first: number): boolean {
    const c = this.text.charCodeAt(first);
    return first < this.ends[line] && this.mask[first] === FREE && c < 128 && this.commentStart[c] === 1;
  }

  private indent(d: number): string {
    return (this.indents[d] ??= this.unit.repeat(d));
  }

  /**
   * The edits that format a line at depth `d` (-1: keep its leading blanks), into `out`; `final` adds the file's last
   * line break. Every edit replaces a run of blanks with blanks, and only at the start or the end of the line with
   * nothing, so the tokens cannot change.
   */
  private formatLine(line: number, first: number, d: number, final: boolean, out: TextEdit[]): void {
    const text = this.text;
    const mask = this.mask;
    const start = this.starts[line];
    const lineEnd = this.ends[line];
    // Trailing blanks go, unless a node's text holds them (HAProxy's `\ `).
    let end = lineEnd;
    for (; end > first; end--) {
      const c = text.charCodeAt(end - 1);
      const m = mask[end - 1];
      if (!isBlank(c) || m === KEPT || (m === TRIMMABLE && c !== 32 && c !== 9)) break;
    }
    // Blanks after a backslash stay: without them the backslash would continue the line (keepalived, Ceph).
    if (end < lineEnd && end > start && text.charCodeAt(end - 1) === 92) end = lineEnd;
    // A line that continues a node's text from the line before (a value continued with a backslash) keeps its blanks.
    // (The last character of the line break: a corosync value holds the CR of a CR LF, not the LF.)
    const continued = line > 0 && mask[this.nexts[line - 1] - 1] !== FREE;
    if (d >= 0 && !continued && first < lineEnd) {
      const indent = this.indent(d);
      if (first - start !== indent.length || !text.startsWith(indent, start)) {
        out.push({ range: { start: { line, character: 0 }, end: { line, character: first - start } }, newText: indent });
      }
    }
    // The runs of blanks between words that are not one space, up to a comment (whose text, and the blanks before
    // it, are kept). A quote or backslash outside the model's nodes keeps them all: its words are not known.
    const runs = this.runs;
    runs.length = 0;
    let collapse = true;
    for (let i = first; i < end; i++) {
      if (mask[i] !== FREE) continue;
      const c = text.charCodeAt(i);
      if (c < 128 && this.commentStart[c]) break;
      if (c === 34 || c === 39 || c === 92) collapse = false;
      if (!isBlank(c)) continue;
      let j = i + 1;
      while (j < end && mask[j] === FREE && isBlank(text.charCodeAt(j))) j++;
      const next = text.charCodeAt(j);
      const beforeComment = j < end && mask[j] === FREE && next < 128 && this.commentStart[next] === 1;
      if (j < end && !beforeComment && (j - i > 1 || c !== 32)) runs.push(i - start, j - start);
      i = j - 1;
    }
    if (collapse) {
      for (let k = 0; k < runs.length; k += 2) {
        out.push({ range: { start: { line, character: runs[k] }, end: { line, character: runs[k + 1] } }, newText: ' ' });
      }
    }
    const tail = final ? this.eol : '';
    if (end < lineEnd || tail) {
      out.push({ range: { start: { line, character: end - start }, end: { line, character: lineEnd - start } }, newText: tail });
    }
  }

  edits(range?: Range): TextEdit[] {
    const n = this.starts.length;
    const first = range ? range.start.line : 0;
    let last = range ? range.end.line : n - 1;
    if (range && range.end.character === 0 && range.end.line > range.start.line) last--;
    last = Math.min(last, n - 1);

    // Classify lines: blank, comment, code.
    const BLANK = 0;
    const COMMENT = 1;
    const CODE = 2;
    /** A blank line after a line that ends with a backslash: it ends what the backslash continues, so it stays. */
    const KEEP = 3;
    const kind = new Uint8Array(n);
    const firsts = new Int32Array(n);
    const text = this.text;
    for (let l = 0; l < n; l++) {
      const f = (firsts[l] = this.firstNonBlank(l));
      if (f === this.ends[l] && this.isBlankLine(l)) {
        const continues = l > 0 && this.ends[l - 1] > this.starts[l - 1] && text.charCodeAt(this.ends[l - 1] - 1) === 92;
        kind[l] = continues ? KEEP : BLANK;
      } else kind[l] = this.isCommentLine(l, f) ? COMMENT : CODE;
    }
    // Comment runs take the depth of the next line, or of what comes before them (see the top of the file).
    const depth = this.depth;
    // The next line of code after each line, past blank and comment lines (-1: none, or of unknown depth).
    const nextCode = new Int32Array(n + 1).fill(-1);
    for (let l = n - 1; l >= 0; l--) {
      nextCode[l] = kind[l] === CODE ? (depth[l] >= 0 ? l : -1) : kind[l] === KEEP ? -1 : nextCode[l + 1];
    }
    let before = 0;
    for (let l = 0; l < n; ) {
      if (kind[l] === CODE) {
        if (depth[l] >= 0) before = this.after[l] >= 0 ? this.after[l] : depth[l];
        l++;
        continue;
      }
      if (kind[l] !== COMMENT) {
        l++;
        continue;
      }
      let e = l;
      while (e + 1 < n && kind[e + 1] === COMMENT) e++;
      const following = e + 1 < n ? kind[e + 1] : KEEP;
      let next = -1;
      if (following === CODE) next = nextCode[e + 1];
      // A run between blank lines (or at the top) goes with what follows; so does any run when no blank line is
      // kept (the blank lines go, and the run then sits on the next line of code).
      else if (following === BLANK && (this.maxBlank === 0 || l === 0 || kind[l - 1] === BLANK)) next = nextCode[e + 1];
      const d = next < 0 ? before : this.closes[next] >= 0 ? this.closes[next] : depth[next];
      for (let k = l; k <= e; k++) depth[k] = d;
      l = e + 1;
    }

    // Blank lines to delete: all before the first and after the last non-blank line, and past `maxBlank` in a run.
    const remove = new Uint8Array(n);
    let lastContent = -1;
    for (let l = 0; l < n; l++) if (kind[l] !== BLANK) lastContent = l;
    let seenContent = false;
    for (let l = 0; l < n; ) {
      if (kind[l] !== BLANK) {
        seenContent = true;
        l++;
        continue;
      }
      let e = l;
      while (e + 1 < n && kind[e + 1] === BLANK) e++;
      const from = !seenContent || e >= lastContent ? l : l + this.maxBlank;
      for (let k = from; k <= e; k++) remove[k] = 1;
      l = e + 1;
    }

    const out: TextEdit[] = [];
    for (let l = first; l <= last; l++) {
      if (remove[l]) {
        let e = l;
        while (e + 1 <= last && remove[e + 1]) e++;
        const end = e < n - 1 ? { line: e + 1, character: 0 } : { line: e, character: this.ends[e] - this.starts[e] };
        // (The empty last line of a file that ends with a line break is nothing to delete.)
        if (end.line > l || end.character > 0) out.push({ range: { start: { line: l, character: 0 }, end }, newText: '' });
        l = e;
        continue;
      }
      if (kind[l] === KEEP) continue;
      if (kind[l] === BLANK) {
        // A blank line that stays loses its blanks.
        if (this.ends[l] > this.starts[l]) out.push({ range: { start: { line: l, character: 0 }, end: { line: l, character: this.ends[l] - this.starts[l] } }, newText: '' });
        continue;
      }
      // The last line with text ends with a line break.
      this.formatLine(l, firsts[l], depth[l], l === lastContent && l === n - 1, out);
    }
    return out;
  }
}
