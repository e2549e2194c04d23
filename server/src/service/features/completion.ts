/**
 * Completion that knows where the cursor is: the keywords of the enclosing section or block (block keywords as
 * snippets), the values of an enum or boolean keyword, and the names the file defines where a reference is
 * expected. Formats contribute their data and hooks through `FormatDefinition.completion`; nothing here asks which
 * format a document is.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import type { CompletionContext, CompletionSpec, FormatDefinition, ReferenceKind } from '../format';
import type { ConfigModel, ConfigNode } from '../model';
import type { KeywordInfo } from '../schema';
import { loadSnippets } from '../snippets';
import { enclosingAt } from './syntax';
import { keywordContext, keywordIndex, normalise } from '../contexts';

/** A keyword of a context, with every fact the schema has for it there. */
interface Keyword {
  name: string;
  infos: KeywordInfo[];
  block: boolean;
  /** The index of the context path it comes from: keywords of later paths sort after. */
  tier: number;
  rank: number;
}

/** What the statement before the cursor holds. */
interface Statement {
  /** The complete words before the partial one (leading words such as `@host` or `no` removed). */
  words: string[];
  /** The word being typed (may be empty); Ceph keywords may hold spaces. */
  partial: string;
  /** Where the partial word starts (document offset). */
  partialStart: number;
  /** A separator (corosync ':', Ceph '=') was typed: `words[0]` is the key, the rest are values. */
  afterSeparator: boolean;
}

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** `triggerCharacter`: the character whose typing asked for completion (LSP CompletionContext), if any. */
export function completion(doc: ConfigDocument, position: Position, context: { triggerCharacter?: string } = {}): CompletionList {
  const format = doc.format;
  const spec = format.completion;
  if (!spec || doc.guard) return EMPTY;
  const offset = doc.textDocument.offsetAt(position);
  const lineStart = doc.textDocument.offsetAt({ line: position.line, character: 0 });
  const stmt = statementAt(doc.source.slice(lineStart, offset), lineStart, spec, format.lineComments);
  if (!stmt) return EMPTY;
  // A space typed at a keyword position is indentation, not a request for the keyword list.
  if (context.triggerCharacter === ' ' && !stmt.words.length && !stmt.afterSeparator && !stmt.partial.trim()) return EMPTY;
  const blocks = enclosingBlocks(doc.model.nodes, offset, position);
  const schema = format.schema;
  const ctx = keywordContext(format, blocks);
  const keywords = contextKeywords(format, ctx);
  const items: CompletionItem[] = [];
  let range = rangeOf(doc, stmt.partialStart, position);
  const out = (item: CompletionItem, newText: string, r: Range = range): void => {
    item.textEdit = { range: r, newText };
    items.push(item);
  };

  if (!stmt.words.length && !stmt.afterSeparator) {
    // A keyword position.
    const inner = blocks[blocks.length - 1];
    for (const ref of spec.references ?? []) {
      if (inner && ref.inBlock?.includes(inner.keyword)) referenceItems(doc.model, blocks, ref, stmt.partial, out, range);
    }
    if (spec.fuzzy) {
      keywordItemsFuzzy(doc, spec, keywords, stmt, out);
      return { isIncomplete: true, items };
    }
    const seen = new Set<string>();
    for (const k of keywords) {
      const space = k.name.indexOf(' ');
      if (space > 0) {
        // A multi-word keyword (HAProxy `option httplog`): its first word here, the rest after it.
        const first = k.name.slice(0, space);
        if (seen.has(first)) continue;
        seen.add(first);
        out({ label: first, kind: CompletionItemKind.Keyword, detail: `${first} …`, sortText: sortKey(k, first) }, `${first} `);
        continue;
      }
      if (seen.has(k.name)) continue;
      seen.add(k.name);
      keywordItem(format, spec, k, out);
    }
    return { isIncomplete: false, items };
  }

  // A value position: after a keyword (or key and separator).
  const words = stmt.words;
  let kwLen = 0;
  let known: Keyword | KeywordInfo[] | undefined;
  if (stmt.afterSeparator) {
    kwLen = 1;
    known = findKeyword(format, keywords, words[0]);
  } else {
    for (let i = words.length; i >= 1 && !known; i--) {
      known = findKeyword(format, keywords, words.slice(0, i).join(' '));
      if (known) kwLen = i;
    }
  }
  const keyword = known ? words.slice(0, kwLen).join(' ') : words[0];
  const arg = words.length - (known ? kwLen : 1);
  const infos = !known ? [] : Array.isArray(known) ? known : known.infos;

  let referenced = false;
  for (const ref of spec.references ?? []) {
    const byKeyword = ref.afterKeyword && ref.afterKeyword.keywords.includes(keyword) && ref.afterKeyword.arg === arg;
    const byWord = ref.afterWord && words.slice(1).some((w) => ref.afterWord!.includes(w));
    if (!byKeyword && !byWord) continue;
    let partial = stmt.partial;
    let r = range;
    if (ref.prefix && partial && ref.prefix.includes(partial[0])) {
      partial = partial.slice(1);
      r = rangeOf(doc, stmt.partialStart + 1, position);
    }
    referenceItems(doc.model, blocks, ref, partial, out, r);
    referenced = true;
  }
  // Where a name is expected, nothing else is.
  if (referenced) return { isIncomplete: false, items };

  if (!stmt.afterSeparator) {
    // The next word of a multi-word keyword (`timeout` -> `connect`, `option` -> `httplog`).
    const typed = `${words.join(' ')} `;
    const seen = new Set<string>();
    for (const k of keywords) {
      if (!k.name.startsWith(typed)) continue;
      const rest = k.name.slice(typed.length);
      const next = rest.split(' ')[0];
      if (!next || seen.has(next)) continue;
      seen.add(next);
      const whole = rest === next;
      out(
        {
          label: next,
          kind: CompletionItemKind.Keyword,
          detail: whole ? detailOf(k.name, k.infos[0]) : `${typed}${next} …`,
          sortText: sortKey(k, next),
          tags: whole && isDeprecated(k.infos) ? [CompletionItemTag.Deprecated] : undefined,
        },
        whole ? next : `${next} `,
      );
    }
  }

  const values = new Set<string>();
  const vc = spec.valueContexts?.[keyword];
  if (vc && (vc.repeat ? arg >= (vc.arg ?? 0) : arg === (vc.arg ?? 0))) {
    for (const k of schema.contexts[vc.context] ?? []) values.add(k.name.replace(/\(<[^>]*>\)$/, ''));
  }
  if (arg === 0) {
    for (const v of spec.values?.[spec.fuzzy ? normalise(keyword) : keyword] ?? []) values.add(v);
    for (const info of infos) for (const v of enumValues(info, spec.booleans)) values.add(v);
  }
  let i = 0;
  for (const v of values) {
    out({ label: v, kind: CompletionItemKind.EnumMember, detail: keyword, sortText: `2${String(i++).padStart(4, '0')}` }, v);
  }
  return { isIncomplete: false, items };
}

