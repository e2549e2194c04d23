/**
 * The haconf language service: pure functions from a parsed document (text, tree, model, format) to LSP types.
 * No connection, no editor: the LSP server and the CLI are thin adapters over this module.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ConfigDocument, DEFAULT_LIMITS, type DocumentLimits } from './document';
import { schemaDiagnostics, type SchemaCheckOptions } from './features/schemaDiagnostics';
import { syntaxDiagnostics } from './features/syntax';
import { checkModelValues } from './values/check';
import type { FormatDefinition } from './format';
import type { FormatRegistry } from './registry';

export { ConfigDocument, DEFAULT_LIMITS, type DocumentLimits } from './document';
export { completion } from './features/completion';
export { documentSymbols } from './features/symbols';
export { foldingRanges } from './features/folding';
export { hover } from './features/hover';
export { selectionRanges } from './features/selection';
export { syntaxDiagnostics } from './features/syntax';
export { schemaDiagnostics, type SchemaCheckOptions, type SchemaDiagnosticData } from './features/schemaDiagnostics';
export { codeActions } from './features/codeActions';
export type { FormatDefinition } from './format';
export { FormatRegistry } from './registry';

/** What `diagnose()` checks against. */
export type DiagnoseOptions = SchemaCheckOptions;

/** Every diagnostic haconf has for a document, in document order. `versions` selects the tool versions checked
 * against, by format id (`{ haproxy: '2.6', keepalived: '2.2.7' }`; default: the newest the schema describes). */
export function diagnose(doc: ConfigDocument, opts: DiagnoseOptions = {}): Diagnostic[] {
  const syntax = syntaxDiagnostics(doc);
  const syntaxErrors = syntax.some((d) => d.severity === DiagnosticSeverity.Error);
  const values = doc.guard ? [] : checkModelValues(doc.model.nodes, doc.format);
  // With a syntax error, which block a line belongs to is a guess: value problems are then only warnings.
  if (syntaxErrors) for (const d of values) d.severity = DiagnosticSeverity.Warning;
  return [...syntax, ...schemaDiagnostics(doc, { ...opts, syntaxErrors }), ...values].sort(
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
