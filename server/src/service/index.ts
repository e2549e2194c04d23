/**
 * The haconf language service: pure functions from a parsed document (text, tree, model, format) to LSP types.
 * No connection, no editor: the LSP server and the CLI are thin adapters over this module.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ConfigDocument, DEFAULT_LIMITS, type DocumentLimits } from './document';
import type { ConfigNode } from './model';
import { conditionalDepths, MAX_SCHEMA_DIAGNOSTICS, schemaChecker, type SchemaCheckOptions } from './features/schemaDiagnostics';
import { anchored, syntaxDiagnostics } from './features/syntax';
import { semanticDiagnostics, type WorkspaceView } from './features/semantic';
import { unsuppressed } from './features/suppress';
import { nameRules } from './features/nameChecks';
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
export { semanticDiagnostics, type SemanticRule, type SemanticContext, type Finding, type WorkspaceView } from './features/semantic';
export { suppressions, unsuppressed, suppressionEdit } from './features/suppress';
export { formatEdits, formatText, formatRefusal, indentUnit, type FormatOptions, type FormatResult } from './features/formatting';
export { definition } from './features/definition';
export { references } from './features/references';
export { prepareRename, rename } from './features/rename';
export { documentHighlights } from './features/highlights';
export { workspaceSymbols } from './features/workspaceSymbols';
export { referenceHover } from './features/referenceHover';
export { nameRules } from './features/nameChecks';
export { namesOf, plainNames, type FileNames, type NavWorkspace } from './names';
export { WorkspaceIndex, type FileSource } from './workspace';
export type { FormatDefinition } from './format';
export { FormatRegistry } from './registry';

/** What `diagnose()` checks against. */
export interface DiagnoseOptions extends SchemaCheckOptions {
  /** The other files of the document's configuration set, for the semantic checks. */
  workspace?: WorkspaceView;
}

/** Every diagnostic haconf has for a document, in document order. `versions` selects the tool versions checked
 * against, by format id (`{ haproxy: '2.6', keepalived: '2.2.7' }`; default: the newest the schema describes). */
export function diagnose(doc: ConfigDocument, opts: DiagnoseOptions = {}): Diagnostic[] {
  const syntax = syntaxDiagnostics(doc);
  const syntaxErrors = syntax.some((d) => d.severity === DiagnosticSeverity.Error);
  const checks: Diagnostic[] = [];
  if (!doc.guard && doc.tree) {
    const depths = conditionalDepths(doc);
    const versions = opts.versions ? JSON.stringify(opts.versions) : '';
    const { workspace: _ignored, ...schemaOpts } = opts;
    let check: ((nodes: readonly ConfigNode[], guardedAt: number) => Diagnostic[]) | undefined;
    // The cache key per `.if` depth, made once per check rather than once per node.
    const keys: string[] = [];
    for (const node of doc.model.nodes) {
      const depth = depths?.get(node) ?? 0;
      const key = (keys[depth] ??= `${versions}|${syntaxErrors}|${depth}`);
      let cached = doc.checkCache.get(node);
      if (!cached || cached.key !== key) {
        check ??= schemaChecker(doc, { ...schemaOpts, syntaxErrors });
        cached = { key, diagnostics: anchored(doc, node, nodeChecks(doc, node, check, depth, syntaxErrors)) };
        doc.checkCache.set(node, cached);
      }
      for (const c of cached.diagnostics) checks.push({ ...c.diagnostic, range: node.anchor.range(c.s, c.e) });
    }
  }
  const semantic = semanticDiagnostics(doc, {
    workspace: opts.workspace,
    version: opts.versions?.[doc.format.id],
    rules: nameRules(doc.format),
  });
  // With a syntax error the structure is a guess: what the semantic checks find is then at most a warning.
  if (syntaxErrors) for (const d of semantic) if (d.severity === DiagnosticSeverity.Error) d.severity = DiagnosticSeverity.Warning;
  return unsuppressed(doc, [...syntax, ...checks.slice(0, MAX_SCHEMA_DIAGNOSTICS), ...semantic]).sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** The schema and value diagnostics of one top-level node. */
function nodeChecks(
  doc: ConfigDocument,
  node: ConfigNode,
  check: (nodes: readonly ConfigNode[], guardedAt: number) => Diagnostic[],
  depth: number,
  syntaxErrors: boolean,
): Diagnostic[] {
  const values = checkModelValues([node], doc.format);
  // With a syntax error, which block a line belongs to is a guess: value problems are then only warnings.
  if (syntaxErrors) for (const d of values) d.severity = DiagnosticSeverity.Warning;
  return [...check([node], depth), ...values];
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
