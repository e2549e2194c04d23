/**
 * Syntax diagnostics, from the ERROR and MISSING nodes of the tree, in the user's terms: which block is never
 * closed, which statement lacks its ';', what was not expected where. Only subtrees that contain an error are
 * visited, so a clean file costs nothing.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Node as TSNode } from 'web-tree-sitter';
import type { CachedCheck, ConfigDocument } from '../document';
import type { SyntaxMessage, SyntaxProblem } from '../format';
import { NodeSlot, NONE, nodeLabel, type ConfigNode } from '../model';
import { toPosition } from '../treeMap';

/** At most this many syntax diagnostics per file: past the first few, more say nothing new. */
export const MAX_SYNTAX_DIAGNOSTICS = 100;

export function syntaxDiagnostics(doc: ConfigDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (doc.guard) return [doc.guard];
  if (!doc.parsed) return out;
  const problems: SyntaxProblem[] = [];
  const visit = (node: TSNode): void => {
    if (problems.length >= MAX_SYNTAX_DIAGNOSTICS) return;
    if (node.isMissing) {
      problems.push({ what: 'missing', node, text: doc.text, enclosing: enclosingAt(doc.model.nodes, node.startIndex) });
      return;
    }
    if (node.type === 'ERROR') {
      problems.push({ what: 'error', node, text: doc.text, enclosing: enclosingAt(doc.model.nodes, node.startIndex) });
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) visit(child);
  };
  // A tree still to be made has no error (its text read cleanly): only one with an error is visited.
  if (doc.treeHasError) visit(doc.tree!.rootNode);
  for (const p of problems) {
    const custom = doc.format.syntaxMessage?.(p);
    const { message, code, severity } = custom ?? genericMessage(p);
    out.push({
      range: problemRange(doc, p, code),
      severity: severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      source: 'haconf',
      code,
      message,
    });
  }
  const structural = doc.format.structuralDiagnostics;
  if (structural) out.push(...structural.call(doc.format, doc.model, doc.source));
  if (doc.format.nodeDiagnostics) out.push(...ownDiagnostics(doc));
  return dedupe(out);
}

/** Each top-level node's own problems (FormatDefinition.nodeDiagnostics), kept while the node is the same object. */
const ownCache = new NodeSlot<CachedCheck['diagnostics']>();

function ownDiagnostics(doc: ConfigDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const positionAt = (offset: number) => doc.textDocument.positionAt(offset);
  const nodes = doc.model.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    let cached = ownCache.get(node);
    if (!cached) ownCache.set(node, (cached = anchored(doc, node, doc.format.nodeDiagnostics!(node, doc.source, positionAt))));
    for (let j = 0; j < cached.length; j++) out.push(placedAt(cached[j].diagnostic, node.anchor.range(cached[j].s, cached[j].e)));
  }
  return out;
}

/** Diagnostics kept relative to their top-level node, so that they move with it when an edit shifts it. */
export function anchored(doc: ConfigDocument, node: ConfigNode, list: Diagnostic[]): CachedCheck['diagnostics'] {
  // Most nodes have none: one shared empty list for them (it is kept per top-level node).
  if (!list.length) return NONE as never;
  const base = node.anchor.offset;
  return list.map((d) => ({
    diagnostic: withoutRange(d),
    s: doc.textDocument.offsetAt(d.range.start) - base,
    e: doc.textDocument.offsetAt(d.range.end) - base,
  }));
}

// A kept diagnostic and the diagnostic placed from it are made field by field, in one order: an object rest or spread
// gave each of them a hidden class of its own (0.2 MB for the 800 kept diagnostics of the 24,000-line HAProxy file).

/** A diagnostic without its range (which anchored() keeps as offsets instead). */
function withoutRange(d: Diagnostic): Omit<Diagnostic, 'range'> {
  const out: Omit<Diagnostic, 'range'> = { severity: d.severity, source: d.source, code: d.code, message: d.message };
  if (d.codeDescription !== undefined) out.codeDescription = d.codeDescription;
  if (d.tags !== undefined) out.tags = d.tags;
  if (d.relatedInformation !== undefined) out.relatedInformation = d.relatedInformation;
  if (d.data !== undefined) out.data = d.data;
  return out;
}

/** A kept diagnostic at `range`. */
export function placedAt(d: Omit<Diagnostic, 'range'>, range: Range): Diagnostic {
  const out: Diagnostic = { range, severity: d.severity, source: d.source, code: d.code, message: d.message };
  if (d.codeDescription !== undefined) out.codeDescription = d.codeDescription;
  if (d.tags !== undefined) out.tags = d.tags;
  if (d.relatedInformation !== undefined) out.relatedInformation = d.relatedInformation;
  if (d.data !== undefined) out.data = d.data;
  return out;
}

/** The model nodes that contain an offset, outermost first. */
export function enclosingAt(nodes: readonly ConfigNode[], offset: number): ConfigNode[] {
  const out: ConfigNode[] = [];
  let level: readonly ConfigNode[] = nodes;
  for (;;) {
    const hit = findContaining(level, offset);
    if (!hit) return out;
    out.push(hit);
    level = hit.children;
  }
}

