/**
 * Value checks: a directive's arguments against its keyword's typed spec (values/specs.ts and the per-format
 * tables), as error diagnostics at the offending argument with code `value.<kind>`.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ConfigNode } from '../model';
import { loadSchema } from '../schema';
import { cephSpec } from './ceph';
import { corosyncSpec } from './corosync';
import { drbdSpec } from './drbd';
import { haproxySpec } from './haproxy';
import { keepalivedSpec } from './keepalived';
import { checkArgs, skipValue, validate, type KeywordSpec } from './specs';

/** The spec of `keyword` in schema context `contextPath` of a format, or undefined when nothing is checked. */
export function specFor(formatId: string, contextPath: string, keyword: string): KeywordSpec | undefined {
  switch (formatId) {
    case 'keepalived':
      return keepalivedSpec(loadSchema(formatId), contextPath, keyword);
    case 'corosync':
      return corosyncSpec(loadSchema(formatId), contextPath, keyword);
    case 'drbd':
      return drbdSpec(loadSchema(formatId), contextPath, keyword);
    case 'ceph':
      return cephSpec(loadSchema(formatId), keyword);
    case 'haproxy':
      return haproxySpec(loadSchema(formatId), contextPath, keyword);
  }
  return undefined;
}

/**
 * The value problems of one directive (or block header) `node` of format `formatId`, found in schema context
 * `contextPath` (the enclosing sections' and blocks' keywords joined by '/', '(top)' at the top level; HAProxy: the
 * section keyword; Ceph: ignored, any option is valid anywhere).
 */
export function checkValues(node: ConfigNode, formatId: string, contextPath: string): Diagnostic[] {
  if (node.kind === 'section' && formatId !== 'keepalived') return [];
  const spec = specFor(formatId, contextPath, node.keyword);
  if (!spec) return [];
  const out: Diagnostic[] = [];
  const diag = (range: Diagnostic['range'], code: string, message: string): Diagnostic => ({
    range,
    severity: DiagnosticSeverity.Error,
    source: 'haconf',
    code: `value.${code}`,
    message,
  });
  if (spec.keywordValue && !skipValue(node.keyword)) {
    const bad = validate(spec.keywordValue, node.keyword, spec.what ?? node.keyword);
    if (bad) out.push(diag(node.keywordRange, bad.code, bad.message));
  }
  const args = node.args;
  for (const p of checkArgs(spec, args.map((a) => a.value), node.keyword)) {
    const range = p.arg >= 0 && p.arg < args.length ? args[p.arg].range : node.keywordRange;
    out.push(diag(range, p.code, p.message));
  }
  return out;
}

/**
 * The context path checkValues expects for a node with enclosing nodes `parents` (outermost first): HAProxy the
 * section keyword, Ceph '' (any option anywhere), the others the keywords joined by '/' or '(top)'.
 */
export function valueContext(formatId: string, parents: readonly ConfigNode[]): string {
  if (formatId === 'ceph') return '';
  if (formatId === 'haproxy') return parents.find((p) => p.kind === 'section')?.keyword ?? '(top)';
  const blocks = parents.filter((p) => p.kind !== 'directive');
  return blocks.length ? blocks.map((p) => p.keyword).join('/') : '(top)';
}

/** Every value problem of a model (a walk calling checkValues on each node). */
export function checkModelValues(nodes: readonly ConfigNode[], formatId: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (list: readonly ConfigNode[], parents: ConfigNode[]): void => {
    for (const n of list) {
      out.push(...checkValues(n, formatId, valueContext(formatId, parents)));
      if (n.children.length) {
        parents.push(n);
        walk(n.children, parents);
        parents.pop();
      }
    }
  };
  walk(nodes, []);
  return out;
}
