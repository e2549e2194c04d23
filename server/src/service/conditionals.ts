/**
 * Conditional lines (FormatDefinition.conditional: HAProxy `.if` / `.elif` / `.else` / `.endif`): listed once per
 * top-level node object, for the checks that need to know which lines a tool may skip and for a format's own pairing
 * of them. A top-level node an edit did not touch keeps its list.
 */
import type { ConfigDocument } from './document';
import type { FormatDefinition } from './format';
import { NodeSlot, NONE, type ConfigNode } from './model';

const linesOf = new NodeSlot<readonly ConfigNode[]>();

/** The conditional lines in and at a top-level node, in document order (a shared empty list when it has none). */
export function conditionalLines(format: FormatDefinition, top: ConfigNode): readonly ConfigNode[] {
  const role = format.conditional;
  if (!role) return NONE;
  let list = linesOf.get(top);
  if (!list) {
    list = collect(role, top, undefined) ?? NONE;
    linesOf.set(top, list);
  }
  return list;
}

/** The conditional lines at and under `node`, added to `found` (made at the first one: most nodes have none). */
function collect(role: NonNullable<FormatDefinition['conditional']>, node: ConfigNode, found: ConfigNode[] | undefined): ConfigNode[] | undefined {
  if (role(node)) (found ??= []).push(node);
  if (node.kind === 'directive') return found;
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) found = collect(role, kids[i], found);
  return found;
}

/** The number of open conditional regions after a line of role `role` (an unmatched close is not below 0). */
export function depthAfter(depth: number, role: 'open' | 'else' | 'close' | undefined): number {
  return role === 'open' ? depth + 1 : role === 'close' ? Math.max(0, depth - 1) : depth;
}

/**
 * How many conditional regions are open where each top-level node starts, for the formats that have them (a node
 * that is not listed is at depth 0); undefined for the other formats.
 */
export function conditionalDepths(doc: ConfigDocument): Map<ConfigNode, number> | undefined {
  const role = doc.format.conditional;
  if (!role) return undefined;
  // Only the nodes inside a region are listed (most files have none): the others are at depth 0.
  const depths = new Map<ConfigNode, number>();
  let depth = 0;
  const nodes = doc.model.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const top = nodes[i];
    if (depth) depths.set(top, depth);
    const lines = conditionalLines(doc.format, top);
    for (let j = 0; j < lines.length; j++) depth = depthAfter(depth, role(lines[j]));
  }
  return depths;
}
