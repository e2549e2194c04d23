/** corosync's named objects: the nodes of the nodelist (`node { name: alice }`). Nothing in the file refers to them. */
import { SymbolKind } from 'vscode-languageserver-types';
import type { NameSpec, NodeNames } from '../../service/format';
import type { ConfigNode } from '../../service/model';
import { argLoc } from '../../service/names';

function extract(top: ConfigNode, out: NodeNames): void {
  if (top.keyword !== 'nodelist' || top.kind !== 'block') return;
  for (const node of top.children) {
    if (node.keyword !== 'node' || node.kind !== 'block') continue;
    for (const line of node.children) {
      if (line.keyword === 'name' && line.kind === 'directive' && line.argCount) {
        out.defs.push({ kind: 'node', name: line.argValue(0), node, ...argLoc(line, 0) });
      }
    }
  }
}

export const corosyncNames: NameSpec = {
  kinds: { node: { label: 'node', symbol: SymbolKind.Object } },
  extract,
};
