/**
 * The generic tree mapping: turns a tree-sitter tree into the model, driven by a format's TreeSpec.
 * It walks with a TreeCursor (one object for the whole walk) because crossing into wasm per node is the cost.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { Point, Tree, TreeCursor } from 'web-tree-sitter';
import type { TreeSpec } from './format';
import type { Arg, ConfigModel, ConfigNode, NodeKind } from './model';

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

function cursorRange(c: TreeCursor): Range {
  return { start: toPosition(c.startPosition), end: toPosition(c.endPosition) };
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
  comments: Range[] = [];

  constructor(
    private readonly spec: TreeSpec,
    private readonly text: string,
  ) {
    this.role = roles(spec);
  }

  /** The role of the cursor's current node, if it is one the model keeps. */
  roleOf(c: TreeCursor): Role | undefined {
    return this.role.get(c.nodeType);
  }

  /** Maps the cursor's current node (a section, block or directive); the cursor is left where it was. */
  mapNode(c: TreeCursor, kind: NodeKind): ConfigNode {
    const range = cursorRange(c);
    const node: ConfigNode = {
      kind,
      type: c.nodeType,
      keyword: '',
      keywordRange: { start: range.start, end: range.start },
      args: [],
      range,
      startIndex: c.startIndex,
      endIndex: c.endIndex,
      children: [],
    };
    let lastEnd: Point | undefined;
    if (c.gotoFirstChild()) {
      do {
        const field = c.currentFieldName;
        if (field === 'keyword') {
          node.keyword = this.text.slice(c.startIndex, c.endIndex);
          node.keywordRange = cursorRange(c);
          lastEnd = c.endPosition;
        } else if (field === 'argument' || field === 'condition') {
          const text = this.text.slice(c.startIndex, c.endIndex);
          const arg: Arg = { text, value: unquote(text), range: cursorRange(c) };
          if (field === 'argument') node.args.push(arg);
          else node.condition = arg;
          lastEnd = c.endPosition;
        } else {
          const type = c.nodeType;
          if (type === '{') {
            if (!c.nodeIsMissing) node.open = cursorRange(c);
          } else if (type === '}') {
            if (!c.nodeIsMissing) {
              node.close = cursorRange(c);
              lastEnd = c.endPosition;
            }
          } else if (this.collectChild(c, node.children)) {
            lastEnd = c.endPosition;
          } else if (!c.nodeIsMissing && c.nodeIsNamed && type !== 'ERROR' && !this.spec.comments.includes(type)) {
            lastEnd = c.endPosition;
          }
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    // A section's node may run over trailing blank lines and comments: end it at its last content.
    if (kind === 'section' && lastEnd) node.range = { start: range.start, end: toPosition(lastEnd) };
    if (kind === 'block' && !node.close && node.children.length) {
      const last = node.children[node.children.length - 1];
      node.range = { start: range.start, end: last.range.end };
    }
    return node;
  }

  /** Maps the cursor's node into `out` when it is a model node; returns whether it added anything. */
  collectChild(c: TreeCursor, out: ConfigNode[]): boolean {
    const role = this.roleOf(c);
    if (!role) return false;
    if (role === 'comment') {
      this.comments.push(cursorRange(c));
      return false;
    }
    if (role === 'transparent') {
      const before = out.length;
      if (c.gotoFirstChild()) {
        do this.collectChild(c, out);
        while (c.gotoNextSibling());
        c.gotoParent();
      }
      return out.length > before;
    }
    out.push(this.mapNode(c, role));
    return true;
  }
}

/** Maps a whole tree. */
export function mapTree(tree: Tree, text: string, spec: TreeSpec): ConfigModel {
  const mapper = new TreeMapper(spec, text);
  const nodes: ConfigNode[] = [];
  const c = tree.walk();
  try {
    if (c.gotoFirstChild()) {
      do mapper.collectChild(c, nodes);
      while (c.gotoNextSibling());
    }
  } finally {
    c.delete();
  }
  return { nodes, comments: mapper.comments };
}
