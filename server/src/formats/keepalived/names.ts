/**
 * keepalived's named objects: vrrp_script, vrrp_instance, track_file / vrrp_track_file, vrrp_track_process,
 * bfd_instance and virtual_server_group, named in `track_script { }`, `group { }` of a vrrp_sync_group,
 * `track_file { }`, `track_process { }`, `track_bfd { }` and `virtual_server group NAME`; and `include` globs.
 *
 * `keepalived -t` (2.2.7) reports a tracked script, file, process or BFD instance it cannot find ("(VI_1) track
 * script chk not found, ignoring...") and an instance a vrrp_sync_group names that does not exist ("Virtual router X
 * specified in sync group G doesn't exist") as configuration errors (exit 5): so are they here, unless the name may
 * be defined where this file cannot see (nameChecks makes them warnings then). A virtual_server group that is not
 * defined stays a warning.
 */
import { SymbolKind } from 'vscode-languageserver-types';
import type { NameSpec, NodeNames } from '../../service/format';
import { walkModel, type ConfigNode } from '../../service/model';
import { argLoc, keywordLoc } from '../../service/names';

/** Top-level blocks that define a name (their first argument), by keyword. */
const DEFINERS: Record<string, string> = {
  vrrp_script: 'vrrp_script',
  vrrp_instance: 'vrrp_instance',
  track_file: 'track_file',
  vrrp_track_file: 'track_file',
  vrrp_track_process: 'track_process',
  bfd_instance: 'bfd_instance',
  virtual_server_group: 'virtual_server_group',
};

/** Blocks (inside vrrp_instance / vrrp_sync_group) whose lines start with the name of an object of a kind. */
const TRACKERS: Record<string, string> = {
  track_script: 'vrrp_script',
  track_file: 'track_file',
  track_process: 'track_process',
  track_bfd: 'bfd_instance',
  group: 'vrrp_instance',
};

function extract(top: ConfigNode, out: NodeNames): void {
  // `include` and its variants (includer, includem, ...) at any depth: keepalived reads the file in their place.
  walkModel([top], (node) => {
    if (node.type === 'include' && node.argCount) out.includes.push({ pattern: node.argValue(0), node, ...argLoc(node, 0) });
    return node.kind !== 'directive';
  });
  if (top.kind !== 'block') return;
  const kind = DEFINERS[top.keyword];
  if (kind && top.argCount) out.defs.push({ kind, name: top.argValue(0), node: top, ...argLoc(top, 0) });
  if (top.keyword === 'virtual_server' && top.argCount > 1 && top.argText(0) === 'group') {
    out.refs.push({ kinds: ['virtual_server_group'], name: top.argValue(1), node: top, ...argLoc(top, 1) });
  }
  if (top.keyword !== 'vrrp_instance' && top.keyword !== 'vrrp_sync_group') return;
  for (const block of top.children) {
    const refKind = TRACKERS[block.keyword];
    if (block.kind !== 'block' || !refKind || (block.keyword === 'group' && top.keyword !== 'vrrp_sync_group')) continue;
    for (const line of block.children) {
      if (line.kind !== 'directive' || line.type !== 'directive' || !line.keyword) continue;
      out.refs.push({ kinds: [refKind], name: line.keyword, node: line, ...keywordLoc(line) });
    }
  }
}

export const keepalivedNames: NameSpec = {
  kinds: {
    vrrp_script: { label: 'vrrp_script', symbol: SymbolKind.Function, undefinedSeverity: 'error', unused: true },
    vrrp_instance: { label: 'vrrp_instance', symbol: SymbolKind.Class, undefinedSeverity: 'error' },
    track_file: { label: 'track_file', symbol: SymbolKind.File, undefinedSeverity: 'error', unused: true },
    track_process: { label: 'vrrp_track_process', symbol: SymbolKind.Event, undefinedSeverity: 'error', unused: true },
    bfd_instance: { label: 'bfd_instance', symbol: SymbolKind.Event, undefinedSeverity: 'error' },
    virtual_server_group: { label: 'virtual_server_group', symbol: SymbolKind.Namespace, undefinedSeverity: 'warning', unused: true },
  },
  extract,
};
