/**
 * The undefined and unused checks, built from a format's name spec: `<format>.undefined-<kind>` for a reference no
 * definition answers (in the file or, through the workspace view, in the other files of its configuration set), and
 * `<format>.unused-<kind>` for a definition nothing references (a hint, shown faded). diagnose() runs them for every
 * format with `names`; nothing here asks which format a document is.
 */
import type { FormatDefinition, NameKindSpec } from '../format';
import type { Range } from 'vscode-languageserver-types';
import { documentNames, locRange, signature, type DocumentNames, type NameDefinition, type NameReference } from '../names';
import type { Finding, SemanticContext, SemanticRule, WorkspaceView } from './semantic';

const cache = new WeakMap<FormatDefinition, SemanticRule[]>();

/** The code of a name check, `<format>.undefined-<kind>` or `<format>.unused-<kind>`: one string per check, made once
 * (each finding carries it). */
const codes = new WeakMap<FormatDefinition, Record<'undefined' | 'unused', Map<string, string>>>();
function nameCode(format: FormatDefinition, what: 'undefined' | 'unused', kind: string): string {
  let byFormat = codes.get(format);
  if (!byFormat) codes.set(format, (byFormat = { undefined: new Map(), unused: new Map() }));
  const byKind = byFormat[what];
  let code = byKind.get(kind);
  if (code === undefined) byKind.set(kind, (code = `${format.id}.${what}-${kind}`));
  return code;
}

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

/**
 * One finding, kept by position in the document's list of named nodes so that it outlives the node objects. Its
 * message and data are made when a diagnostic is (a large file can hold thousands of findings, and a diagnostic is
 * published for the first 500).
 */
interface Item {
  code: string;
  /** Index into DocumentNames.tops, and into that node's defs (def) or refs. */
  t: number;
  def: boolean;
  i: number;
  /** What the kind is called in messages (`backend`, `ACL`). */
  label: string;
  /** An undefined reference: where it was looked for (`' in this frontend'`, `' in this configuration'` or ''). */
  where: string;
  severity?: Finding['severity'];
}

interface Analysis {
  names: DocumentNames;
  view: WorkspaceView | undefined;
  items: Item[];
  /** The finding made for each item (made again only for the items of a top-level node an edit replaced). */
  made?: Finding[];
  byCode?: Map<string, Finding[]>;
}

/** A finding whose range, message and data are worked out when they are read (the range from where its node stands
 * then). */
class NameFinding implements Finding {
  unnecessary?: boolean;
  readonly node: Finding['node'];
  constructor(
    private readonly at: NameDefinition | NameReference,
    private readonly item: Item,
  ) {
    this.node = at.node;
    if (item.def) this.unnecessary = true;
  }
  get severity(): Finding['severity'] {
    return this.item.severity;
  }
  get range(): Range {
    return locRange(this.at);
  }
  get message(): string {
    const { label, where } = this.item;
    return this.item.def ? `The ${label} '${this.at.name}' is never used.` : `No ${label} named '${this.at.name}' is defined${where}.`;
  }
  get data(): Record<string, unknown> {
    const at = this.at;
    return { kind: 'kind' in at ? at.kind : at.kinds[0], name: at.name };
  }
}

/** The last analysis of each document, for as long as the document object lives (a closed document's model goes
 * with it; keyed by URI, the last 256 documents' models stayed in memory after they were closed). */
const lastByOwner = new WeakMap<object, Analysis>();

/** Whether two documents' named nodes give the checks the same facts (an edit that changed no name). */
function sameFacts(a: DocumentNames, b: DocumentNames): boolean {
  if (a.spec !== b.spec || a.tops.length !== b.tops.length) return false;
  for (let i = 0; i < a.tops.length; i++) if (a.tops[i] !== b.tops[i] && signature(a.tops[i]) !== signature(b.tops[i])) return false;
  return true;
}

/**
 * The findings of every name check of a document, by rule code: worked out in one pass for all kinds, and carried
 * over from the last check of the document when an edit changed no name (the common case while typing), so that an
 * edit costs a comparison of the named nodes, not a new resolution of every reference.
 */
