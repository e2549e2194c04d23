/**
 * Schema diagnostics: keywords the format's schema does not know where they are written. An unknown keyword (with
 * a did-you-mean), a keyword that belongs in another section or block, a deprecated keyword (with its replacement
 * when known), and a keyword the selected version of the tool does not have. Multi-word keywords (HAProxy `option
 * httplog`, `timeout connect`) are checked as a whole, and the action after `http-request` and its kin against the
 * action lists.
 *
 * Precision comes first: the severity follows what the real tool does (corosync and Ceph accept unknown keys, so they
 * are warnings there), and a context the schema does not describe (keepalived's address lists) is not checked.
 * Formats contribute their facts through `FormatDefinition.check`; nothing here asks which format a document is.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { keywordContext, keywordIndex, normalise } from '../contexts';
import type { ConfigDocument } from '../document';
import type { CheckSpec, CompletionContext, FormatDefinition } from '../format';
import { nodeLabel, walkModel, type ConfigNode } from '../model';
import type { KeywordInfo } from '../schema';

/** The options of `diagnose()` that the schema check reads. */
export interface SchemaCheckOptions {
  /** The tool version to check against, by format id (`{ haproxy: '2.6', keepalived: '2.2.7' }`); default: the
   * newest version the schema describes. */
  versions?: Readonly<Record<string, string | undefined>>;
  /** The file has syntax errors: which block a line is in is a guess, so what would be an error is a warning. */
  syntaxErrors?: boolean;
}

/** What a diagnostic of this module carries in `data`, for the quick fixes. */
export interface SchemaDiagnosticData {
  /** Keywords that may have been meant, best first (`schema.unknown-keyword`). */
  suggestions?: string[];
  /** The keyword that replaces a deprecated one (`schema.deprecated`). */
  replacement?: string;
}

/** At most this many words make one keyword (`tcp-request content`, `option httpchk`). */
const MAX_KEYWORD_WORDS = 3;
/** At most this many schema diagnostics per file. */
export const MAX_SCHEMA_DIAGNOSTICS = 200;

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning } as const;

/** The keyword facts of one context (by name as looked up, normalised for fuzzy formats); `null`: known, no facts. */
type Allowed = Map<string, KeywordInfo[] | null>;

const allowedCache = new WeakMap<FormatDefinition, Map<string, Allowed>>();

function allowedIn(format: FormatDefinition, spec: CheckSpec, ctx: CompletionContext): Allowed {
  let cache = allowedCache.get(format);
  if (!cache) allowedCache.set(format, (cache = new Map()));
  const key = JSON.stringify(ctx);
  let allowed = cache.get(key);
  if (allowed) return allowed;
  allowed = new Map();
  const fuzzy = !!format.completion?.fuzzy;
  const norm = (n: string) => (fuzzy ? normalise(n) : n);
  const set = allowed;
  const add = (name: string, info: KeywordInfo | null): void => {
    if (ctx.only && !ctx.only.includes(name)) return;
    if (ctx.exclude?.includes(name)) return;
    const k = norm(name);
    const prev = set.get(k);
    if (info === null) {
      if (prev === undefined) set.set(k, null);
    } else if (prev) prev.push(info);
    else set.set(k, [info]);
  };
  const paths = ctx.paths.flatMap((g) => (typeof g === 'string' ? [g] : [...g]));
  for (const path of paths) {
    for (const info of format.schema.contexts[path] ?? []) add(info.name, info);
    for (const name of spec.supplement?.[path] ?? []) add(name, null);
  }
  for (const name of ctx.include ?? []) for (const info of keywordIndex(format).get(norm(name)) ?? []) add(name, info);
  for (const name of spec.supplement?.['*'] ?? []) add(name, null);
  cache.set(key, allowed);
  return allowed;
}

