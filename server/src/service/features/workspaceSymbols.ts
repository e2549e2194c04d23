/** Workspace symbols: the named objects of every file the workspace index knows, filtered by a fuzzy query. */
import type { SymbolInformation } from 'vscode-languageserver-types';
import type { NavWorkspace } from '../names';

/** Whether the query's characters appear in the name in order (case-insensitive); an empty query takes all. */
function matches(name: string, query: string): boolean {
  let i = 0;
  const n = name.toLowerCase();
  for (const ch of query.toLowerCase()) {
    i = n.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

export function workspaceSymbols(query: string, ws: NavWorkspace, limit = 1000): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const file of ws.files()) {
    for (const d of file.defs) {
      if (!matches(d.name, query)) continue;
      out.push({ name: d.name, kind: d.symbol, location: { uri: file.uri, range: d.range }, containerName: `${file.format} ${d.kind}` });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
