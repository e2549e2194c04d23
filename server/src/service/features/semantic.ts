/**
 * Semantic checks: what a file that parses and whose keywords are all known can still get wrong, the mistakes that
 * bring a cluster down (two keepalived MASTERs, a dual-primary DRBD resource on an asynchronous protocol, a backend
 * that is used but never defined). Each format lists its rules in `FormatDefinition.semantic`; this module runs them
 * and turns their findings into diagnostics. Nothing here asks which format a document is.
 *
 * Rules see the whole document (and, through `workspace`, the other files of its configuration set), so they run
 * on every check. To stay cheap on a 24,000-line file a rule works out what it needs from each top-level node with
 * `ctx.memo`, which keeps the result for as long as the node is the same object: an edit re-maps only the top-level
 * nodes it touched, so the others keep their facts.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { conceptById } from '../../knowledge';
import { placementOf, samePlacement, type ConfigDocument, type Placement } from '../document';
import type { ConfigModel, ConfigNode } from '../model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A definition of a named object in another file of the configuration set. */
export interface WorkspaceDefinition {
  name: string;
  uri: string;
  range: Range;
}

/**
 * What a rule may know of the other files of the document's configuration set: the files it includes, the files
 * that include it, and (HAProxy) the other files of a configuration split across one directory. Kinds are the names
 * a format's name spec gives its objects (`backend`, `acl`, `vrrp_script`, `resource`).
 */
export interface WorkspaceView {
  /** The definitions of `kind` in the other files of the set. */
  definitions(kind: string): readonly WorkspaceDefinition[];
  /** How many references to `name` of `kind` the other files of the set hold. */
  referenceCount(kind: string, name: string): number;
  /** Whether this document shares its configuration with other files (an include, or an HAProxy directory). */
  readonly shared: boolean;
  /** Whether the other files of the set refer to any object of `kind` (when the view knows). */
  referencesKind?(kind: string): boolean;
}

/** What a rule found. Where it is: a node's keyword (default), one of its arguments, or a node's whole extent. */
export interface Finding {
  node: ConfigNode;
  /** The argument the finding is about (0-based, after the keyword), when the keyword is not the right place. */
  arg?: number;
  /** The whole node (a section from its header to its end) instead of its keyword. */
  whole?: boolean;
  /** Or an explicit range, when neither fits. */
  range?: Range;
  message: string;
  /** Overrides the rule's severity (e.g. a hint instead of a warning in some case). */
  severity?: Severity;
  /** Overrides the rule's concept. */
  concept?: string;
  /** Other places that explain the finding (the first definition of a duplicated name). */
  related?: { uri?: string; node?: ConfigNode; range?: Range; message: string }[];
  /** Data a quick fix can use. */
  data?: Record<string, unknown>;
  /** The finding marks something unused (shown faded). */
  unnecessary?: boolean;
}

export interface SemanticContext {
  readonly uri: string;
  /** What a document's results are kept under from one check to the next (the document object): they go with it. */
  readonly owner: object;
  readonly text: string;
  readonly model: ConfigModel;
  /** The other files of the configuration set, when the caller knows them (the LSP server's workspace index). */
  readonly workspace?: WorkspaceView;
  /** The tool version checked against, when the format has versions (`'2.6'`), else undefined. */
  readonly version?: string;
  /**
   * `fn(node)`, kept for as long as `node` is the same object. `key` names what is computed (rules that share a key
   * share the result). Meant for top-level nodes: an edit replaces the top-level nodes it touches, and only those.
   */
  memo<T>(key: string, node: ConfigNode, fn: (node: ConfigNode) => T): T;
}

export interface SemanticRule {
  /** A stable code, `<format>.<what>` (`keepalived.nopreempt-master`); users suppress it by this name. */
  code: string;
  severity: Severity;
  /** The course-notes concept (knowledge/concepts.ts id) that explains why it matters, when one applies. */
  concept?: string;
  /** One line on what the rule catches, for documentation. */
  description: string;
  check(ctx: SemanticContext): Finding[];
}