function findContaining(nodes: readonly ConfigNode[], offset: number): ConfigNode | undefined {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = nodes[mid];
    if (offset < n.startIndex) hi = mid - 1;
    else if (offset > n.endIndex) lo = mid + 1;
    else return n;
  }
  return undefined;
}

/** The text a problem covers, first line only, shortened. */
export function snippet(p: SyntaxProblem, max = 40): string {
  const raw = p.text.slice(p.node.startIndex, p.node.endIndex).trim().split(/\r?\n/)[0].trim();
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}

function where(enclosing: readonly ConfigNode[]): string {
  const inner = [...enclosing].reverse().find((n) => n.kind !== 'directive');
  return inner ? ` in '${nodeLabel(inner)}'` : '';
}

export function genericMessage(p: SyntaxProblem): SyntaxMessage {
  if (p.what === 'missing') {
    const token = p.node.type;
    if (token === '}') {
      const open = unclosedBlock(p.enclosing);
      if (open) {
        return {
          code: 'syntax.unclosed-block',
          message: `block '${nodeLabel(open)}' opened on line ${open.range.start.line + 1} is never closed`,
        };
      }
      return { code: 'syntax.unclosed-block', message: "missing '}': a block is never closed" };
    }
    if (token === ';') {
      const prev = previousStatement(p);
      return {
        code: 'syntax.missing-semicolon',
        message: prev ? `missing ';' after '${prev}'` : "missing ';' at the end of the statement",
      };
    }
    if (token === ']') return { code: 'syntax.unclosed-bracket', message: "missing ']' to close the section name" };
    if (token === '"' || token === "'") return { code: 'syntax.unterminated-string', message: `unterminated quoted string: missing closing ${token}` };
    const named = p.node.type.replace(/_/g, ' ');
    return { code: 'syntax.missing', message: `missing ${/^[a-z ]+$/.test(named) ? named : `'${named}'`}${where(p.enclosing)}` };
  }
  const text = snippet(p);
  if (text.startsWith('}')) {
    return { code: 'syntax.unmatched-brace', message: "unexpected '}': no block is open here" };
  }
  if (/^[^"]*"[^"]*$/.test(text) || /^[^']*'[^']*$/.test(text)) {
    return { code: 'syntax.unterminated-string', message: `unterminated quoted string in '${text}'` };
  }
  if (!text) return { code: 'syntax.unexpected', message: `unexpected input${where(p.enclosing)}` };
  return { code: 'syntax.unexpected', message: `unexpected '${text}'${where(p.enclosing)}` };
}

/**
 * The block that lacks its '}'. The parser can only tell that the outermost open block ran to the end of the file;
 * when a block inside it was closed by a '}' indented less than the block's own keyword, that '}' most likely
 * belonged to the outer block, and the inner block is the one whose '}' went missing.
 */
export function unclosedBlock(enclosing: readonly ConfigNode[]): ConfigNode | undefined {
  const open = [...enclosing].reverse().find((n) => n.kind === 'block' && !n.close);
  if (!open) return undefined;
  let suspect: ConfigNode | undefined;
  const search = (nodes: readonly ConfigNode[]): void => {
    for (const n of nodes) {
      if (suspect) return;
      if (n.kind !== 'block') continue;
      if (n.close && n.close.start.line > n.keywordRange.start.line && n.close.start.character < n.keywordRange.start.character) {
        suspect = n;
        return;
      }
      search(n.children);
    }
  };
  search(open.children);
  return suspect ?? open;
}

/** The statement just before a MISSING token, as written (first line, shortened). */
function previousStatement(p: SyntaxProblem): string | undefined {
  // Walk the parent's children by index: web-tree-sitter's previousSibling goes round in a circle between two
  // zero-width MISSING nodes at the same offset (e.g. a MISSING ";" and a MISSING "}" at the end of the file).
  const siblings = p.node.parent?.children ?? [];
  let i = siblings.findIndex((c) => c?.id === p.node.id);
  let prev = i > 0 ? siblings[i - 1] : null;
  while (prev && (prev.type === 'comment' || !prev.text.trim())) prev = --i > 0 ? siblings[i - 1] : null;
  if (!prev) prev = p.node.parent;
  if (!prev) return undefined;
  const text = p.text.slice(prev.startIndex, prev.endIndex).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function problemRange(doc: ConfigDocument, p: SyntaxProblem, code: string): Range {
  if (code === 'syntax.unclosed-block') {
    const open = unclosedBlock(p.enclosing);
    if (open) return { start: open.keywordRange.start, end: (open.open ?? open.keywordRange).end };
  }
  const start = toPosition(p.node.startPosition);
  let end = toPosition(p.node.endPosition);
  if (end.line > start.line) {
    // Report a multi-line ERROR on its first line only.
    const lineEnd = doc.text.indexOf('\n', p.node.startIndex);
    end = doc.textDocument.positionAt(lineEnd < 0 ? doc.text.length : lineEnd);
  }
  if (p.what === 'missing' && start.line === end.line && start.character === end.character) {
    // A zero-width MISSING token: underline the character before it so the squiggle is visible.
    const at = doc.textDocument.offsetAt(start);
    if (at > 0) return { start: doc.textDocument.positionAt(at - 1), end };
  }
  return { start, end };
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.range.start.line}:${d.range.start.character}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
