/**
 * The format-agnostic configuration model that every feature works on.
 *
 * Each format's tree mapping turns its tree-sitter tree into these nodes. A node is a section (HAProxy
 * `frontend www`, Ceph `[osd.3]`: a header whose body runs until the next header), a block (`vrrp_instance VI_1 {
 * ... }`, `totem { ... }`, `on alice { ... }`) or a directive (one keyword with its arguments).
 *
 * Nodes store offsets relative to their top-level node's anchor, and compute line/character ranges on demand from
 * the document's current line table. That keeps a 24,000-line model small, and lets an edit move every node after
 * it by changing one number per top-level node.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { unquote } from './quote';

export type NodeKind = 'section' | 'block' | 'directive';

/** Converts offsets to positions for the document's current text; one per document, updated on every edit. */
export interface LineTable {
  positionAt(offset: number): Position;
  /** The text between two offsets (read from the pieces it lies in; the whole text is not joined for it). */
  slice(start: number, end: number): string;
}

/**
 * Where a section or block starts (or a top-level directive), relative to the anchor of the node that encloses it;
 * every node and argument inside is stored relative to it. Moving a node that an edit did not touch, or hanging it
 * under a freshly mapped parent, is one assignment.
 */
export class Anchor {
  constructor(
    public parent: Anchor | null,
    public rel: number,
    readonly lines: LineTable,
  ) {}
  get offset(): number {
    let off = this.rel;
    for (let a = this.parent; a; a = a.parent) off += a.rel;
    return off;
  }
  range(start: number, end: number): Range {
    const t = this.lines;
    const base = this.offset;
    return { start: t.positionAt(base + start), end: t.positionAt(base + end) };
  }
}

export class Arg {
  constructor(
    /** The argument as written, quotes and escapes included. */
    readonly text: string,
    private readonly anchor: Anchor,
    private readonly s: number,
  ) {}
  /** The argument with quotes removed and escapes resolved. */
  get value(): string {
    return unquote(this.text);
  }
  get startIndex(): number {
    return this.anchor.offset + this.s;
  }
  get endIndex(): number {
    return this.anchor.offset + this.s + this.text.length;
  }
  get range(): Range {
    return this.anchor.range(this.s, this.s + this.text.length);
  }
}

/** Shared by every node without arguments or children, and by every empty settled list (exactList), so that the many
 * leaf directives of a large file cost no arrays; the mapping replaces it with a node's own array before adding to it. */
export const NONE: readonly never[] = Object.freeze([]);

/** `packed` holds a node's argument count in its low bits and where its pairs start in its chunk above them (a chunk
 * has at most 65,536 values, or one node's alone): one number, within V8's small integers. */
const COUNT_BITS = 14;
const COUNT_MAX = (1 << COUNT_BITS) - 1;

/**
 * A directive (and the base of sections and blocks, ParentNode). A 24,000-line file has some 20,000 of them, kept
 * while it is open, so a directive holds only what differs from line to line: what every directive shares (its kind,
 * no children) comes from the prototype, and its content end follows from its last word unless it was set otherwise.
 * Each slot less is 0.16 MB less that an open copies into fresh memory.
 */
export class ConfigNode {
  keyword = '';
  /** @internal the arguments' relative start and end offsets, in pairs, from `spanAt` in a chunk shared by the nodes
   * mapped together (treeMap.ts: one small array per node cost 2.7 MB on a 24,000-line file); Arg objects are made
   * on first use. */
  spans: Int32Array | undefined;
  /** @internal where the pairs start in `spans`, and how many arguments there are (COUNT_BITS). */
  private packed = 0;
  /** `directive` (from the prototype), or `section` / `block` (ParentNode). */
  declare readonly kind: NodeKind;
  /** Sections and blocks: the nodes of their body, in order (the shared NONE, from the prototype, for a directive). */
  declare children: readonly ConfigNode[];
  // Set on few nodes, so only declared: a node has no slot for them until they are set (21,000 directives of a large
  // file saved 0.5 MB; the braces, which only blocks have, 0.4 MB more).
  /** A host condition such as keepalived's `@lb1 priority 150`. */
  declare condition?: Arg;
  declare private openBrace?: number;
  declare private closeBrace?: number;
  declare private keywordAt?: number;
  /** @internal where the content ends, when it is not where the last word (or the keyword) ends: always set on
   * sections and blocks. */
  declare contentEnd?: number;
  /** @internal an argument count too large for `packed` */
  declare private bigCount?: number;
  /** @internal comments directly inside, in pairs */
  declare commentSpans?: number[];
  /** @internal the features' caches of a top-level node (NodeSlot): the first four in fields of their own (set on
   * sections and blocks from the start, so that they have room for them), the rest in a list made at the first one */
  declare c0?: unknown;
  declare c1?: unknown;
  declare c2?: unknown;
  declare c3?: unknown;
  declare slots?: unknown[];
  declare private argList: readonly Arg[] | undefined;

