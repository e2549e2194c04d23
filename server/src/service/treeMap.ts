/**
 * The generic tree mapping: turns a tree-sitter tree into the model, driven by a format's TreeSpec.
 * It walks with a TreeCursor (one object for the whole walk) because crossing into wasm per node is the cost.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { Point, TreeCursor } from 'web-tree-sitter';
import type { TreeSpec } from './format';
import { Anchor, Arg, ConfigNode, type LineTable, type NodeKind } from './model';

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

/** Removes quotes and resolves backslash escapes: `"a b"` -> `a b`, `'x'` -> `x`, `a\ b` -> `a b`. */
export function unquote(text: string): string {
  if (!/["'\\]/.test(text)) return text;
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = '';
      else out += ch;
    } else if (ch === '\\' && i + 1 < text.length) {
      const next = text[++i];
      out += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
    } else if (quote === '"') {
      if (ch === '"') quote = '';
      else out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else {
      out += ch;
    }
  }
  return out;
}

export class TreeMapper {
  private readonly role: Map<string, Role>;
  /** Comments that are not inside a top-level node. */
  readonly topLevelComments: Range[] = [];

  constructor(
    private readonly spec: TreeSpec,
    private readonly text: string,
    private readonly lines: { current: LineTable },
  ) {
    this.role = roles(spec);
  }

  /** Maps the cursor's node, a child of the root, into `out` (one node, several for a transparent node, or none). */
  mapTopLevel(c: TreeCursor, out: ConfigNode[]): void {
    this.collect(c, out, undefined, undefined);
  }

  private collect(c: TreeCursor, out: ConfigNode[], anchor: Anchor | undefined, owner: ConfigNode | undefined): boolean {
    const role = this.role.get(c.nodeType);
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
    out.push(this.mapNode(c, role, anchor, owner));
    return true;
  }

  /** Maps the cursor's current node (a section, block or directive); the cursor is left where it was. */
  private mapNode(c: TreeCursor, kind: NodeKind, anchor: Anchor | undefined, owner: ConfigNode | undefined): ConfigNode {
    const a = anchor ?? new Anchor(c.startIndex, this.lines);
    const base = a.offset;
    const s = c.startIndex - base;
    const node = new ConfigNode(kind, c.nodeType, a, s, c.endIndex - base);
    const top = owner ?? node;
    node.ks = node.ke = s;
    let lastEnd = -1;
    if (c.gotoFirstChild()) {
      do {
        const field = c.currentFieldName;
        if (field === 'keyword') {
          node.keyword = this.text.slice(c.startIndex, c.endIndex);
          node.ks = c.startIndex - base;
          node.ke = lastEnd = c.endIndex - base;
        } else if (field === 'argument' || field === 'condition') {
          const arg = new Arg(this.text.slice(c.startIndex, c.endIndex), a, c.startIndex - base, unquote);
          if (field === 'argument') node.args.push(arg);
          else node.condition = arg;
          lastEnd = c.endIndex - base;
        } else {
          const type = c.nodeType;
          if (type === '{') {
            if (!c.nodeIsMissing) node.os = c.startIndex - base;
          } else if (type === '}') {
            if (!c.nodeIsMissing) {
              node.cs = c.startIndex - base;
              lastEnd = c.endIndex - base;
            }
          } else if (this.collect(c, node.children, a, top)) {
            lastEnd = c.endIndex - base;
          } else if (!c.nodeIsMissing && c.nodeIsNamed && type !== 'ERROR' && !this.spec.comments.includes(type)) {
            lastEnd = c.endIndex - base;
          }
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    // A section's node may run over trailing blank lines and comments: its range ends at its last content.
    if (kind === 'section' && lastEnd >= 0) node.ce = lastEnd;
    if (kind === 'block' && node.cs < 0 && node.children.length) node.ce = node.children[node.children.length - 1].ce;
    return node;
  }
}
