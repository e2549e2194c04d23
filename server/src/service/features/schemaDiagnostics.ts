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
import { depthAfter } from '../conditionals';
import type { ConfigDocument } from '../document';
import type { CheckSpec, CompletionContext, FormatDefinition } from '../format';
import { nodeLabel, walkModel, type ConfigNode } from '../model';
import type { KeywordInfo } from '../schema';

/** The options of `diagnose()` that the schema check reads. */
export interface SchemaCheckOptions {
  /** The tool version to check against, by format id (`{ haproxy: '2.6', keepalived: '2.2.7' }`); default: the
   * newest version the schema describes. */
  versions?: Readonly<Record<string, string | undefined>>;
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
  const key = contextKey(ctx);
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

/** A node's keyword range, or the range a function works out (for a report only). */
function rangeOfPlace(where: ConfigNode | (() => Range)): Range {
  return typeof where === 'function' ? where() : where.keywordRange;
}

/** The cache key of a context: its paths joined, for the usual context that is only a list of paths. */
function contextKey(ctx: CompletionContext): string {
  if (ctx.only || ctx.exclude || ctx.include) return JSON.stringify(ctx);
  let key = '';
  for (const p of ctx.paths) {
    if (typeof p !== 'string') return JSON.stringify(ctx);
    key += `${p}\u0001`;
  }
  return key;
}

/** Whether a schema context names a place where keywords are written (not a list of values or actions). */
function isPlace(spec: CheckSpec, context: string): boolean {
  return !/^[?(]|:/.test(context) && !spec.valueContexts?.includes(context);
}

const namesCache = new WeakMap<Allowed, string[]>();

/** The keys of an allowed set, as an array made once. */
function namesOf(allowed: Allowed): string[] {
  let names = namesCache.get(allowed);
  if (!names) namesCache.set(allowed, (names = [...allowed.keys()]));
  return names;
}

const coversCache = new WeakMap<Allowed, boolean>();

/** Whether an allowed set has every keyword of the format (Ceph's sections): a search of the whole index then
 * finds nothing the set's did not. */
function coversIndex(allowed: Allowed, format: FormatDefinition): boolean {
  let covers = coversCache.get(allowed);
  if (covers === undefined) {
    covers = true;
    for (const k of keywordIndex(format).keys()) if (!allowed.has(k)) covers = false;
    coversCache.set(allowed, covers);
  }
  return covers;
}

const placesCache = new WeakMap<FormatDefinition, WeakMap<CheckSpec, Map<string, string[]>>>();

/** The contexts (places) that list a keyword, in schema order. */
function placesOf(format: FormatDefinition, spec: CheckSpec, name: string): string[] {
  const fuzzy = !!format.completion?.fuzzy;
  let bySpec = placesCache.get(format);
  if (!bySpec) placesCache.set(format, (bySpec = new WeakMap()));
  let index = bySpec.get(spec);
  if (!index) {
    // Keyword (normalised for fuzzy formats) -> its places, worked out once per format.
    const built = new Map<string, string[]>();
    for (const [ctx, list] of Object.entries(format.schema.contexts)) {
      if (!isPlace(spec, ctx)) continue;
      for (const k of list) {
        const key = fuzzy ? normalise(k.name) : k.name;
        const places = built.get(key);
        if (!places) built.set(key, [ctx]);
        else if (places[places.length - 1] !== ctx) places.push(ctx);
      }
    }
    bySpec.set(spec, (index = built));
  }
  return [...(index.get(fuzzy ? normalise(name) : name) ?? [])];
}

/** Whether the census lists a keyword without a place (HAProxy's unplaced keywords): then it is not judged. */
function unplaced(format: FormatDefinition, name: string): boolean {
  for (const [ctx, list] of Object.entries(format.schema.contexts)) {
    if (ctx.startsWith('?') && list.some((k) => k.name === name)) return true;
  }
  return false;
}

const DEPRECATED = /(^|,)deprecated(,|$)/;
/** Every entry of the keyword is deprecated (a loop: this runs for every line of a file). */
function isDeprecated(infos: readonly KeywordInfo[]): boolean {
  if (!infos.length) return false;
  for (let i = 0; i < infos.length; i++) if (!DEPRECATED.test(infos[i].flags ?? '')) return false;
  return true;
}

/** The schema version a requested version selects (`2.6.12` selects `2.6`), or undefined for one it lacks. */
export function selectVersion(versions: readonly string[], requested: string | undefined): string | undefined {
  if (!requested) return versions[0];
  return versions.find((v) => requested === v || requested.startsWith(`${v}.`)) ?? versions.find((v) => v.startsWith(`${requested}.`));
}

/** Whether a keyword's entries know a version (entries without `versions` know every one). */
function inVersion(infos: readonly KeywordInfo[] | null, version: string | undefined): boolean {
  if (!infos || !version) return true;
  // A loop, not some(): this runs for every line of a file.
  for (let i = 0; i < infos.length; i++) {
    const versions = infos[i].versions;
    if (!versions || versions.includes(version)) return true;
  }
  return false;
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

/**
 * `editDistance(a, ·)` with `a` worked out once. For `a` of at most 32 characters it is Myers' bit-vector algorithm
 * (in Hyyrö's form for the distance between whole strings): one pass over `b` with a few word operations per
 * character, instead of a row of the table per character of `a`. A did-you-mean search compares one typed word with
 * every keyword of a format (Ceph has thousands).
 */
export function distanceFrom(a: string): (b: string, max?: number) => number {
  const m = a.length;
  if (m === 0) return (b, max = Infinity) => (b.length > max ? max + 1 : b.length);
  if (m > 32) return blockDistanceFrom(a);
  const ascii = new Int32Array(128);
  let other: Map<number, number> | undefined;
  for (let i = 0; i < m; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) ascii[c] |= 1 << i;
    else (other ??= new Map()).set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return (b, max = Infinity) => {
    if (Math.abs(m - b.length) > max) return max + 1;
    // Bit i of pv / mv: the table's vertical difference at row i+1 is +1 / -1. Bits above m only ever carry upwards.
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < b.length; j++) {
      const c = b.charCodeAt(j);
      const eq = c < 128 ? ascii[c] : (other?.get(c) ?? 0);
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // Row 0 grows by one per column: a +1 comes in at the bottom of the horizontal differences.
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score > max ? max + 1 : score;
  };
}

/** `distanceFrom` for `a` longer than one 32-bit word: the same algorithm over blocks of 32 rows, each block passing
 * the horizontal difference at its bottom row to the next (Myers 1999, section 4). */
function blockDistanceFrom(a: string): (b: string, max?: number) => number {
  const m = a.length;
  const blocks = Math.ceil(m / 32);
  const peq = new Int32Array(blocks * 128);
  let other: Map<number, Int32Array> | undefined;
  for (let i = 0; i < m; i++) {
    const c = a.charCodeAt(i);
    const k = i >> 5;
    const bit = 1 << (i & 31);
    if (c < 128) peq[k * 128 + c] |= bit;
    else {
      other ??= new Map();
      let row = other.get(c);
      if (!row) other.set(c, (row = new Int32Array(blocks)));
      row[k] |= bit;
    }
  }
  const lastBit = 1 << ((m - 1) & 31);
  const pvs = new Int32Array(blocks);
  const mvs = new Int32Array(blocks);
  return (b, max = Infinity) => {
    if (Math.abs(m - b.length) > max) return max + 1;
    pvs.fill(-1);
    mvs.fill(0);
    let score = m;
    for (let j = 0; j < b.length; j++) {
      const c = b.charCodeAt(j);
      const row = c < 128 ? undefined : other?.get(c);
      // The horizontal difference entering the top of block 0 is +1 (row 0 counts the columns).
      let hin = 1;
      for (let k = 0; k < blocks; k++) {
        let eq = c < 128 ? peq[k * 128 + c] : row ? row[k] : 0;
        const pv = pvs[k];
        const mv = mvs[k];
        const xv = eq | mv;
        if (hin < 0) eq |= 1;
        const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        const high = k === blocks - 1 ? lastBit : 1 << 31;
        const hout = ph & high ? 1 : mh & high ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) mh |= 1;
        else if (hin > 0) ph |= 1;
        pvs[k] = mh | ~(xv | ph);
        mvs[k] = ph & xv;
        hin = hout;
      }
      score += hin;
    }
    return score > max ? max + 1 : score;
  };
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
export function suggest(typed: string, candidates: Iterable<string>, norm?: (s: string) => string): string[] {
  const t = norm ? norm(typed) : typed;
  const max = Math.max(1, Math.floor(t.length / 3));
  // A name whose length differs by more than this is neither close nor a prefix match.
  const prefixSlack = Math.max(3, t.length / 2);
  const reach = Math.max(max, prefixSlack);
  const distance = distanceFrom(t);
  const scored: { name: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    const n = norm ? norm(name) : name;
    const dl = Math.abs(t.length - n.length);
    if (dl > reach || n === t || seen.has(n)) continue;
    seen.add(n);
    const d = dl > max ? max + 1 : distance(n, max);
    if (d <= max) scored.push({ name, score: d });
    else if (dl <= prefixSlack) {
      const p = commonPrefix(t, n);
      if (p >= 5 && p >= 0.75 * Math.min(t.length, n.length)) scored.push({ name, score: max + 1 + dl / 100 });
    }
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
    return this.index === 0 ? this.node.keywordRange : this.node.argRange(this.index - 1);
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

/**
 * A schema check set up once for a document and options, then run over top-level nodes one group at a time. With
 * `asIfClean` it reports as if the tree had no syntax error and leaves that downgrade to the caller: diagnose() keeps
 * its results across edits that add or remove a syntax error, which happen at nearly every keystroke in some formats.
 */
export function schemaChecker(
  doc: ConfigDocument,
  opts: SchemaCheckOptions,
  asIfClean = false,
): (nodes: readonly ConfigNode[], guardedAt: number) => Diagnostic[] {
  const format = doc.format;
  const checkSpec = format.check;
  if (!checkSpec || !doc.parsed) return () => [];
  const spec: CheckSpec = checkSpec;
  const schema = format.schema;
  const versioned = schema.versions.length > 1;
  const version = versioned ? selectVersion(schema.versions, opts.versions?.[format.id]) : undefined;
  const versionKey = version ?? '';
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
  const broken = !asIfClean && doc.treeHasError;
  const report = (range: Range, sev: DiagnosticSeverity, code: string, message: string, data?: SchemaDiagnosticData): void => {
    if ((guarded > 0 || broken) && sev === DiagnosticSeverity.Error) sev = DiagnosticSeverity.Warning;
    out.push({ range, severity: sev, source: 'haconf', code, message, ...(data ? { data } : {}) });
  };
  const span = (words: readonly Word[], n: number): Range => ({ start: words[0].range.start, end: words[n - 1].range.end });

  /** Version and deprecation of a keyword that is allowed where it is. */
  const judge = (name: string, infos: KeywordInfo[] | null, where: ConfigNode | (() => Range)): boolean => {
    if (versioned && !inVersion(infos, version)) {
      const needs = [...new Set(infos!.flatMap((i) => i.versions ?? []))];
      report(rangeOfPlace(where), DiagnosticSeverity.Error, 'schema.version', `'${name}' needs ${product} ${needs.join(' or ')}; this file is checked against ${version}`);
      return false;
    }
    if (infos && isDeprecated(infos)) {
      const replacement = infos.find((i) => i.replacement)?.replacement ?? spec.replacements?.[name];
      // A replacement the selected version lacks is no advice; nor is a deprecation the newest documentation states
      // for a version that still has the keyword without it.
      const usable = replacement && (!versioned || inVersion(keywordIndex(format).get(replacement.split(' ')[0]) ?? null, version));
      if (version && version !== schema.versions[0] && !usable) return true;
      report(
        rangeOfPlace(where),
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
  // What the current parent's table gives every line under it, looked up once per parent.
  let starts: Set<string> = new Set();
  let shapes: { size: number; root: ShapeTrie } = { size: 0, root: new Map() };
  // The place the current node is in, named when a report needs it (once per parent).
  let placeParents: readonly ConfigNode[] = [];
  const placeOf = (): string => (placeName ??= spec.placeName ? spec.placeName(placeParents) : defaultPlaceName(placeParents));
  walkModel(nodes, (node, parents) => {
    if (out.length >= MAX_SCHEMA_DIAGNOSTICS) return false;
    // A quoted first word is data (or an unterminated string the syntax check reports), not a keyword.
    const c0 = node.keyword.charCodeAt(0);
    if (!node.keyword || c0 === 34 || c0 === 39) return;
    const cond = format.conditional?.(node);
    if (cond) {
      guarded = depthAfter(guarded, cond);
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
      if (allowed) {
        starts = multiWordStarts(allowed);
        let clean = cleanShapes.get(allowed);
        if (!clean) cleanShapes.set(allowed, (clean = new Map()));
        let forVersion = clean.get(versionKey);
        if (!forVersion) clean.set(versionKey, (forVersion = { size: 0, root: new Map() }));
        shapes = forVersion;
      }
    }
    if (!allowed) return false;
    const here = allowed;
    placeParents = parents;

    // The common case first, with nothing made: a one-word keyword that is allowed here and names no action.
    if (!(leading?.test(node.keyword) && node.argCount)) {
      const kw = spec.canonicalKeyword ? spec.canonicalKeyword(node.keyword) : node.keyword;
      const nk = norm(kw);
      const infos = starts.has(nk) ? undefined : here.get(nk);
      if (infos !== undefined) {
        const shown = infos?.[0]?.name ?? kw;
        if (!spec.actions?.[shown]) return judge(shown, infos, node) ? undefined : false;
      }
    }

    // A line whose first words were judged before in this context with nothing to report is clean again: most lines
    // of a large file repeat a few shapes (`option httplog`, `http-request set-header X-Forwarded-Proto`).
    const count = Math.min(1 + node.argCount, MAX_KEYWORD_WORDS + 2);
    // A trie of the words (looked up one by one: no joined string to hash).
    let level: ShapeTrie = shapes.root;
    let leaf: ShapeLevel | undefined;
    for (let i = 0; i < count; i++) {
      const word = i === 0 ? node.keyword : node.argValue(i - 1);
      leaf = level.get(word);
      if (!leaf) break;
      if (i === count - 1) break;
      level = leaf.next ??= new Map();
    }
    if (leaf?.clean && leaf.count === count) return;
    const before = out.length;
    const result = slowPath(node, parents, here, count, placeOf);
    if (result === undefined && out.length === before && shapes.size < MAX_CLEAN_SHAPES) {
      shapes.size++;
      let lv: ShapeTrie = shapes.root;
      for (let i = 0; i < count; i++) {
        const word = i === 0 ? node.keyword : node.argValue(i - 1);
        let entry = lv.get(word);
        if (!entry) lv.set(word, (entry = {}));
        if (i === count - 1) {
          entry.clean = true;
          entry.count = count;
        } else {
          lv = entry.next ??= new Map();
        }
      }
    }
    return result;
  });
  return out;

  /** The keyword of a line that is not a plain one-word keyword allowed where it is: found, misplaced or unknown. */
  function slowPath(node: ConfigNode, parents: readonly ConfigNode[], here: Allowed, count: number, placeOf: () => string): false | undefined {
    // The words that may make the keyword (a leading word such as HAProxy's `no` is not part of it). Only the first
    // few can, and their ranges are worked out only for a report.
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
    const names = namesOf(here);
    const startsSome = (prefix: string): boolean => names.some((k) => k.startsWith(prefix));
    while (m < words.length && m < MAX_KEYWORD_WORDS && startsSome(`${norm(words.slice(0, m).map((w) => w.value).join(' '))} `)) m++;
    const name = words.slice(0, m).map((w) => w.value).join(' ');
    if (m === 1 && words.length === 1 && startsSome(`${first} `)) return; // `option` alone: nothing to judge
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
    // The names are the allowed sets' and the index's keys, already in `norm`'s form: only the typed name needs it.
    // The same unknown name in the same context gets the same suggestions: worked out once (a file, or a directory
    // of files, often repeats one typo or one option the schema lacks).
    let known = suggestionCache.get(here);
    if (!known) suggestionCache.set(here, (known = new Map()));
    const key = `${prefix}\u0000${name}`;
    let suggestions = known.get(key);
    if (!suggestions) {
      suggestions = suggest(norm(name), prefix ? names.filter((k) => k.startsWith(prefix)) : names);
      if (!suggestions.length && !prefix && !coversIndex(here, format)) suggestions = suggest(norm(name), keywordIndex(format).keys());
      suggestions = suggestions.map((s) => keywordIndex(format).get(s)?.[0]?.name ?? s);
      if (known.size < MAX_CLEAN_SHAPES) known.set(key, suggestions);
    }
    suggestions = [...suggestions];
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
  }
  };
}

/** One word of a line shape: whether the shape that ends here (with `count` words) was judged clean, and what follows. */
interface ShapeLevel {
  clean?: boolean;
  count?: number;
  next?: ShapeTrie;
}
type ShapeTrie = Map<string, ShapeLevel>;
/** The line shapes (first words) judged clean, per allowed-keyword table and version. */
const cleanShapes = new WeakMap<Allowed, Map<string, { size: number; root: ShapeTrie }>>();
/** The did-you-mean suggestions already worked out, per allowed-keyword table: `${prefix}\0${name}` -> names. */
const suggestionCache = new WeakMap<Allowed, Map<string, string[]>>();
/** At most this many clean shapes (and suggestion lists) are remembered per context and version. */
const MAX_CLEAN_SHAPES = 20000;

