/** Go to definition: from a reference (or a definition) to the definitions of the object, in this file first, then
 * in the other files of its configuration set. */
import type { Location, Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import { locRange, otherPlaces, targetAt, type NavWorkspace } from '../names';

export function definition(doc: ConfigDocument, pos: Position, ws?: NavWorkspace): Location[] {
  const target = targetAt(doc, pos);
  if (!target) return [];
  const out: Location[] = target.defs.map((d) => ({ uri: doc.uri, range: locRange(d) }));
  for (const o of otherPlaces(target, doc.uri, ws)) for (const d of o.defs) out.push({ uri: o.uri, range: d.range });
  return out;
}
