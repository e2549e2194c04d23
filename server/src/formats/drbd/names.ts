/**
 * DRBD's named objects: resources (`resource r0 { }`, named by `stacked-on-top-of r0`) and, inside a resource, its
 * hosts (`on alice { }`, named by `host alice` in a `connection` and by `hosts alice bob` in a `connection-mesh`);
 * and `include "drbd.d/*.res";`.
 *
 * A host is also known by its short name (`on n1.example.com` is `n1`). A `host NAME` without a host section is
 * the semantic check drbd.connection-host (drbdadm 9.22 refuses it, address or not; it also matches hosts of a
 * stacked resource's lower resource, which a per-resource name table cannot see): the references here serve
 * navigation, and a `host NAME address ...` line is none.
 */
import { SymbolKind } from 'vscode-languageserver-types';
import type { NameSpec, NodeNames } from '../../service/format';
import { walkModel, type ConfigNode } from '../../service/model';
import { argLoc } from '../../service/names';

function extract(top: ConfigNode, out: NodeNames): void {
  // `include "drbd.d/*.res";`, at any depth.
  walkModel([top], (node) => {
    if (node.kind === 'directive' && node.keyword === 'include' && node.argCount) out.includes.push({ pattern: node.argValue(0), node, ...argLoc(node, 0) });
    return node.kind !== 'directive';
  });
  if (top.kind !== 'block' || top.keyword !== 'resource' || !top.argCount) return;
  out.defs.push({ kind: 'resource', name: top.argValue(0), node: top, ...argLoc(top, 0) });
  const walk = (nodes: readonly ConfigNode[]): void => {
    for (const node of nodes) {
      const k = node.keyword;
      if (k === 'on' && node.kind === 'block') {
        for (let i = 0; i < node.argCount; i++) {
          const name = node.argValue(i);
          out.defs.push({ kind: 'host', name, node, ...argLoc(node, i), scope: top });
          // drbdadm also knows a host by its short name (`on n1.example.com` answers `hosts n1`).
          const dot = name.indexOf('.');
          if (dot > 0) out.defs.push({ kind: 'host', name: name.slice(0, dot), node, ...argLoc(node, i, 0, dot), scope: top, fixed: true });
        }
      } else if (k === 'stacked-on-top-of' && node.argCount) {
        out.refs.push({ kinds: ['resource'], name: node.argValue(0), node, ...argLoc(node, 0) });
      } else if (k === 'host' && node.kind === 'directive' && node.argCount) {
        let own = false;
        for (let i = 1; i < node.argCount; i++) if (node.argText(i) === 'address') own = true;
        if (!own) out.refs.push({ kinds: ['host'], name: node.argValue(0), node, ...argLoc(node, 0), scope: top });
      } else if (k === 'hosts' && node.kind === 'directive') {
        for (let i = 0; i < node.argCount; i++) out.refs.push({ kinds: ['host'], name: node.argValue(i), node, ...argLoc(node, i), scope: top });
      }
      if (node.kind === 'block' && k !== 'on') walk(node.children);
    }
  };
  walk(top.children);
}

export const drbdNames: NameSpec = {
  kinds: {
    resource: { label: 'resource', symbol: SymbolKind.Module, undefinedSeverity: 'warning' },
    host: { label: 'host', symbol: SymbolKind.Object, scoped: true },
  },
  extract,
};
