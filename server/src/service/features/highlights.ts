/** Document highlights: the definitions (write) and references (read) of the object under the cursor. */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import { locRange, targetAt } from '../names';

export function documentHighlights(doc: ConfigDocument, pos: Position): DocumentHighlight[] {
  const target = targetAt(doc, pos);
  if (!target) return [];
  return [
    ...target.defs.map((d) => ({ range: locRange(d), kind: DocumentHighlightKind.Write })),
    ...target.refs.map((r) => ({ range: locRange(r), kind: DocumentHighlightKind.Read })),
  ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