function analyse(format: FormatDefinition, ctx: SemanticContext): Map<string, Finding[]> {
  const names = documentNames(format, ctx.model);
  if (!names) return new Map();
  let a = lastByOwner.get(ctx.owner);
  let before: Analysis | undefined;
  if (!a || a.view !== ctx.workspace || (a.names !== names && (ctx.workspace?.shared || !sameFacts(a.names, names)))) {
    a = { names, view: ctx.workspace, items: findings(format, names, ctx.workspace) };
    names.releaseIndexes();
  } else if (a.names !== names) {
    before = a;
    a = { names, view: ctx.workspace, items: a.items };
  }
  lastByOwner.set(ctx.owner, a);
  if (!a.byCode) {
    const byCode = new Map<string, Finding[]>();
    const made: Finding[] = [];
    const kept = before?.made;
    for (let k = 0; k < a.items.length; k++) {
      const it = a.items[k];
      const top = names.tops[it.t];
      let f: Finding;
      if (kept && before!.names.tops[it.t] === top) f = kept[k];
      else {
        f = new NameFinding(it.def ? top.defs[it.i] : top.refs[it.i], it);
      }
      made.push(f);
      const list = byCode.get(it.code);
      if (list) list.push(f);
      else byCode.set(it.code, [f]);
    }
    a.byCode = byCode;
    a.made = made;
  }
  return a.byCode;
}

function findings(format: FormatDefinition, names: DocumentNames, view: WorkspaceView | undefined): Item[] {
  const spec = format.names!;
  const ws = view?.shared ? view : undefined;
  const items: Item[] = [];
  const elsewhere = new Map<string, Set<string>>();
  const definedElsewhere = (kind: string, name: string): boolean => {
    if (!ws) return false;
    let set = elsewhere.get(kind);
    if (!set) elsewhere.set(kind, (set = new Set(ws.definitions(kind).map((d) => d.name))));
    return set.has(name);
  };
  for (let t = 0; t < names.tops.length; t++) {
    const top = names.tops[t];
    for (let i = 0; i < top.refs.length; i++) {
      const ref = top.refs[i];
      const kind = ref.kinds[0];
      const info = spec.kinds[kind];
      if (!info?.undefinedSeverity || info.builtins?.has(ref.name) || names.resolves(ref)) continue;
      if (!info.scoped && ref.kinds.some((k) => definedElsewhere(k, ref.name))) continue;
      const where = info.scoped ? scopeWhere(ref.scope?.keyword ?? 'section') : ws ? ' in this configuration' : '';
      items.push({ code: nameCode(format, 'undefined', kind), t, def: false, i, label: info.label, where, severity: ref.soft || names.uncertain ? 'warning' : undefined });
    }
    for (let i = 0; i < top.defs.length; i++) {
      const def = top.defs[i];
      const info = spec.kinds[def.kind];
      if (!info?.unused || def.keep || def.inherited || names.dynamic.has(def.kind) || names.isUsed(def)) continue;
      if (ws?.referencesKind?.(def.kind) && ws.referenceCount(def.kind, def.name) === Number.POSITIVE_INFINITY) continue;
      // A configuration that refers to no object of the kind at all is probably used from elsewhere (a file of
      // backends whose frontends live in another configuration): only report within one that does refer to some.
      if (!names.hasReferences(def.kind) && !ws?.referencesKind?.(def.kind)) continue;
      if (!info.scoped && ws && ws.referenceCount(def.kind, def.name) > 0) continue;
      items.push({ code: nameCode(format, 'unused', def.kind), t, def: true, i, label: info.label, where: '', severity: undefined });
    }
  }
  return items;
}

/** ` in this <section keyword>`, one string per keyword (each scoped finding holds it). */
const scopeWheres = new Map<string, string>();
function scopeWhere(keyword: string): string {
  let where = scopeWheres.get(keyword);
  if (where === undefined) {
    where = ` in this ${keyword}`;
    if (scopeWheres.size < 256) scopeWheres.set(keyword, where);
  }
  return where;
}

function undefinedRule(format: FormatDefinition, kind: string, info: NameKindSpec): SemanticRule {
  const code = nameCode(format, 'undefined', kind);
  return {
    code,
    severity: info.undefinedSeverity!,
    description: `A reference to a ${info.label} that is defined nowhere in the configuration.`,
    check: (ctx) => analyse(format, ctx).get(code) ?? [],
  };
}

function unusedRule(format: FormatDefinition, kind: string, info: NameKindSpec): SemanticRule {
  const code = nameCode(format, 'unused', kind);
  return {
    code,
    severity: 'hint',
    description: `A ${info.label} that nothing in the configuration refers to.`,
    check: (ctx) => analyse(format, ctx).get(code) ?? [],
  };
}
