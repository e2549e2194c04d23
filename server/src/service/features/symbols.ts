/** Document symbols: the hierarchical outline of sections, blocks and the directives a format names. */
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import type { ConfigNode } from '../model';

export function documentSymbols(doc: ConfigDocument): DocumentSymbol[] {
  const format = doc.format;
  const parents: ConfigNode[] = [];
  const build = (nodes: readonly ConfigNode[]): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    for (const node of nodes) {
      const info = format.symbol(node, parents);
      if (!info) continue;
      let children: DocumentSymbol[] = [];
      if (node.children.length) {
        parents.push(node);
        children = build(node.children);
        parents.pop();
      }
      const range = node.range;
      out.push({
        name: info.name || '(unnamed)',
        detail: info.detail,
        kind: info.kind,
        range,
        selectionRange: clamp(headerRange(node), range),
        children,
      });
    }
    return out;
  };
  return build(doc.model.nodes);
}

/** The keyword and its first argument: what a click on an outline entry selects. */
function headerRange(node: ConfigNode): Range {
  const end = node.args.length ? node.args[0].range.end : node.keywordRange.end;
  return { start: node.keywordRange.start, end };
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function clamp(r: Range, outer: Range): Range {
  const start = before(r.start, outer.start) ? outer.start : r.start;
  const end = before(outer.end, r.end) ? outer.end : r.end;
  return before(end, start) ? { start, end: start } : { start, end };
}
