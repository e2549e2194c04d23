/**
 * The undefined and unused checks, built from a format's name spec: `<format>.undefined-<kind>` for a reference no
 * definition answers (in the file or, through the workspace view, in the other files of its configuration set), and
 * `<format>.unused-<kind>` for a definition nothing references (a hint, shown faded). diagnose() runs them for every
 * format with `names`; nothing here asks which format a document is.
 */
import type { FormatDefinition, NameKindSpec } from '../format';
import { documentNames, type DocumentNames } from '../names';
import type { Finding, SemanticContext, SemanticRule, WorkspaceView } from './semantic';
import { locRange } from '../names';

const cache = new WeakMap<FormatDefinition, SemanticRule[]>();

/** The name checks of a format (made once per format). */
export function nameRules(format: FormatDefinition): readonly SemanticRule[] {
  const spec = format.names;
  if (!spec) return [];
  let rules = cache.get(format);
  if (rules) return rules;
  rules = [];
  for (const [kind, info] of Object.entries(spec.kinds)) {
    if (info.undefinedSeverity) rules.push(undefinedRule(format, kind, info));
    if (info.unused) rules.push(unusedRule(format, kind, info));
  }
  cache.set(format, rules);
  return rules;
}

/** The names of the workspace's other files of a kind, once per check. */
function workspaceNames(ws: WorkspaceView | undefined, kind: string, memo: Map<string, Set<string>>): Set<string> | undefined {
  if (!ws?.shared) return undefined;
  let set = memo.get(kind);
  if (!set) memo.set(kind, (set = new Set(ws.definitions(kind).map((d) => d.name))));
  return set;
}

function namesFor(format: FormatDefinition, ctx: SemanticContext): DocumentNames | undefined {
  return documentNames(format, ctx.model);
}

function undefinedRule(format: FormatDefinition, kind: string, info: NameKindSpec): SemanticRule {
  return {
    code: `${format.id}.undefined-${kind}`,
    severity: info.undefinedSeverity!,
    description: `A reference to a ${info.label} that is defined nowhere in the configuration.`,
    check(ctx) {
      const names = namesFor(format, ctx);
      if (!names) return [];
      const uncertain = format.names!.uncertain?.(ctx.model) ?? false;
      const memo = new Map<string, Set<string>>();
      const out: Finding[] = [];
      for (const ref of names.refs) {
        if (ref.kinds[0] !== kind) continue;
        if (info.builtins?.has(ref.name)) continue;
        if (names.resolve(ref).length) continue;
        if (!info.scoped && ref.kinds.some((k) => workspaceNames(ctx.workspace, k, memo)?.has(ref.name))) continue;
        const where = info.scoped ? ` in this ${ref.scope?.keyword ?? 'section'}` : ctx.workspace?.shared ? ' in this configuration' : '';
        out.push({
          node: ref.node,
          range: locRange(ref.loc),
          message: `No ${info.label} named '${ref.name}' is defined${where}.`,
          severity: ref.soft || uncertain ? 'warning' : undefined,
          data: { kind, name: ref.name },
        });
      }
      return out;
    },
  };
}

function unusedRule(format: FormatDefinition, kind: string, info: NameKindSpec): SemanticRule {
  return {
    code: `${format.id}.unused-${kind}`,
    severity: 'hint',
    description: `A ${info.label} that nothing in the configuration refers to.`,
    check(ctx) {
      const names = namesFor(format, ctx);
      if (!names || names.dynamic.has(kind)) return [];
      // A configuration that refers to no object of the kind at all is probably used from elsewhere (a file of
      // backends whose frontends live in another configuration): only report within one that does refer to some.
      if (!names.refs.some((r) => r.kinds.includes(kind)) && !ctx.workspace?.referencesKind?.(kind)) return [];
      const out: Finding[] = [];
      for (const def of names.defs) {
        if (def.kind !== kind || def.keep || def.inherited) continue;
        if (names.usesOf(def).length) continue;
        if (!info.scoped && ctx.workspace?.shared && ctx.workspace.referenceCount(kind, def.name) > 0) continue;
        out.push({
          node: def.node,
          range: locRange(def.loc),
          message: `The ${info.label} '${def.name}' is never used.`,
          unnecessary: true,
          data: { kind, name: def.name },
        });
      }
      return out;
    },
  };
}
