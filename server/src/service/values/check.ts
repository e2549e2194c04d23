/**
 * Value checks: a directive's arguments against its keyword's typed spec (values/specs.ts and the per-format
 * tables), as diagnostics at the offending argument with code `value.<kind>` (errors, or warnings for a format whose
 * tool accepts bad values: `check.values.severity`).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FormatDefinition } from '../format';
import { NONE, type ConfigNode } from '../model';
import { valueContextOf } from '../contexts';
import { checkArgs, skipValue, validate, type KeywordSpec } from './specs';

/** The argument values of the node being checked: one list per argument count, refilled for each node (a line's
 * values are needed only while it is checked; no spec keeps them). */
const scratch: string[][] = [];

/** The spec of `keyword` in schema context `contextPath` of a format (its `check.values`), or undefined. */
export function specFor(format: FormatDefinition, contextPath: string, keyword: string): KeywordSpec | undefined {
  const values = format.check?.values;
  if (!values) return undefined;
  // Specs depend only on the schema, the context and the keyword: each is worked out once.
  let byFormat = specCache.get(format);
  if (!byFormat) specCache.set(format, (byFormat = new Map()));
  let byContext = byFormat.get(contextPath);
  if (!byContext) byFormat.set(contextPath, (byContext = new Map()));
  if (byContext.has(keyword)) return byContext.get(keyword);
  const spec = values.spec(format.schema, contextPath, keyword);
  byContext.set(keyword, spec);
  return spec;
}

/** format -> context -> keyword -> spec. */
const specCache = new WeakMap<FormatDefinition, Map<string, Map<string, KeywordSpec | undefined>>>();

/**
 * The value problems of one directive (or block header) `node` of format `formatId`, found in schema context
 * `contextPath` (the enclosing sections' and blocks' keywords joined by '/', '(top)' at the top level; HAProxy: the
 * section keyword; Ceph: ignored, any option is valid anywhere).
 */
export function checkValues(node: ConfigNode, format: FormatDefinition, contextPath: string): readonly Diagnostic[] {
  if (node.kind === 'section' && !format.check?.values?.sections) return NONE;
  const spec = specFor(format, contextPath, node.keyword);
  if (!spec) return NONE;
  let out: Diagnostic[] | undefined;
  const severity = format.check?.values?.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
  if (spec.keywordValue && !skipValue(node.keyword)) {
    const bad = validate(spec.keywordValue, node.keyword, spec.what ?? node.keyword);
    if (bad) (out ??= []).push(valueDiagnostic(node.keywordRange, severity, bad.code, bad.message));
  }
  // Values straight from the text, in a list reused from node to node (no spec keeps it); Arg objects (for their
  // ranges) only when there is a problem to report.
  const n = node.argCount;
  const values = (scratch[n] ??= new Array<string>(n).fill(''));
  for (let i = 0; i < n; i++) values[i] = node.argValue(i);
  const problems = checkArgs(spec, values, node.keyword);
  // Not kept: a value may be a slice that holds the whole text alive.
  values.fill('');
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    const range = p.arg >= 0 && p.arg < n ? node.argRange(p.arg) : node.keywordRange;
    (out ??= []).push(valueDiagnostic(range, p.severity === 'warning' ? DiagnosticSeverity.Warning : severity, p.code, p.message));
  }
  // Most directives have nothing to report: no list of their own for them (21,000 of them on a large file).
  return out ?? NONE;
}

function valueDiagnostic(range: Diagnostic['range'], severity: DiagnosticSeverity, code: string, message: string): Diagnostic {
  return { range, severity, source: 'haconf', code: `value.${code}`, message };
}

/** Every value problem of a model (a walk calling checkValues on each node). */
export function checkModelValues(nodes: readonly ConfigNode[], format: FormatDefinition): Diagnostic[] {
  const out: Diagnostic[] = [];
  walkValues(nodes, [], format, out);
  return out;
}

function walkValues(list: readonly ConfigNode[], parents: ConfigNode[], format: FormatDefinition, out: Diagnostic[]): void {
  const types = format.check?.types;
  const skip = format.check?.skip;
  // Siblings share their parents, hence their context: worked out once per list, when needed.
  let context: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    // The node types and nodes the schema check leaves alone (keepalived `$NAME=` and `~SEQ` lines) have no typed
    // values either.
    if (skip?.(n, parents)) continue;
    if (!types || types.includes(n.type)) {
      const found = checkValues(n, format, (context ??= valueContextOf(format, parents)));
      for (let j = 0; j < found.length; j++) out.push(found[j]);
    }
    if (n.children.length) {
      parents.push(n);
      walkValues(n.children, parents, format, out);
      parents.pop();
    }
  }
}
