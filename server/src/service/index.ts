/**
 * The haconf language service: pure functions from a parsed document (text, tree, model, format) to LSP types.
 * No connection, no editor: the LSP server and the CLI are thin adapters over this module.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { ConfigDocument, DEFAULT_LIMITS, type DocumentLimits } from './document';
import { syntaxDiagnostics } from './features/syntax';
import type { FormatDefinition } from './format';
import type { FormatRegistry } from './registry';

export { ConfigDocument, DEFAULT_LIMITS, type DocumentLimits } from './document';
export { completion } from './features/completion';
export { documentSymbols } from './features/symbols';
export { foldingRanges } from './features/folding';
export { hover } from './features/hover';
export { selectionRanges } from './features/selection';
export { syntaxDiagnostics } from './features/syntax';
export type { FormatDefinition } from './format';
export { FormatRegistry } from './registry';

/** Every diagnostic haconf has for a document, in document order. */
export function diagnose(doc: ConfigDocument): Diagnostic[] {
  return syntaxDiagnostics(doc).sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** Parses a text as the format its path or content shows (or `formatId`); undefined when no format fits. */
export async function openDocument(
  registry: FormatRegistry<FormatDefinition>,
  uri: string,
  text: string,
  opts: { formatId?: string; version?: number; limits?: DocumentLimits } = {},
): Promise<ConfigDocument | undefined> {
  const format = opts.formatId ? registry.get(opts.formatId) : registry.detect(uri, text);
  if (!format) return undefined;
  return ConfigDocument.create(format, uri, text, opts.version ?? 0, opts.limits ?? DEFAULT_LIMITS);
}