/** Whether a schema context names a place where keywords are written (not a list of values or actions). */
function isPlace(spec: CheckSpec, context: string): boolean {
  return !/^[?(]|:/.test(context) && !spec.valueContexts?.includes(context);
}

/** The contexts (places) that list a keyword, in schema order. */
function placesOf(format: FormatDefinition, spec: CheckSpec, name: string): string[] {
  const fuzzy = !!format.completion?.fuzzy;
  const key = fuzzy ? normalise(name) : name;
  const out: string[] = [];
  for (const [ctx, list] of Object.entries(format.schema.contexts)) {
    if (!isPlace(spec, ctx)) continue;
    if (list.some((k) => (fuzzy ? normalise(k.name) : k.name) === key)) out.push(ctx);
  }
  return out;
}

/** Whether the census lists a keyword without a place (HAProxy's unplaced keywords): then it is not judged. */
function unplaced(format: FormatDefinition, name: string): boolean {
  for (const [ctx, list] of Object.entries(format.schema.contexts)) {
    if (ctx.startsWith('?') && list.some((k) => k.name === name)) return true;
  }
  return false;
}

const isDeprecated = (infos: readonly KeywordInfo[]) => infos.length > 0 && infos.every((i) => /(^|,)deprecated(,|$)/.test(i.flags ?? ''));

/** The schema version a requested version selects (`2.6.12` selects `2.6`), or undefined for one it lacks. */
export function selectVersion(versions: readonly string[], requested: string | undefined): string | undefined {
  if (!requested) return versions[0];
  return versions.find((v) => requested === v || requested.startsWith(`${v}.`)) ?? versions.find((v) => v.startsWith(`${requested}.`));
}

/** Whether a keyword's entries know a version (entries without `versions` know every one). */
function inVersion(infos: readonly KeywordInfo[] | null, version: string | undefined): boolean {
  if (!infos || !version) return true;
  return infos.some((i) => !i.versions || i.versions.includes(version));
}

/** The Levenshtein distance of two strings, or `max + 1` once it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two rows, reused: a did-you-mean search runs this against every keyword of a format.
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Up to three names that `typed` may have meant: close by edit distance (at most a third of its length, at least 1)
 * or sharing a long common prefix. `norm` compares loosely (Ceph).
 */
export function suggest(typed: string, candidates: Iterable<string>, norm: (s: string) => string = (s) => s): string[] {
  const t = norm(typed);
  const max = Math.max(1, Math.floor(t.length / 3));
  const scored: { name: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    const n = norm(name);
    if (n === t || seen.has(n)) continue;
    seen.add(n);
    const d = editDistance(t, n, max);
    const p = commonPrefix(t, n);
    const prefixed = p >= 5 && p >= 0.75 * Math.min(t.length, n.length) && Math.abs(t.length - n.length) <= Math.max(3, t.length / 2);
    if (d <= max) scored.push({ name, score: d });
    else if (prefixed) scored.push({ name, score: max + 1 + Math.abs(t.length - n.length) / 100 });
  }
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, 3).map((s) => s.name);
}

function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

function defaultPlaceName(parents: readonly ConfigNode[]): string {
  const inner = parents[parents.length - 1];
  return inner ? `'${nodeLabel(inner)}'` : 'the top level';
}

/** `a backend`, `an on block`, `the top level`. */
function placeKind(parents: readonly ConfigNode[]): string {
  const inner = parents[parents.length - 1];
  if (!inner) return 'at the top level';
  if (inner.kind === 'section' && !inner.args.length) return `in the ${inner.keyword} section`;
  const what = inner.kind === 'block' ? `${inner.keyword} block` : inner.keyword;
  return `in ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}`;
}

const startsCache = new WeakMap<Allowed, Set<string>>();

/** The first words of the multi-word keywords an allowed set has (`option`, `timeout`, `tcp-request`). */
function multiWordStarts(allowed: Allowed): Set<string> {
  let starts = startsCache.get(allowed);
  if (!starts) {
    starts = new Set();
    for (const k of allowed.keys()) {
      const sp = k.indexOf(' ');
      if (sp > 0) starts.add(k.slice(0, sp));
    }
    startsCache.set(allowed, starts);
  }
  return starts;
}

/** A word of a statement: its text as looked up, and where it is. */
interface Word {
  readonly value: string;
  readonly range: Range;
}

