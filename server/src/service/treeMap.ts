/**
 * The generic tree mapping: turns a tree-sitter tree into the model, driven by a format's TreeSpec.
 * It walks with a TreeCursor (one object for the whole walk) because crossing into wasm per node is the cost.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { Point, TreeCursor } from 'web-tree-sitter';
import type { Range as TSRange } from 'web-tree-sitter';
import type { TreeSpec } from './format';
import { Anchor, Arg, ConfigNode, ParentNode, createNode, exactList, type LineTable, type NodeKind } from './model';
import type { PieceText } from './text';


type Role = NodeKind | 'comment' | 'transparent';

const roleCache = new WeakMap<TreeSpec, Map<string, Role>>();

function roles(spec: TreeSpec): Map<string, Role> {
  let map = roleCache.get(spec);
  if (!map) {
    map = new Map<string, Role>();
    for (const t of spec.sections) map.set(t, 'section');
    for (const t of spec.blocks) map.set(t, 'block');
    for (const t of spec.directives) map.set(t, 'directive');
    for (const t of spec.comments) map.set(t, 'comment');
    for (const t of spec.transparent ?? []) map.set(t, 'transparent');
    map.set('ERROR', 'transparent');
    roleCache.set(spec, map);
  }
  return map;
}

export function toPosition(p: Point): Position {
  return { line: p.row, character: p.column };
}

export interface EditInfo {
  /** The edit's start, its old end and how much it moved what follows (offsets). */
  start: number;
  oldEnd: number;
  delta: number;
  /** tree-sitter's changed ranges between the old and new trees. */
  changed: readonly TSRange[];
}

/**
 * Argument offsets of the nodes one mapping makes, packed into shared Int32Array chunks: a node keeps its chunk and
 * where its pairs start. Chunks start small (an edit maps a few lines) and double up to 256 KB.
 */
class SpanPool {
  private chunk = new Int32Array(0);
  private used = 0;
  private next = 1024;

  put(node: ConfigNode, values: readonly number[]): void {
    const n = values.length;
    if (this.used + n > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(this.next, n));
      this.used = 0;
      this.next = Math.min(this.next * 2, 1 << 16);
    }
    const chunk = this.chunk;
    for (let i = 0; i < n; i++) chunk[this.used + i] = values[i];
    node.setSpans(chunk, this.used, n >> 1);
    this.used += n;
  }
}

/**
 * One string per distinct keyword, shared by every node that has it: a large file repeats a few dozen keywords over
 * thousands of lines, and each slice of the text is a string of its own (17,000 of them, 0.44 MB, on the 24,000-line
 * benchmark file). The table stops growing at a few thousand keywords, whatever is typed.
 */
const keywords = new Map<string, string>();

/** @internal How many line sections and whole documents were read from their text (for the tests that compare it
 * with the tree walk). */
export const mappingStats = { linesRead: 0, documentsRead: 0 };
/** Characters that the parser may read otherwise than the text reading does: NUL, a byte-order mark (tree-sitter
 * skips one at the start), a lone surrogate. */
const UNSURE = /[\0\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_KEYWORDS = 4096;
function keyword(text: string): string {
  const kept = keywords.get(text);
  if (kept !== undefined) return kept;
  if (keywords.size >= MAX_KEYWORDS) return text;
  // A copy of its own: a long slice points into the text it was cut from, which the table must not keep alive.
  const own: string = JSON.parse(JSON.stringify(text));
  keywords.set(own, own);
  return own;
}

/** The table wordEnd() reads a format's `plain` from (TreeSpec.flatDirectives). */
export function plainTable(plain: { ends: string; escapes: string }): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of plain.ends) table[c.charCodeAt(0)] = 1;
  for (const c of plain.escapes) table[c.charCodeAt(0)] = 2;
  return table;
}

/**
 * Where the word that starts at `p` ends, or -1 when none does. With a `plain` table (1 where a plain run stops and
 * the word ends, 2 where it stops and the token decides) a plain run of characters is read directly, as most words
 * are one; the word token `word` (sticky) decides at a quote or a backslash, or without a table.
 */
