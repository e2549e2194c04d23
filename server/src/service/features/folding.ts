/** Folding ranges: every section and block that spans lines, runs of comment lines, and what the format adds. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { allComments, type ConfigDocument } from '../document';
import { walkModel } from '../model';

export function foldingRanges(doc: ConfigDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  walkModel(doc.model.nodes, (node) => {
    if (node.kind === 'directive') return false;
    const startLine = node.range.start.line;
    // Keep a closing brace that sits on its own line visible when folded.
    const endLine = node.close && node.close.start.line > startLine ? node.close.start.line - 1 : node.range.end.line;
    if (endLine > startLine) out.push({ startLine, endLine });
    return true;
  });
  // Runs of two or more comment lines, each comment alone on its line.
  const text = doc.source;
  const lines = doc.textDocument;
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0 && runEnd > runStart) out.push({ startLine: runStart, endLine: runEnd, kind: FoldingRangeKind.Comment });
  };
  for (const c of allComments(doc.model)) {
    const lineStart = lines.offsetAt({ line: c.start.line, character: 0 });
    const own = text.slice(lineStart, lines.offsetAt(c.start)).trim() === '';
    if (!own) continue;
    if (runStart >= 0 && c.start.line === runEnd + 1) runEnd = c.start.line;
    else {
      flush();
      runStart = runEnd = c.start.line;
    }
  }
  flush();
  const extra = doc.format.extraFoldingRanges;
  if (extra) out.push(...extra.call(doc.format, doc.model, doc.source));
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