function rangeOf(doc: ConfigDocument, start: number, end: Position): Range {
  return { start: doc.textDocument.positionAt(start), end };
}

/** The statement from its start to the cursor; undefined inside a comment. */
/** The statement under the cursor, from `line` (its line up to the cursor, which starts at offset `lineStart`). */
function statementAt(line: string, lineStart: number, spec: CompletionSpec, lineComments: readonly string[]): Statement | undefined {
  let start = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (lineComments.includes(ch) && (i === 0 || /\s/.test(line[i - 1]) || spec.statementBreaks?.includes(line[i - 1]))) {
      return undefined;
    } else if (spec.statementBreaks?.includes(ch)) {
      start = i + 1;
    }
  }
  if (quote) return undefined;
  const stmt = line.slice(start);
  const base = lineStart + start;
  const sep = spec.separator ? stmt.indexOf(spec.separator) : -1;
  if (sep >= 0) {
    const key = stmt.slice(0, sep).trim();
    const after = stmt.slice(sep + 1);
    const m = /\S*$/.exec(after)!;
    const values = after.slice(0, m.index).split(/\s+/).filter(Boolean);
    return { words: [key, ...values], partial: m[0], partialStart: base + sep + 1 + m.index, afterSeparator: true };
  }
  if (spec.fuzzy) {
    // The key may hold spaces: all of it is the partial word.
    const lead = /^\s*/.exec(stmt)![0].length;
    return { words: [], partial: stmt.slice(lead), partialStart: base + lead, afterSeparator: false };
  }
  const m = /\S*$/.exec(stmt)!;
  const words = stmt.slice(0, m.index).split(/\s+/).filter(Boolean);
  while (words.length && spec.leadingWord?.test(words[0])) words.shift();
  return { words, partial: m[0], partialStart: base + m.index, afterSeparator: false };
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The sections and blocks whose body holds the cursor, outermost first (not those on whose header it is). */
function enclosingBlocks(nodes: readonly ConfigNode[], offset: number, position: Position): ConfigNode[] {
  const out: ConfigNode[] = [];
  for (const n of enclosingAt(nodes, offset)) {
    if (n.kind === 'directive') break;
    if (n.kind === 'section') {
      if (position.line <= n.keywordRange.start.line) break;
    } else {
      const open = n.open;
      if (!open || before(position, open.end)) break;
      const close = n.close;
      if (close && !before(position, close.end) && !(position.line === close.start.line && position.character === close.start.character)) break;
    }
    out.push(n);
  }
  return out;
}