/** Word `i` of a node (0: the keyword), with its range made only when asked for. */
class LazyWord implements Word {
  readonly value: string;
  constructor(
    private readonly node: ConfigNode,
    readonly index: number,
    value?: string,
  ) {
    this.value = value ?? (index === 0 ? node.keyword : node.argValue(index - 1));
  }
  get range(): Range {
    return this.index === 0 ? this.node.keywordRange : this.node.args[this.index - 1].range;
  }
}

const lazyWord = (node: ConfigNode, i: number, value?: string): LazyWord => new LazyWord(node, i, value);
const wordIndex = (w: Word): number => (w instanceof LazyWord ? w.index : 0);

const actionName = (k: KeywordInfo): string => k.name.replace(/\(.*$/, '');

interface ActionMatcher {
  info: KeywordInfo;
  name: string;
  /** For actions with placeholders (`set-var(<var-name>)`): the whole-word pattern. */
  pattern?: RegExp;
}

const matcherCache = new WeakMap<readonly KeywordInfo[], ActionMatcher[]>();

/** The actions of a schema context, each compiled once. */
function actionMatchers(list: readonly KeywordInfo[]): ActionMatcher[] {
  let out = matcherCache.get(list);
  if (!out) {
    out = list.map((info) => {
      const name = actionName(info);
      if (!name.includes('<')) return { info, name };
      const pattern = new RegExp(`^${name.split(/<[^>]*>/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w.-]+')}$`);
      return { info, name, pattern };
    });
    matcherCache.set(list, out);
  }
  return out;
}

/** The schema diagnostics of a document. */
export function schemaDiagnostics(doc: ConfigDocument, opts: SchemaCheckOptions = {}): Diagnostic[] {
  return schemaChecker(doc, opts)(doc.model.nodes, 0);
}

/** A schema check set up once for a document and options, then run over top-level nodes one group at a time. */
export function schemaChecker(doc: ConfigDocument, opts: SchemaCheckOptions): (nodes: readonly ConfigNode[], guardedAt: number) => Diagnostic[] {
  const format = doc.format;
  const spec = format.check;
  if (!spec || doc.guard || !doc.tree) return () => [];
  const schema = format.schema;
  const versioned = schema.versions.length > 1;
  const version = versioned ? selectVersion(schema.versions, opts.versions?.[format.id]) : undefined;
  const product = spec.product ?? format.displayName;
  const fuzzy = !!format.completion?.fuzzy;
  const norm = (n: string) => (fuzzy ? normalise(n) : n);
  const leading = format.completion?.leadingWord;
  let out: Diagnostic[] = [];
  const severity = SEVERITY[spec.unknown];
  const misplacedSeverity = (parents: readonly ConfigNode[], places: readonly string[], keyword: string) =>
    SEVERITY[typeof spec.misplaced === 'function' ? spec.misplaced(parents, places, keyword) : spec.misplaced ?? spec.unknown];

  // Inside a conditional region the tool may never read the lines: what would be an error is a warning there.
  // So is every error of a file with a syntax error: its structure (which block a line is in) is a guess.
  let guarded = 0;
  const broken = doc.tree.rootNode.hasError || !!opts.syntaxErrors;
  const report = (range: Range, sev: DiagnosticSeverity, code: string, message: string, data?: SchemaDiagnosticData): void => {
    if ((guarded > 0 || broken) && sev === DiagnosticSeverity.Error) sev = DiagnosticSeverity.Warning;
    out.push({ range, severity: sev, source: 'haconf', code, message, ...(data ? { data } : {}) });
  };
  const span = (words: readonly Word[], n: number): Range => ({ start: words[0].range.start, end: words[n - 1].range.end });

  /** Version and deprecation of a keyword that is allowed where it is. */
  const judge = (name: string, infos: KeywordInfo[] | null, rangeOf: () => Range): boolean => {
    if (versioned && !inVersion(infos, version)) {
      const needs = [...new Set(infos!.flatMap((i) => i.versions ?? []))];
      report(rangeOf(), DiagnosticSeverity.Error, 'schema.version', `'${name}' needs ${product} ${needs.join(' or ')}; this file is checked against ${version}`);
      return false;
    }
    if (infos && isDeprecated(infos)) {
      const replacement = spec.replacements?.[name];
      // A replacement the selected version lacks is no advice; nor is a deprecation the newest documentation states
      // for a version that still has the keyword without it.
      const usable = replacement && (!versioned || inVersion(keywordIndex(format).get(replacement.split(' ')[0]) ?? null, version));
      if (version && version !== schema.versions[0] && !usable) return true;
      report(
        rangeOf(),
        DiagnosticSeverity.Warning,
        'schema.deprecated',
        usable ? `'${name}' is deprecated; use '${replacement}' instead` : `'${name}' is deprecated`,
        usable ? { replacement } : undefined,
      );
    }
    return true;
  };

  return (nodes: readonly ConfigNode[], guardedAt: number): Diagnostic[] => {
  out = [];
  guarded = guardedAt;
  let lastParent: ConfigNode | undefined;
  let lastDepth = -1;
  let allowed: Allowed | null | undefined;
  let placeName: string | undefined;
  walkModel(nodes, (node, parents) => {
    if (out.length >= MAX_SCHEMA_DIAGNOSTICS) return false;
    // A quoted first word is data (or an unterminated string the syntax check reports), not a keyword.
    if (!node.keyword || /^["']/.test(node.keyword)) return;
    const cond = spec.conditional?.(node);
    if (cond) {
      guarded = Math.max(0, guarded + (cond === 'open' ? 1 : -1));
      return;
    }
    if (spec.types && !spec.types.includes(node.type)) return;
    if (spec.skip?.(node, parents)) return false;
    // The context, what it allows and its name are the same for every child of one parent: worked out once each.
    const parent = parents[parents.length - 1];
    if (parent !== lastParent || parents.length !== lastDepth || !allowed) {
      lastParent = parent;
      lastDepth = parents.length;
      const ctx = keywordContext(format, parents, true);
      allowed = ctx.paths.length ? allowedIn(format, spec, ctx) : null;
      placeName = undefined;
    }
    if (!allowed) return false;
    const here = allowed;
    const placeOf = (): string => (placeName ??= spec.placeName ? spec.placeName(parents) : defaultPlaceName(parents));

    // The common case first, with nothing made: a one-word keyword that is allowed here and names no action.
    if (!(leading?.test(node.keyword) && node.argCount)) {
      const kw = spec.canonicalKeyword ? spec.canonicalKeyword(node.keyword) : node.keyword;
      const nk = norm(kw);
      const infos = multiWordStarts(here).has(nk) ? undefined : here.get(nk);
      if (infos !== undefined) {
        const shown = infos?.[0]?.name ?? kw;
        if (!spec.actions?.[shown]) return judge(shown, infos, () => node.keywordRange) ? undefined : false;
      }
    }

    // The words that may make the keyword (a leading word such as HAProxy's `no` is not part of it). Only the first
    // few can, and their ranges are worked out only for a report.
    const count = Math.min(1 + node.argCount, MAX_KEYWORD_WORDS + 2);
    let words: Word[] = [];
    for (let i = 0; i < count; i++) words.push(lazyWord(node, i));
    if (leading?.test(node.keyword) && node.argCount) words = words.slice(1);
    if (spec.canonicalKeyword) words[0] = lazyWord(node, words[0] === undefined ? 0 : wordIndex(words[0]), spec.canonicalKeyword(words[0].value));

    // Longest match first, but only a word that starts a multi-word keyword can be one.
    const longest = multiWordStarts(here).has(norm(words[0].value)) ? Math.min(MAX_KEYWORD_WORDS, words.length) : 1;
    for (let n = longest; n >= 1; n--) {
      const name = n === 1 ? words[0].value : words.slice(0, n).map((w) => w.value).join(' ');
      const infos = here.get(norm(name));
      if (infos === undefined) continue;
      const shown = infos?.[0]?.name ?? name;
      // A section the version lacks: its lines say nothing more.
      if (!judge(shown, infos, () => span(words, n))) return false;
      const actionContext = spec.actions?.[shown];
      if (actionContext && words.length > n) checkAction(words[n], shown, actionContext);
      return;
    }

    // Not allowed here. A multi-word keyword whose first words are right: the unknown part is the next word.
    const first = norm(words[0].value);
    let m = 1;
    const names = [...here.keys()];
    while (m < words.length && m < MAX_KEYWORD_WORDS && names.some((k) => k.startsWith(`${norm(words.slice(0, m).map((w) => w.value).join(' '))} `))) m++;
    const name = words.slice(0, m).map((w) => w.value).join(' ');
    if (m === 1 && words.length === 1 && names.some((k) => k.startsWith(`${first} `))) return; // `option` alone: nothing to judge
    // Known elsewhere (at least as long as the part that is right here: `timeout conect` is no misplaced `timeout`).
    for (let n = Math.min(MAX_KEYWORD_WORDS, words.length); n >= m; n--) {
      const candidate = words.slice(0, n).map((w) => w.value).join(' ');
      if (unplaced(format, candidate)) return;
      const places = placesOf(format, spec, candidate);
      if (!places.length) continue;
      const shown = keywordIndex(format).get(norm(candidate))?.[0]?.name ?? candidate;
      const listed = places.length > 6 ? `${places.slice(0, 6).join(', ')}, …` : places.join(', ');
      report(span(words, n), misplacedSeverity(parents, places, shown), 'schema.wrong-section', `'${shown}' is not allowed ${placeKind(parents)}; it belongs in ${listed}`);
      return;
    }
    const prefix = m > 1 ? `${norm(words.slice(0, m - 1).map((w) => w.value).join(' '))} ` : '';
    let suggestions = suggest(name, prefix ? names.filter((k) => k.startsWith(prefix)) : names, norm);
    if (!suggestions.length && !prefix) suggestions = suggest(name, keywordIndex(format).keys(), norm);
    suggestions = suggestions.map((s) => keywordIndex(format).get(s)?.[0]?.name ?? s);
    const did = suggestions.length ? `; did you mean ${quoteList(suggestions)}?` : '';
    report(span(words, m), severity, 'schema.unknown-keyword', `unknown ${spec.noun ?? 'keyword'} '${name}' in ${placeOf()}${did}`, { suggestions });
    return;

    function checkAction(word: Word, owner: string, context: string): void {
      const written = word.value.replace(/\(.*$/, '');
      if (spec!.actionPattern?.test(word.value)) return;
      const list = schema.contexts[context];
      if (!list?.length) return;
      const hits = actionMatchers(list)
        .filter((m) => (m.pattern ? m.pattern.test(written) : m.name === written))
        .map((m) => m.info);
      if (hits.length) {
        judge(actionName(hits[0]), hits, () => word.range);
        return;
      }
      const suggestions = suggest(written, list.map(actionName).filter((a) => !a.includes('<')));
      const did = suggestions.length ? `; did you mean ${quoteList(suggestions)}?` : '';
      const start = word.range.start;
      const range = written === word.value ? word.range : { start, end: { line: start.line, character: start.character + written.length } };
      report(range, severity, 'schema.unknown-keyword', `unknown action '${written}' for '${owner}' in ${placeOf()}${did}`, { suggestions });
    }
  });
  return out;
  };
}

/**
 * How many conditional blocks (HAProxy `.if`) are open where each top-level node starts, for the formats that have
 * them; undefined for the others.
 */
export function conditionalDepths(doc: ConfigDocument): Map<ConfigNode, number> | undefined {
  const conditional = doc.format.check?.conditional;
  if (!conditional) return undefined;
  const depths = new Map<ConfigNode, number>();
  let depth = 0;
  for (const top of doc.model.nodes) {
    depths.set(top, depth);
    walkModel([top], (node) => {
      const c = conditional(node);
      if (c) depth = Math.max(0, depth + (c === 'open' ? 1 : -1));
    });
  }
  return depths;
}