  constructor(
    /** The grammar's node type, e.g. `section`, `block`, `directive`, `include`. */
    readonly type: string,
    readonly anchor: Anchor,
    /** relative start and end of the tree node */
    readonly s: number,
    readonly e: number,
  ) {}

  /** How many arguments there are, without making them. */
  get argCount(): number {
    const n = this.packed & COUNT_MAX;
    return n === COUNT_MAX ? this.bigCount! : n;
  }
  /** @internal where the argument pairs start in `spans` */
  get spanAt(): number {
    return this.packed >>> COUNT_BITS;
  }
  /** @internal the arguments' offsets: `count` pairs from `at` in `chunk` */
  setSpans(chunk: Int32Array, at: number, count: number): void {
    this.spans = chunk;
    if (count >= COUNT_MAX) this.bigCount = count;
    this.packed = at * (COUNT_MAX + 1) + Math.min(count, COUNT_MAX);
  }

  /** @internal relative offset of the end of the node's content: the keyword's, the tree node's and the braces' are
   * below. */
  get ce(): number {
    return this.contentEnd ?? this.wordsEnd();
  }
  set ce(at: number) {
    if (this.contentEnd !== undefined || at !== this.wordsEnd()) this.contentEnd = at;
  }
  /** Where the last argument ends, or the keyword when there is none. */
  private wordsEnd(): number {
    const n = this.argCount;
    return n ? this.argEnd(n - 1) : this.ke;
  }

  /** The arguments, in order (made from the stored offsets the first time they are asked for). */
  get args(): readonly Arg[] {
    if (this.argList) return this.argList;
    const spans = this.spans;
    if (!spans || !this.argCount) return NONE;
    // The arguments' stretch of text once, then each argument from it.
    const at = this.spanAt;
    const end = at + 2 * this.argCount;
    const first = spans[at];
    const text = this.anchor.lines.slice(this.anchor.offset + first, this.anchor.offset + spans[end - 1]);
    const list: Arg[] = [];
    for (let i = at; i < end; i += 2) list.push(new Arg(text.slice(spans[i] - first, spans[i + 1] - first), this.anchor, spans[i]));
    return (this.argList = list);
  }
  /** Where argument `i` starts and ends, relative to the node's anchor. */
  argStart(i: number): number {
    return this.spans![this.spanAt + 2 * i];
  }
  argEnd(i: number): number {
    return this.spans![this.spanAt + 2 * i + 1];
  }
  /** Where argument `i` is written, without making Arg objects (which the node would keep). */
  argRange(i: number): Range {
    return this.anchor.range(this.argStart(i), this.argEnd(i));
  }
  /** Argument `i` as written, without making Arg objects. */
  argText(i: number): string {
    if (this.argList) return this.argList[i]?.text ?? '';
    if (i < 0 || i >= this.argCount) return '';
    const base = this.anchor.offset;
    return this.anchor.lines.slice(base + this.argStart(i), base + this.argEnd(i));
  }

  /** Argument `i` with quotes removed and escapes resolved, without making Arg objects. */
  argValue(i: number): string {
    return unquote(this.argText(i));
  }

  /** Offsets of the tree node (a section's may include trailing blank lines and comments). */
  get startIndex(): number {
    return this.anchor.offset + this.s;
  }
  get endIndex(): number {
    return this.anchor.offset + this.e;
  }
  /** From the keyword to the end of the node's content (the closing brace, or a section body's last line). */
  get range(): Range {
    return this.anchor.range(this.s, this.ce);
  }
  get keywordRange(): Range {
    return this.anchor.range(this.ks, this.ke);
  }
  /** @internal where the keyword starts (relative): where the node starts, unless set otherwise (a node whose first
   * word is not its keyword) */
  get ks(): number {
    return this.keywordAt ?? this.s;
  }
  set ks(at: number) {
    if (at !== this.s || this.keywordAt !== undefined) this.keywordAt = at;
  }
  /** @internal where the keyword ends: the keyword is the text from `ks` (the mapping sets them together) */
  get ke(): number {
    return this.ks + this.keyword.length;
  }
  /** @internal where a block's braces are (relative offsets), -1 when it has none */
  get os(): number {
    return this.openBrace ?? -1;
  }
  set os(at: number) {
    this.openBrace = at;
  }
  get cs(): number {
    return this.closeBrace ?? -1;
  }
  set cs(at: number) {
    this.closeBrace = at;
  }
  /** Blocks: where the braces are; `close` is absent when the block is never closed. */
  get open(): Range | undefined {
    return this.os < 0 ? undefined : this.anchor.range(this.os, this.os + 1);
  }
  get close(): Range | undefined {
    return this.cs < 0 ? undefined : this.anchor.range(this.cs, this.cs + 1);
  }
  /** The comments directly inside this node (not inside its child sections or blocks). */
  get comments(): Range[] | undefined {
    const spans = this.commentSpans;
    if (!spans) return undefined;
    const out: Range[] = [];
    for (let i = 0; i < spans.length; i += 2) out.push(this.anchor.range(spans[i], spans[i + 1]));
    return out;
  }
}