export { defaultContext, normalise } from '../contexts';

const keywordCache = new WeakMap<FormatDefinition, Map<string, Keyword[]>>();

/** The keywords of a context, computed once per format and context. */
function contextKeywords(format: FormatDefinition, ctx: CompletionContext): Keyword[] {
  let cache = keywordCache.get(format);
  if (!cache) keywordCache.set(format, (cache = new Map()));
  const key = JSON.stringify(ctx);
  let list = cache.get(key);
  if (list) return list;
  const schema = format.schema;
  const spec = format.completion!;
  const byName = new Map<string, Keyword>();
  const add = (name: string, infos: KeywordInfo[], tier: number): void => {
    if (ctx.only && !ctx.only.includes(name)) return;
    if (ctx.exclude?.includes(name)) return;
    const prev = byName.get(name);
    if (prev) {
      for (const i of infos) if (!prev.infos.includes(i)) prev.infos.push(i);
      return;
    }
    byName.set(name, { name, infos: [...infos], block: false, tier, rank: 0 });
  };
  ctx.paths.forEach((group, tier) => {
    for (const path of typeof group === 'string' ? [group] : group) {
      for (const info of schema.contexts[path] ?? []) add(info.name, [info], tier);
    }
  });
  for (const name of ctx.include ?? []) add(name, keywordIndex(format).get(spec.fuzzy ? normalise(name) : name) ?? [], ctx.paths.length);
  list = [...byName.values()];
  for (const k of list) {
    k.block = k.infos.some((i) => /(^|,)section(,|$)/.test(i.flags ?? '')) || !!spec.isBlock?.(k.name, schema);
    k.rank = k.infos.length && spec.rank ? spec.rank(k.infos[0]) : 0;
  }
  list.sort((a, b) => a.tier - b.tier || a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  cache.set(key, list);
  return list;
}

/** A keyword of the context, or else of the whole schema (a keyword typed where the context does not list it). */
function findKeyword(format: FormatDefinition, keywords: readonly Keyword[], name: string): Keyword | KeywordInfo[] | undefined {
  const fuzzy = !!format.completion?.fuzzy;
  const key = fuzzy ? normalise(name) : name;
  return keywords.find((k) => (fuzzy ? normalise(k.name) : k.name) === key) ?? keywordIndex(format).get(key);
}

function sortKey(k: Keyword, label: string, score = 0): string {
  return `${k.tier}${k.rank}${score}${label}`;
}

function detailOf(name: string, info: KeywordInfo | undefined): string {
  return info?.args ? `${name} ${info.args}` : name;
}

function isDeprecated(infos: readonly KeywordInfo[]): boolean {
  return infos.length > 0 && infos.every((i) => /(^|,)deprecated(,|$)/.test(i.flags ?? ''));
}

/** The placeholder for a block's name argument, from the schema's argument text. */
function placeholder(info: KeywordInfo | undefined): string | undefined {
  const args = info?.args?.trim();
  if (!args || /^section\b/.test(args)) return undefined;
  const first = args.split(/\s+/)[0].replace(/[<>[\]{}]/g, '');
  return /^[a-z][\w-]*$/.test(first) ? first : 'name';
}

function keywordItem(format: FormatDefinition, spec: CompletionSpec, k: Keyword, out: (item: CompletionItem, newText: string) => void, label = k.name, score = 0): void {
  // Older forms the tool still reads (DRBD 8.4's `syncer`) are accepted but not proposed.
  if (k.infos.length && k.infos.every((i) => /(^|,)legacy-form(,|$)/.test(i.flags ?? ''))) return;
  const tags: CompletionItemTag[] | undefined = isDeprecated(k.infos) ? [CompletionItemTag.Deprecated] : undefined;
  if (k.block) {
    const shown = spec.blockLabel ? spec.blockLabel(k.name) : k.name;
    const snippet = loadSnippets(format.id).get(shown);
    out(
      {
        label: shown,
        kind: CompletionItemKind.Module,
        detail: snippet?.description || detailOf(shown, k.infos[0]),
        insertTextFormat: InsertTextFormat.Snippet,
        sortText: sortKey(k, shown, score),
        filterText: spec.fuzzy ? undefined : shown,
        tags,
      },
      snippet?.body ?? spec.blockSnippet(k.name, placeholder(k.infos[0])),
    );
    return;
  }
  out(
    { label, kind: CompletionItemKind.Keyword, detail: detailOf(k.name, k.infos[0]), sortText: sortKey(k, label, score), tags },
    label + (spec.keywordSuffix ?? ''),
  );
}

/** How well a normalised name matches a normalised query: 0 prefix, 1 word prefixes in order, 2 substring, -1 not. */
export function fuzzyScore(name: string, query: string): number {
  if (!query || name.startsWith(query)) return 0;
  const qs = query.split('_').filter(Boolean);
  const ns = name.split('_');
  let j = 0;
  let ok = true;
  for (const q of qs) {
    while (j < ns.length && !ns[j].startsWith(q)) j++;
    if (j === ns.length) {
      ok = false;
      break;
    }
    j++;
  }
  if (ok) return 1;
  return name.includes(query) ? 2 : -1;
}

const styleCache = new WeakMap<ConfigModel, boolean>();

/** Whether the file writes option names with spaces (`mon host`) rather than underscores (`mon_host`). */
function usesSpaces(model: ConfigModel): boolean {
  let spaces = styleCache.get(model);
  if (spaces === undefined) {
    let s = 0;
    let u = 0;
    const count = (n: ConfigNode): void => {
      if (n.kind !== 'directive') return;
      if (n.keyword.includes(' ')) s++;
      else if (n.keyword.includes('_')) u++;
    };
    for (const n of model.nodes) {
      count(n);
      for (const c of n.children) count(c);
    }
    spaces = s > u;
    styleCache.set(model, spaces);
  }
  return spaces;
}

function keywordItemsFuzzy(doc: ConfigDocument, spec: CompletionSpec, keywords: readonly Keyword[], stmt: Statement, out: (item: CompletionItem, newText: string) => void): void {
  const header = stmt.partial.startsWith('[');
  const query = normalise(stmt.partial.replace(/^\[/, '').replace(/\]$/, ''));
  const spaces = /\s/.test(stmt.partial.trim()) || (!stmt.partial.includes('_') && usesSpaces(doc.model));
  for (const k of keywords) {
    if (header && !k.block) continue;
    const score = fuzzyScore(normalise(k.name), query);
    if (score < 0) continue;
    const label = spaces && !k.block ? k.name.replace(/_/g, ' ') : k.name;
    const wrap = (item: CompletionItem, newText: string): void => {
      // The server has matched: the client must not filter the item out because '_' and ' ' differ.
      item.filterText = stmt.partial;
      out(item, newText);
    };
    keywordItem(doc.format, spec, k, wrap, label, score);
  }
}

const refCache = new WeakMap<ConfigModel, Map<string, string[]>>();

/** The names of the top-level nodes with these keywords, once per model version. */
function topLevelNames(model: ConfigModel, keywords: readonly string[]): string[] {
  let cache = refCache.get(model);
  if (!cache) refCache.set(model, (cache = new Map()));
  const key = keywords.join('\0');
  let names = cache.get(key);
  if (!names) {
    const set = new Set<string>();
    for (const n of model.nodes) if (keywords.includes(n.keyword) && n.args.length) set.add(n.args[0].value);
    names = [...set];
    cache.set(key, names);
  }
  return names;
}

function referenceItems(
  model: ConfigModel,
  blocks: readonly ConfigNode[],
  ref: ReferenceKind,
  partial: string,
  out: (item: CompletionItem, newText: string, r?: Range) => void,
  range: Range,
): void {
  let names: string[];
  if (ref.scope === 'top') {
    names = topLevelNames(model, ref.definedBy);
  } else {
    // The innermost section or block that is not itself the reference's block (keepalived `track_script { }`).
    const scope = [...blocks].reverse().find((b) => !ref.inBlock?.includes(b.keyword));
    const set = new Set<string>();
    for (const c of scope?.children ?? []) if (ref.definedBy.includes(c.keyword) && c.args.length) set.add(c.args[0].value);
    names = [...set];
  }
  for (const name of names) {
    if (name === partial) continue;
    out({ label: name, kind: CompletionItemKind.Reference, detail: ref.what, sortText: `0${name}` }, name, range);
  }
}

/**
 * The values an argument can take, as the schema records them: keepalived `words{MASTER|BACKUP}` and
 * `bool(optional ...)`, DRBD `handler{A|B|C}`, Ceph `enum=a|b`, HAProxy `{ tcp|http }`, a plain `a|b|c`, and
 * booleans (in the format's words).
 */
export function enumValues(info: KeywordInfo, booleans: readonly string[] = ['yes', 'no']): string[] {
  // the typed facts first: an enum's or boolean's values, or the words a number may be instead (DRBD `quorum off`)
  if (info.values?.length && info.type !== 'block') return info.values.filter((v) => /^[\w.+-]+$/.test(v));
  const rd = info.rangeDefault ?? '';
  const args = info.args ?? '';
  const split = (s: string) => s.split('|').map((v) => v.trim()).filter((v) => v && /^[\w.+-]+$/.test(v));
  const m =
    /words\{([^}]*)\}/.exec(rd) ??
    /handler\{([^}]*)\}/.exec(args) ??
    /(?:^|;\s*)enum=([^;]*)/.exec(rd) ??
    /bool\(optional ([^)]*)\)/.exec(rd) ??
    /^[{[]?\s*([\w.-]+(?:\s*\|\s*[\w.-]+)+)\s*[}\]]?(?:\s|$)/.exec(args);
  if (m) return split(m[1]);
  if (/^\[?<?bool(ean)?>?\]?$|\[boolean\]/i.test(args.trim())) return [...booleans];
  const def = /default=(on|off|yes|no)\b/.exec(rd);
  if (def) return def[1] === 'on' || def[1] === 'off' ? ['on', 'off'] : ['yes', 'no'];
  return [];
}
