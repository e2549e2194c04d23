/**
 * The format-agnostic configuration model that every feature works on.
 *
 * Each format's tree mapping turns its tree-sitter tree into these nodes. A node is a section (HAProxy
 * `frontend www`, Ceph `[osd.3]`: a header whose body runs until the next header), a block (`vrrp_instance VI_1 {
 * ... }`, `totem { ... }`, `on alice { ... }`) or a directive (one keyword with its arguments). Every part has an
 * exact range and the offsets it covers, so features never need to go back to the tree.
 */
import type { Range } from 'vscode-languageserver-types';

export type NodeKind = 'section' | 'block' | 'directive';

export interface Arg {
  /** The argument as written, quotes and escapes included. */
  text: string;
  /** The argument with quotes removed and escapes resolved. */
  value: string;
  range: Range;
}

export interface ConfigNode {
  kind: NodeKind;
  /** The grammar's node type, e.g. `section`, `block`, `directive`, `include`. */
  type: string;
  /** The keyword as written (for a Ceph section, its name). */
  keyword: string;
  keywordRange: Range;
  args: Arg[];
  /** From the keyword to the end of the node (the closing brace, or the last line of a section body). */
  range: Range;
  startIndex: number;
  endIndex: number;
  /** Sections and blocks: the nodes of their body, in order. */
  children: ConfigNode[];
  /** Blocks: where the braces are. `close` is absent when the block is never closed. */
  open?: Range;
  close?: Range;
  /** A host condition such as keepalived's `@lb1 priority 150`. */
  condition?: Arg;
  /** Top-level nodes only: the comments inside the node. */
  comments?: Range[];
}

export interface ConfigModel {
  nodes: ConfigNode[];
  /** The ranges of the comments that are not inside a top-level node (see allComments for every comment). */
  comments: Range[];
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
