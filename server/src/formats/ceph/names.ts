/** Ceph's named objects: its sections (`[global]`, `[osd.3]`, `[client.admin]`), for navigation and symbols. */
import { SymbolKind } from 'vscode-languageserver-types';
import type { NameSpec, NodeNames } from '../../service/format';
import type { ConfigNode } from '../../service/model';
import { keywordLoc } from '../../service/names';

function extract(top: ConfigNode, out: NodeNames): void {
  if (top.kind === 'section' && top.keyword) out.defs.push({ kind: 'section', name: top.keyword, node: top, ...keywordLoc(top) });
}

export const cephNames: NameSpec = {
  kinds: { section: { label: 'section', symbol: SymbolKind.Namespace, pattern: /^[A-Za-z0-9_.$-]+$/ } },
  extract,
};