export function wordEnd(text: string, p: number, word: RegExp, plain?: Uint8Array): number {
  if (plain) {
    const n = text.length;
    let q = p;
    while (q < n) {
      const c = text.charCodeAt(q);
      if (c < 128 && plain[c] !== 0) break;
      q++;
    }
    if (q >= n || plain[text.charCodeAt(q)] === 1) return q > p ? q : -1;
  }
  word.lastIndex = p;
  return word.test(text) ? word.lastIndex : -1;
}

export class TreeMapper {
  private readonly pool = new SpanPool();
  private readonly role: Map<string, Role>;
  private readonly flat: Set<string>;
  private readonly word: RegExp | undefined;
  private readonly blank: RegExp | undefined;
  private readonly scratch: number[] = [];
  /** readLines()'s lists for a section's header words and lines, copied out at their exact length. */
  private readonly headerScratch: number[] = [];
  private readonly kidsScratch: ConfigNode[] = [];
  /** Comments that are not inside a top-level node. */
  readonly topLevelComments: Range[] = [];
  /** Where they are (start and end offsets, in pairs), for the next edit to keep them without walking the tree. */
  readonly topLevelCommentSpans: number[] = [];
  /** The tree has no error anywhere: the sections of TreeSpec.lineSections may be read from their text. */
  clean = false;
  private readonly lineSections: Set<string> | undefined;
  private readonly lineTypes = new Map<string, string>();
  private readonly newlineTypes: Set<string> | undefined;
  private readonly sectionKeywords: Set<string> | undefined;
  /** The blank characters below 128, from the flat directives' `blank` pattern (a table: this is asked per character). */
  private readonly blankChar = new Uint8Array(128);
  /** The flat directives' comment character, or -1. */
  private readonly commentCode: number = -1;
  /** Per character below 128, from the flat directives' `plain`: 1 where a plain run of a word stops and the word ends,
   * 2 where it stops and the word token decides (a quote, a backslash); undefined without `plain`. */
  private readonly plainStop: Uint8Array | undefined;

  constructor(
    private readonly spec: TreeSpec,
    private readonly text: PieceText,
    private readonly lines: LineTable,
    /** After a one-range edit: what the edit was, so that sections and blocks it did not touch are kept. */
    private readonly edit?: EditInfo,
  ) {
    this.role = roles(spec);
    this.flat = new Set(spec.flatDirectives?.types ?? []);
    if (spec.flatDirectives) {
      this.word = new RegExp(spec.flatDirectives.word.source, 'y');
      this.blank = new RegExp(spec.flatDirectives.blank.source, 'y');
      this.commentCode = spec.flatDirectives.commentStart?.charCodeAt(0) ?? -1;
      if (spec.flatDirectives.plain) this.plainStop = plainTable(spec.flatDirectives.plain);
      const one = new RegExp(`^(?:${spec.flatDirectives.blank.source})$`);
      for (let c = 0; c < 128; c++) this.blankChar[c] = one.test(String.fromCharCode(c)) ? 1 : 0;
      const lines = spec.lineSections;
      if (lines) {
        this.lineSections = new Set(lines.types);
        for (const [first, type] of Object.entries(lines.lineTypes)) this.lineTypes.set(first, type);
        this.newlineTypes = new Set(lines.newline);
        this.sectionKeywords = new Set(lines.sectionKeywords);
      }
    }
  }

  /**
   * Maps the cursor's node, a child of the root, into `out` (one node, several for a transparent node, or none).
   * `old` is the node that stood at the same place before the edit, whose untouched children can be kept.
   */
  private mapTopLevel(c: TreeCursor, out: ConfigNode[], old?: ConfigNode): void {
    this.collect(c, out, undefined, undefined, c.nodeType, old);
  }

  /**
   * After an edit: keeps the old top-level node that stands at the cursor's node when the edit left it whole (from
   * `keep`, made by keepable()), else maps the cursor's node into `out`.
   */
  keepOrMapTopLevel(c: TreeCursor, out: ConfigNode[], keep: Map<number, ConfigNode> | undefined): void {
    const prev = keep?.get(c.startIndex);
    if (prev && this.reuse(prev, c, c.nodeType, null)) out.push(prev);
    else this.mapTopLevel(c, out, prev);
  }

