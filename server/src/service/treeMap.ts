/**
 * The generic tree mapping: turns a tree-sitter tree into the model, driven by a format's TreeSpec.
 * It walks with a TreeCursor (one object for the whole walk) because crossing into wasm per node is the cost.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { Point, TreeCursor } from 'web-tree-sitter';
import type { TreeSpec } from './format';
import { Anchor, Arg, ConfigNode, NONE, type LineTable, type NodeKind } from './model';

export { unquote } from './quote';

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

export class TreeMapper {
  private readonly role: Map<string, Role>;
  private readonly flat: Set<string>;
  private readonly word: RegExp | undefined;
  private readonly blank: RegExp | undefined;
  /** Comments that are not inside a top-level node. */
  readonly topLevelComments: Range[] = [];

  constructor(
    private readonly spec: TreeSpec,
    private readonly text: string,
    private readonly lines: { current: LineTable },
  ) {
    this.role = roles(spec);
    this.flat = new Set(spec.flatDirectives?.types ?? []);
    if (spec.flatDirectives) {
      this.word = new RegExp(spec.flatDirectives.word.source, 'y');
      this.blank = new RegExp(spec.flatDirectives.blank.source, 'y');
    }
  }

  /** Maps the cursor's node, a child of the root, into `out` (one node, several for a transparent node, or none). */
  mapTopLevel(c: TreeCursor, out: ConfigNode[]): void {
    this.collect(c, out, undefined, undefined);
  }

  private collect(c: TreeCursor, out: ConfigNode[], anchor: Anchor | undefined, owner: ConfigNode | undefined, type = c.nodeType): boolean {
    const role = this.role.get(type);
    if (!role) return false;
    if (role === 'comment') {
      if (anchor && owner) {
        const spans = (owner.commentSpans ??= []);
        spans.push(c.startIndex - anchor.offset, c.endIndex - anchor.offset);
      } else {
        this.topLevelComments.push({ start: this.lines.current.positionAt(c.startIndex), end: this.lines.current.positionAt(c.endIndex) });
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
    out.push(this.mapNode(c, role, anchor, owner, type));
    return true;
  }

  /** Maps the cursor's current node (a section, block or directive); the cursor is left where it was. */
  private mapNode(c: TreeCursor, kind: NodeKind, anchor: Anchor | undefined, owner: ConfigNode | undefined, type: string): ConfigNode {
    const start = c.startIndex;
    const a = anchor ?? new Anchor(start, this.lines);
    const base = a.offset;
    const s = start - base;
    const node = new ConfigNode(kind, type, a, s, c.endIndex - base);
    const top = owner ?? node;
    node.ks = node.ke = s;
    if (this.flat.has(type) && this.splitFlat(node, start, base + node.e, top)) return node;
    let lastEnd = -1;
    let kids: ConfigNode[] | undefined;
    if (c.gotoFirstChild()) {
      do {
        const childType = c.nodeType;
        const role = this.role.get(childType);
        if (role) {
          // A section, block, directive, comment or transparent node: never a keyword or argument field.
          if (this.collect(c, (kids ??= []), a, top, childType)) lastEnd = kids[kids.length - 1].ce;
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
          const text = this.text.slice(cs, ce);
          if (field === 'keyword') {
            node.keyword = text;
            node.ks = cs - base;
            node.ke = ce - base;
          } else {
            const arg = new Arg(text, a, cs - base);
            if (field === 'argument') (node.args === NONE ? (node.args = [arg]) : (node.args as Arg[]).push(arg));
            else node.condition = arg;
          }
          lastEnd = ce - base;
        } else if (c.nodeIsNamed && !c.nodeIsMissing) {
          lastEnd = c.endIndex - base;
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (kids?.length) node.children = kids;
    // A section's or directive's node may run over a newline, blank lines and comments: its range ends at its last
    // content.
    if (kind !== 'block' && lastEnd >= 0) node.ce = lastEnd;
    if (kind === 'block' && node.cs < 0 && node.children.length) node.ce = node.children[node.children.length - 1].ce;
    return node;
  }

  /**
   * Splits a flat directive's text into keyword and arguments with the grammar's word token; false (nothing
   * changed) when the text does not split cleanly, so that the caller walks the tree instead.
   */
  private splitFlat(node: ConfigNode, start: number, end: number, top: ConfigNode): boolean {
    const text = this.text;
    const word = this.word!;
    const blank = this.blank!;
    const commentStart = this.spec.flatDirectives!.commentStart;
    const base = node.anchor.offset;
    let pos = start;
    let comment = -1;
    let first = true;
    let lastEnd = -1;
    const args: Arg[] = [];
    while (pos < end) {
      blank.lastIndex = pos;
      if (blank.test(text)) pos = blank.lastIndex;
      if (pos >= end || text.charCodeAt(pos) === 10) break;
      if (commentStart && text[pos] === commentStart) {
        comment = pos;
        break;
      }
      word.lastIndex = pos;
      if (!word.test(text) || word.lastIndex > end) return false;
      const wEnd = word.lastIndex;
      if (first) {
        node.keyword = text.slice(pos, wEnd);
        node.ks = pos - base;
        node.ke = wEnd - base;
        first = false;
      } else args.push(new Arg(text.slice(pos, wEnd), node.anchor, pos - base));
      lastEnd = wEnd - base;
      pos = wEnd;
    }
    if (first) return false;
    if (args.length) node.args = args;
    node.ce = lastEnd;
    if (comment >= 0) {
      const nl = text.indexOf('\n', comment);
      (top.commentSpans ??= []).push(comment - base, (nl < 0 || nl > end ? end : nl) - base);
    }
    return true;
  }
}