export interface SemanticOptions {
  workspace?: WorkspaceView;
  version?: string;
  /** Rules to run besides the format's own (the name checks built from its name spec). */
  rules?: readonly SemanticRule[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The memo tables, one per document: key -> node -> value. */
const memos = new WeakMap<ConfigDocument, Map<string, WeakMap<ConfigNode, unknown>>>();

/** At most this many semantic diagnostics per file. */
export const MAX_SEMANTIC_DIAGNOSTICS = 500;

/** The semantic diagnostics of a document, from its format's rules. A rule that throws is reported, not fatal. */
export function semanticDiagnostics(doc: ConfigDocument, opts: SemanticOptions = {}): Diagnostic[] {
  const own = doc.format.semantic ?? [];
  const rules = opts.rules?.length ? [...own, ...opts.rules] : own;
  if (!rules.length || !doc.parsed) return [];
  let table = memos.get(doc);
  if (!table) memos.set(doc, (table = new Map()));
  const tables = table;
  const ctx: SemanticContext = {
    uri: doc.uri,
    owner: doc,
    // Joined only for a rule that reads the whole text.
    get text() {
      return doc.text;
    },
    model: doc.model,
    workspace: opts.workspace,
    version: opts.version,
    memo<T>(key: string, node: ConfigNode, fn: (node: ConfigNode) => T): T {
      let m = tables.get(key);
      if (!m) tables.set(key, (m = new WeakMap()));
      const kept = m.get(node);
      if (kept !== undefined || m.has(node)) return kept as T;
      const v = fn(node);
      m.set(node, v);
      return v;
    },
  };
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    let findings: Finding[];
    try {
      findings = rule.check(ctx);
    } catch (e) {
      out.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: 'haconf',
        code: 'internal.rule-failed',
        message: `haconf's check '${rule.code}' failed on this file and was skipped: ${e instanceof Error ? e.message : String(e)}`,
      });
      continue;
    }
    for (const f of findings) {
      out.push(diagnosticOf(doc, rule, f));
      if (out.length >= MAX_SEMANTIC_DIAGNOSTICS) return out;
    }
  }
  return out;
}

/**
 * The diagnostics made for findings that rules keep from one check to the next (per section, or carried over by the
 * name checks), with where their nodes stood (the finding's and its related ones'): the same object is reported again
 * while they all stand there. Not for a finding with a range or a related place of its own (fixed positions).
 */
const made = new WeakMap<Finding, { rule: SemanticRule; at: Placement[]; diagnostic: Diagnostic }>();

function diagnosticOf(doc: ConfigDocument, rule: SemanticRule, f: Finding): Diagnostic {
  if (Object.prototype.hasOwnProperty.call(f, 'range') || f.related?.some((r) => !r.node || r.range || r.uri)) return toDiagnostic(doc, rule, f);
  const count = 1 + (f.related?.length ?? 0);
  const nodeAt = (i: number) => (i === 0 ? f.node : f.related![i - 1].node!);
  const last = made.get(f);
  if (last && last.rule === rule && last.at.length === count) {
    let same = true;
    for (let i = 0; i < count && same; i++) same = samePlacement(last.at[i], placementOf(doc, nodeAt(i)));
    if (same) return last.diagnostic;
  }
  const at: Placement[] = [];
  for (let i = 0; i < count; i++) at.push(placementOf(doc, nodeAt(i)));
  const diagnostic = toDiagnostic(doc, rule, f);
  made.set(f, { rule, at, diagnostic });
  return diagnostic;
}

function findingRange(f: Finding): Range {
  if (f.range) return f.range;
  if (f.arg !== undefined && f.arg >= 0 && f.arg < f.node.argCount) return f.node.argRange(f.arg);
  return f.whole ? f.node.range : f.node.keywordRange;
}

function toDiagnostic(doc: ConfigDocument, rule: SemanticRule, f: Finding): Diagnostic {
  const conceptId = f.concept ?? rule.concept;
  const concept = conceptId ? conceptById(conceptId) : undefined;
  const d: Diagnostic = {
    range: findingRange(f),
    severity: SEVERITY[f.severity ?? rule.severity],
    source: 'haconf',
    code: rule.code,
    message: concept ? `${f.message} (course notes: ${concept.title})` : f.message,
  };
  if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: { uri: r.uri ?? doc.uri, range: r.range ?? (r.node ? r.node.keywordRange : d.range) },
      message: r.message,
    }));
  }
  if (f.data || concept) d.data = { ...(f.data ?? {}), ...(concept ? { concept: concept.id } : {}) };
  return d;
}
