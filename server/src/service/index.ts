/**
 * The haconf language service: pure functions from a parsed document (text, tree, model, format) to LSP types.
 * No connection, no editor: the LSP server and the CLI are thin adapters over this module.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ConfigDocument, DEFAULT_LIMITS, placementOf, samePlacement, type CachedCheck, type DocumentLimits } from './document';
import { NONE, type ConfigNode } from './model';
import { MAX_SCHEMA_DIAGNOSTICS, schemaChecker, type SchemaCheckOptions } from './features/schemaDiagnostics';
import { conditionalDepths } from './conditionals';
import { anchored, placedAt, syntaxDiagnostics } from './features/syntax';
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

/** The cache entry of a top-level node with no schema or value problem, one per key (frozen: shared by every such
 * node of every document). */
const cleanChecks = new Map<string, CachedCheck>();
function cleanCheck(key: string): CachedCheck {
  let entry = cleanChecks.get(key);
  if (!entry) {
    entry = Object.freeze({ key, diagnostics: NONE as never, schemaCount: 0 });
    if (cleanChecks.size < 64) cleanChecks.set(key, entry);
  }
  return entry;
}

/** Every diagnostic haconf has for a document, in document order. `versions` selects the tool versions checked
 * against, by format id (`{ haproxy: '2.6', keepalived: '2.2.7' }`; default: the newest the schema describes). */
export function diagnose(doc: ConfigDocument, opts: DiagnoseOptions = {}): Diagnostic[] {
  const syntax = syntaxDiagnostics(doc);
  const syntaxErrors = syntax.some((d) => d.severity === DiagnosticSeverity.Error);
  const checks: Diagnostic[] = [];
  if (doc.parsed) {
    const depths = conditionalDepths(doc);
    const versions = opts.versions ? JSON.stringify(opts.versions) : '';
    const { workspace: _ignored, ...schemaOpts } = opts;
    // With a syntax error, which block a line belongs to is a guess: what the checks find is then at most a warning
    // (the schema check's when the tree has an error, the value checks' when a syntax diagnostic is an error). The
    // cached results are made as for a file without syntax errors and downgraded here, so that an edit which adds
    // or removes a syntax error (typing `x` after `protocol C;`) does not make every node be checked again.
    const brokenTree = syntaxErrors || doc.treeHasError;
    let check: ((nodes: readonly ConfigNode[], guardedAt: number) => Diagnostic[]) | undefined;
    // The cache key per `.if` depth, made once per check rather than once per node.
    const keys: string[] = [];
    // The node being checked, as the one-node list the checks take (one list for the whole run).
    const one: ConfigNode[] = [];
    const nodes = doc.model.nodes;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n];
      const depth = depths?.get(node) ?? 0;
      const key = (keys[depth] ??= `${versions}|${depth}`);
      let cached = doc.checkCache.get(node);
      if (!cached || cached.key !== key) {
        check ??= schemaChecker(doc, schemaOpts, true);
        one[0] = node;
        const schema = check(one, depth);
        const values = checkModelValues(one, doc.format);
        // A node with nothing to report (most) shares one entry per key.
        cached =
          schema.length || values.length
            ? { key, diagnostics: anchored(doc, node, [...schema, ...values]), schemaCount: schema.length }
            : cleanCheck(key);
        doc.checkCache.set(node, cached);
      }
      if (!cached.diagnostics.length) continue;
      // The same objects as last time while the node stands where it stood (most nodes, on most keystrokes).
      const at = placementOf(doc, node);
      const last = cached.placed;
      if (last && samePlacement(last.at, at) && last.brokenTree === brokenTree && last.syntaxErrors === syntaxErrors) {
        for (let i = 0; i < last.list.length; i++) checks.push(last.list[i]);
        continue;
      }
      const list: Diagnostic[] = [];
      for (let i = 0; i < cached.diagnostics.length; i++) {
        const c = cached.diagnostics[i];
        const d = placedAt(c.diagnostic, node.anchor.range(c.s, c.e));
        if (d.severity === DiagnosticSeverity.Error && (i < cached.schemaCount ? brokenTree : syntaxErrors)) d.severity = DiagnosticSeverity.Warning;
        list.push(d);
        checks.push(d);
      }
      cached.placed = { at, brokenTree, syntaxErrors, list };
    }
  }
  const semantic = semanticDiagnostics(doc, {
    workspace: opts.workspace,
    version: opts.versions?.[doc.format.id],
    rules: nameRules(doc.format),
  });
  // With a syntax error the structure is a guess: what the semantic checks find is then at most a warning (a copy:
  // the diagnostics may be the ones kept from the last check).
  if (syntaxErrors) {
    for (let i = 0; i < semantic.length; i++) {
      if (semantic[i].severity === DiagnosticSeverity.Error) semantic[i] = { ...semantic[i], severity: DiagnosticSeverity.Warning };
    }
  }
  return unsuppressed(doc, [...syntax, ...checks.slice(0, MAX_SCHEMA_DIAGNOSTICS), ...semantic]).sort(
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