Object.defineProperties(ConfigNode.prototype, {
  kind: { value: 'directive', writable: true },
  children: { value: NONE, writable: true },
});

/**
 * A section or a block: a node with a body. Its own class, so that V8 sizes directives by what directives hold (a
 * class's objects get the slots that its first few objects used).
 */
export class ParentNode extends ConfigNode {
  constructor(kind: 'section' | 'block', type: string, anchor: Anchor, s: number, e: number) {
    super(type, anchor, s, e);
    // Own properties in place of the prototype's (which are writable, so that assigning makes them own).
    (this as { kind: NodeKind }).kind = kind;
    this.children = NONE;
    this.contentEnd = e;
    this.c0 = this.c1 = this.c2 = this.c3 = undefined;
  }
}

let slotCount = 0;

/**
 * A cache that a feature keeps per top-level node (its names, its conditional lines, its own diagnostics, what
 * diagnose() found in it), on the node itself: a node that an edit did not touch is the same object and keeps it, a
 * replaced one takes it away. A field of the node (the first four slots made; there are four today), where a weak
 * table took 32-64 bytes per node (0.45 MB for four of them on the 24,000-line HAProxy file). Made once per
 * feature, at module level.
 */
export class NodeSlot<T> {
  private readonly at = slotCount++;
  get(node: ConfigNode): T | undefined {
    switch (this.at) {
      case 0:
        return node.c0 as T | undefined;
      case 1:
        return node.c1 as T | undefined;
      case 2:
        return node.c2 as T | undefined;
      case 3:
        return node.c3 as T | undefined;
      default:
        return node.slots?.[this.at - 4] as T | undefined;
    }
  }
  set(node: ConfigNode, value: T): void {
    switch (this.at) {
      case 0:
        node.c0 = value;
        break;
      case 1:
        node.c1 = value;
        break;
      case 2:
        node.c2 = value;
        break;
      case 3:
        node.c3 = value;
        break;
      default:
        (node.slots ??= [])[this.at - 4] = value;
    }
  }
}

/** A node of the given kind: a ParentNode for a section or a block. */
export function createNode(kind: NodeKind, type: string, anchor: Anchor, s: number, e: number): ConfigNode {
  return kind === 'directive' ? new ConfigNode(type, anchor, s, e) : new ParentNode(kind, type, anchor, s, e);
}

export interface ConfigModel {
  nodes: ConfigNode[];
  /** The ranges of the comments that are not inside a top-level node (see allComments for every comment). */
  comments: Range[];
}

/**
 * A list built with `push`, settled at its exact length: V8 gives a list that grows from empty room for about 16 more
 * items, which adds up in the facts and names kept per section of a large file (0.9 MB on the 24,000-line benchmark
 * file). An empty one becomes the shared NONE, so nothing may add to a settled list.
 */
export function exactList<T>(list: T[]): T[] {
  return list.length ? list.slice() : (NONE as never[]);
}

export function nodeLabel(node: ConfigNode): string {
  return node.args.length ? `${node.keyword} ${node.args.map((a) => a.text).join(' ')}` : node.keyword;
}

/** Depth-first walk over a model; `visit` returns false to skip a node's children. */
export function walkModel(
  nodes: readonly ConfigNode[],
  visit: (node: ConfigNode, parents: readonly ConfigNode[]) => boolean | void,
  parents: ConfigNode[] = [],
): void {
  for (const node of nodes) {
    if (visit(node, parents) === false) continue;
    if (node.children.length) {
      parents.push(node);
      walkModel(node.children, visit, parents);
      parents.pop();
    }
  }
}

/** A plain-data picture of a model (ranges resolved), for tests and debugging. */
export function snapshot(nodes: readonly ConfigNode[]): unknown[] {
  return nodes.map((n) => ({
    kind: n.kind,
    type: n.type,
    keyword: n.keyword,
    keywordRange: n.keywordRange,
    range: n.range,
    startIndex: n.startIndex,
    endIndex: n.endIndex,
    args: n.args.map((a) => ({ text: a.text, value: a.value, range: a.range })),
    condition: n.condition && { text: n.condition.text, range: n.condition.range },
    open: n.open,
    close: n.close,
    comments: n.comments,
    children: snapshot(n.children),
  }));
}
