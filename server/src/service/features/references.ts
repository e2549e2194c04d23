/** Find all references: every place that names the object under the cursor, across its configuration set. */
import type { Location, Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import { locRange, otherPlaces, targetAt, type NavWorkspace } from '../names';

export function references(doc: ConfigDocument, pos: Position, includeDeclaration: boolean, ws?: NavWorkspace): Location[] {
  const target = targetAt(doc, pos);
  if (!target) return [];
  const out: Location[] = [];
  if (includeDeclaration) for (const d of target.defs) out.push({ uri: doc.uri, range: locRange(d) });
  for (const r of target.refs) out.push({ uri: doc.uri, range: locRange(r) });
  for (const o of otherPlaces(target, doc.uri, ws)) {
    if (includeDeclaration) for (const d of o.defs) out.push({ uri: o.uri, range: d.range });
    for (const r of o.refs) out.push({ uri: o.uri, range: r.range });
  }
  return out;
}
