/** Selection ranges: from the word at the cursor out through argument, directive, block and section to the file. */
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import { toPosition } from '../treeMap';

export function selectionRanges(doc: ConfigDocument, positions: readonly Position[]): SelectionRange[] {
  const whole: Range = { start: { line: 0, character: 0 }, end: doc.textDocument.positionAt(doc.text.length) };
  return positions.map((pos) => {
    const chain: Range[] = [];
    let node = doc.tree?.rootNode.descendantForPosition({ row: pos.line, column: pos.character }) ?? null;
    for (; node; node = node.parent) {
      const r = { start: toPosition(node.startPosition), end: toPosition(node.endPosition) };
      // Sections may own their trailing newlines; selecting them is noise, so trim to the last content line.
      const last = chain[chain.length - 1];
      let trimmed = trimTrailingBlank(doc, r);
      if (last && before(trimmed.end, last.end)) trimmed = { start: trimmed.start, end: last.end };
      if (!last || !same(last, trimmed)) chain.push(trimmed);
    }
    if (!chain.length || !same(chain[chain.length - 1], whole)) chain.push(whole);
    let result: SelectionRange | undefined;
    for (let i = chain.length - 1; i >= 0; i--) result = { range: chain[i], parent: result };
    return result ?? { range: { start: pos, end: pos } };
  });
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function same(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}

function trimTrailingBlank(doc: ConfigDocument, r: Range): Range {
  const text = doc.text;
  const start = doc.textDocument.offsetAt(r.start);
  let end = doc.textDocument.offsetAt(r.end);
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start: r.start, end: doc.textDocument.positionAt(end) };
}