  private collect(
    c: TreeCursor,
    out: ConfigNode[],
    anchor: Anchor | undefined,
    owner: ConfigNode | undefined,
    type = c.nodeType,
    old?: ConfigNode,
  ): boolean {
    const role = this.role.get(type);
    if (!role) return false;
    if (role === 'comment') {
      if (anchor && owner) {
        const ob = owner.anchor.offset;
        (owner.commentSpans ??= []).push(c.startIndex - ob, c.endIndex - ob);
      } else {
        this.topLevelComments.push({ start: this.lines.positionAt(c.startIndex), end: this.lines.positionAt(c.endIndex) });
        this.topLevelCommentSpans.push(c.startIndex, c.endIndex);
      }
      return false;
    }
    if (role === 'transparent') {
      const before = out.length;
      if (c.gotoFirstChild()) {
        do this.collect(c, out, anchor, owner);
        while (c.gotoNextSibling());
        c.gotoParent();
      }
      return out.length > before;
    }
    out.push(this.mapNode(c, role, anchor, owner, type, old));
    return true;
  }

  /** Maps the cursor's current node (a section, block or directive); the cursor is left where it was. */
  private mapNode(
    c: TreeCursor,
    kind: NodeKind,
    anchor: Anchor | undefined,
    owner: ConfigNode | undefined,
    type: string,
    old: ConfigNode | undefined,
  ): ConfigNode {
    const start = c.startIndex;
    // Sections and blocks (and top-level directives) get an anchor of their own; directives use their parent's.
    const a = kind !== 'directive' || !anchor ? new Anchor(anchor ?? null, anchor ? start - anchor.offset : start, this.lines) : anchor;
    const base = kind !== 'directive' || !anchor ? start : anchor.offset;
    const s = start - base;
    const node = createNode(kind, type, a, s, c.endIndex - base);
    // Comments inside a section or block stay with it; a directive's own trailing comment goes to its parent.
    const commentOwner = kind !== 'directive' ? node : owner ?? node;
    if (this.flat.has(type) && this.splitFlat(node, start, base + node.e, commentOwner)) return node;
    if (this.clean && this.lineSections?.has(type) && this.readLines(node, type, start, base + node.e, a)) return node;
    const keep = old && old.type === type && kind !== 'directive' ? this.keepable(old.children) : undefined;
    let lastEnd = -1;
    let kids: ConfigNode[] | undefined;
    let spans: number[] | undefined;
    if (c.gotoFirstChild()) {
      do {
        const childType = c.nodeType;
        const role = this.role.get(childType);
        if (role) {
          // A section, block, directive, comment or transparent node: never a keyword or argument field.
          kids ??= [];
          const prev = keep?.get(c.startIndex);
          if (prev && this.reuse(prev, c, childType, a)) {
            kids.push(prev);
            lastEnd = prev.ce + (prev.anchor.offset - base);
            continue;
          }
          if (this.collect(c, kids, a, commentOwner, childType, prev)) {
            const last = kids[kids.length - 1];
            lastEnd = last.anchor === a ? last.ce : last.ce + (last.anchor.offset - base);
          }
          continue;
        }
        if (childType === '{') {
          // A '{' token may start at a newline (keepalived lets the brace follow on a later line): use its end.
          if (!c.nodeIsMissing) node.os = c.endIndex - 1 - base;
          continue;
        }
        if (childType === '}') {
          if (!c.nodeIsMissing) {
            node.cs = c.startIndex - base;
            lastEnd = node.cs + 1;
          }
          continue;
        }
        const field = c.currentFieldName;
        if (field === 'keyword' || field === 'argument' || field === 'condition') {
          const cs = c.startIndex;
          const ce = c.endIndex;
          if (field === 'keyword') {
            node.keyword = keyword(this.text.slice(cs, ce));
            node.ks = cs - base;
          } else if (field === 'argument') {
            (spans ??= []).push(cs - base, ce - base);
          } else {
            node.condition = new Arg(this.text.slice(cs, ce), a, cs - base);
          }
          lastEnd = ce - base;
        } else if (c.nodeIsNamed && !c.nodeIsMissing) {
          lastEnd = c.endIndex - base;
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (kids?.length) node.children = exactList(kids);
    if (spans) this.pool.put(node, spans);
    // A section's or directive's node may run over a newline, blank lines and comments: its range ends at its last
    // content.
    if (kind !== 'block') node.ce = lastEnd >= 0 ? lastEnd : node.e;
    if (kind === 'block' && node.cs < 0 && node.children.length) {
      const last = node.children[node.children.length - 1];
      node.ce = last.ce + (last.anchor.offset - base);
    }
    return node;
  }

  /**
   * The old nodes among `nodes` keyed by where they start now (sections and blocks; at the top level directives too,
   * which have anchors of their own there). The ones the edit touched are keyed by their old start: they are not
   * kept whole, but guide the mapping of their own children.
   */
  keepable(nodes: readonly ConfigNode[], directives = false): Map<number, ConfigNode> | undefined {
    const edit = this.edit;
    if (!edit || !nodes.length) return undefined;
    const map = new Map<number, ConfigNode>();
    for (const n of nodes) {
      if (n.kind === 'directive' && !directives) continue;
      const s = n.startIndex;
      const e = n.endIndex;
      if (e < edit.start) map.set(s, n);
      else if (s > edit.oldEnd) map.set(s + edit.delta, n);
      else if (!map.has(s)) map.set(s, n);
    }
    return map;
  }

  /** Keeps an old section or block for the cursor's node when the edit left it whole; hangs it under `parent`. */
  private reuse(prev: ConfigNode, c: TreeCursor, type: string, parent: Anchor | null): boolean {
    const edit = this.edit!;
    if (prev.type !== type) return false;
    const s = prev.startIndex;
    const e = prev.endIndex;
    let shift: number;
    if (e < edit.start) shift = 0;
    else if (s > edit.oldEnd) shift = edit.delta;
    else return false;
    const start = c.startIndex;
    if (s + shift !== start || e + shift !== c.endIndex) return false;
    for (const r of edit.changed) if (r.startIndex <= c.endIndex && r.endIndex >= start) return false;
    prev.anchor.parent = parent;
    prev.anchor.rel = parent ? start - parent.offset : start;
    return true;
  }

  /**
   * The whole document's top-level nodes, read from its text alone, before there is a tree (TreeSpec.lineSections
   * with `document`): its sections (each up to the next line that starts with a section keyword), its top-level
   * lines, and its top-level comments. Undefined at anything the reading does not expect, and at a character the
   * parser may read otherwise (NUL, a byte-order mark, a lone surrogate): the caller then parses first and maps the
   * tree. A unit test checks that whatever this reads, the tree has no error and its walk gives the same model.
   */
  readDocument(): ConfigNode[] | undefined {
    const spec = this.spec.lineSections;
    if (!spec?.document || !this.word) return undefined;
    const { text, base: at } = this.text.window(0, this.text.length);
    const limit = this.text.length - at;
    if (UNSURE.test(text)) return undefined;
    const commentCode = this.commentCode;
    const nodes: ConfigNode[] = [];
    let p = 0;
    for (;;) {
      p = this.skipBlanks(text, p, limit);
      if (p >= limit) break;
      const c = text.charCodeAt(p);
      if (c === 10) {
        p++;
        continue;
      }
      if (c === commentCode) {
        const nl = text.indexOf('\n', p);
        const ce = nl < 0 || nl > limit ? limit : nl;
        this.topLevelComments.push({ start: this.lines.positionAt(p + at), end: this.lines.positionAt(ce + at) });
        this.topLevelCommentSpans.push(p + at, ce + at);
        p = ce;
        continue;
      }
      const firstEnd = this.wordEnd(text, p);
      if (firstEnd < 0 || firstEnd > limit) return undefined;
      const first = text.slice(p, firstEnd);
      if (this.sectionKeywords!.has(first)) {
        const section = this.readLines(undefined, spec.types[0], p + at, limit + at, new Anchor(null, p + at, this.lines));
        if (!section) return undefined;
        nodes.push(section);
        p = this.stop - at;
        continue;
      }
      // A top-level line, read as a section's lines are, with an anchor of its own.
      const node = this.readLine(text, p, firstEnd, first, limit, -p, new Anchor(null, p + at, this.lines));
      if (!node) return undefined;
      node.keyword = keyword(first);
      nodes.push(node);
      p = this.lineStop;
    }
    mappingStats.documentsRead++;
    return nodes;
  }

  /** Where readDocument()'s last section stopped: the next section's start, or the end of the text. */
  private stop = 0;
  /** Where readLine()'s last line stopped: after its newline, or at a comment or `limit`. */
  private lineStop = 0;

  /**
   * One line from its first word (`first`, from `p` to `firstEnd` in `text`): its node, typed by that word, split into
   * words, at offsets relative to `a` (text index + `rel`), its keyword left to the caller; undefined at a line the
   * reading does not expect. `lineStop` is then where the reading goes on.
   */
  private readLine(text: string, p: number, firstEnd: number, first: string, limit: number, rel: number, a: Anchor): ConfigNode | undefined {
    const lineType = this.lineTypes.get(first) ?? this.spec.lineSections!.directive;
    if (this.role.get(lineType) !== 'directive') return undefined;
    const spans = this.scratch;
    spans.length = 0;
    const q = this.lineWords(text, firstEnd, limit, spans, rel);
    if (q < 0) return undefined;
    const wordsEnd = spans.length ? spans[spans.length - 1] - rel : firstEnd;
    // The node ends at its last word, or after the line's newline for the types that take it. Its keyword starts
    // where it does (ConfigNode.ks needs no setting).
    const e = q < limit && text.charCodeAt(q) === 10 && this.newlineTypes!.has(lineType) ? q + 1 : wordsEnd;
    // Its content ends at its last word (or its keyword, which the caller sets): ConfigNode.ce needs no setting.
    const node = new ConfigNode(lineType, a, p + rel, e + rel);
    if (spans.length) this.pool.put(node, spans);
    this.lineStop = e > q ? e : q;
    return node;
  }

  /**
   * Reads a line section (TreeSpec.lineSections) from its text, from `start`: its header's keyword and words, then
   * one node per line, typed by its first word, split into words like a flat directive, and its comments.
   * - Given the node the tree has (`node`), it reads up to the node's `end`, and gives undefined (the node untouched)
   *   at anything the grammar would not read this way, including a line that starts with a section keyword or a
   *   last token that is not where the tree's node ends; the caller then walks the tree instead.
   * - Without it (readDocument()), it reads up to the next line that starts with a section keyword, or `end`, and
   *   makes the node; `stop` is then where it stopped.
   */
  private readLines(node: ConfigNode | undefined, type: string, start: number, end: number, a: Anchor): ConfigNode | undefined {
    const { text, base: at } = this.text.window(start, end);
    const commentCode = this.commentCode;
    const limit = end - at;
    // Text index -> offset relative to the section (the anchor of its lines too).
    const rel = at - start;
    let p = start - at;
    const keywordEnd = this.wordEnd(text, p);
    if (keywordEnd < 0 || keywordEnd > limit) return undefined;
    const headerKeyword = text.slice(p, keywordEnd);
    if (!this.sectionKeywords!.has(headerKeyword)) return undefined;
    const headerSpans = this.headerScratch;
    headerSpans.length = 0;
    p = this.lineWords(text, keywordEnd, limit, headerSpans, rel);
    if (p < 0) return undefined;
    let lastEnd = headerSpans.length ? headerSpans[headerSpans.length - 1] : keywordEnd + rel;
    // Where the section's last token (word, comment or newline) ends, as a text index.
    let tokenEnd = lastEnd - rel;
    let stop = limit;
    const kids = this.kidsScratch;
    kids.length = 0;
    let comments: number[] | undefined;
    // The last line's keyword: a line that starts with the same one needs no new string to look it up.
    let lastKeyword = '';
    for (;;) {
      p = this.skipBlanks(text, p, limit);
      if (p >= limit) break;
      const c = text.charCodeAt(p);
      if (c === 10) {
        tokenEnd = ++p;
        continue;
      }
      if (c === commentCode) {
        const nl = text.indexOf('\n', p);
        const ce = nl < 0 || nl > limit ? limit : nl;
        (comments ??= []).push(p + rel, ce + rel);
        tokenEnd = p = ce;
        continue;
      }
      const firstEnd = this.wordEnd(text, p);
      if (firstEnd < 0 || firstEnd > limit) return undefined;
      const same = firstEnd - p === lastKeyword.length && text.startsWith(lastKeyword, p);
      const first = same ? lastKeyword : text.slice(p, firstEnd);
      if (!same && this.sectionKeywords!.has(first)) {
        if (node) return undefined;
        stop = p;
        break;
      }
      const child = this.readLine(text, p, firstEnd, first, limit, rel, a);
      if (!child) return undefined;
      child.keyword = lastKeyword = same ? lastKeyword : keyword(first);
      kids.push(child);
      lastEnd = child.ce;
      tokenEnd = child.e - rel;
      p = this.lineStop;
    }
    if (node) {
      if (tokenEnd !== limit) return undefined;
    } else {
      node = new ParentNode('section', type, a, 0, tokenEnd + rel);
      this.stop = stop + at;
    }
    node.keyword = keyword(headerKeyword);
    if (headerSpans.length) this.pool.put(node, headerSpans);
    if (kids.length) node.children = kids.slice();
    if (comments) node.commentSpans = comments.slice();
    node.ce = lastEnd;
    mappingStats.linesRead++;
    return node;
  }

  /** Past the blanks from `p` (at most to `limit`). */
  private skipBlanks(text: string, p: number, limit: number): number {
    const blank = this.blankChar;
    while (p < limit) {
      const c = text.charCodeAt(p);
      if (c < 128) {
        if (!blank[c]) break;
      } else {
        this.blank!.lastIndex = p;
        if (!this.blank!.test(text)) break;
      }
      p++;
    }
    return p;
  }

  private wordEnd(text: string, p: number): number {
    return wordEnd(text, p, this.word!, this.plainStop);
  }

  /**
   * The words of the rest of a line from `p`, as start and end offsets (text index + `rel`) pushed to `out`. Returns
   * where the words stop (at a newline, a comment or `limit`), or -1 at what is neither a word nor a blank.
   */
  private lineWords(text: string, p: number, limit: number, out: number[], rel: number): number {
    const commentCode = this.commentCode;
    for (;;) {
      p = this.skipBlanks(text, p, limit);
      if (p >= limit) return limit;
      const c = text.charCodeAt(p);
      if (c === 10 || c === commentCode) return p;
      const end = this.wordEnd(text, p);
      if (end < 0 || end > limit) return -1;
      out.push(p + rel, end + rel);
      p = end;
    }
  }

  /**
   * Splits a flat directive's text into keyword and arguments with the grammar's word token; false (nothing
   * changed) when the text does not split cleanly, so that the caller walks the tree instead.
   */
  private splitFlat(node: ConfigNode, start: number, end: number, owner: ConfigNode): boolean {
    // A string that holds the line (a piece of the text, or the whole text before any edit), and where it starts.
    const { text, base: at } = this.text.window(start, end);
    const limit = end - at;
    // Text index -> offset relative to the node's anchor.
    const rel = at - node.anchor.offset;
    const p = this.skipBlanks(text, start - at, limit);
    const c = text.charCodeAt(p);
    if (p >= limit || c === 10 || c === this.commentCode) return false;
    const keywordEnd = this.wordEnd(text, p);
    if (keywordEnd < 0 || keywordEnd > limit) return false;
    // Offsets go to a scratch array first, then into the shared pool (most lines have few words).
    const spans = this.scratch;
    spans.length = 0;
    const q = this.lineWords(text, keywordEnd, limit, spans, rel);
    if (q < 0) return false;
    node.keyword = keyword(text.slice(p, keywordEnd));
    node.ks = p + rel;
    if (spans.length) this.pool.put(node, spans);
    node.ce = spans.length ? spans[spans.length - 1] : keywordEnd + rel;
    if (q < limit && text.charCodeAt(q) === this.commentCode) {
      const nl = text.indexOf('\n', q);
      const ob = owner.anchor.offset - at;
      (owner.commentSpans ??= []).push(q - ob, (nl < 0 || nl > limit ? limit : nl) - ob);
    }
    return true;
  }
}
