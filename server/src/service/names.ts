/**
 * Named objects: what a format's name spec (FormatDefinition.names) finds in a document, kept per top-level node and
 * gathered per model. The navigation features (definition, references, rename, highlights, workspace symbols, the
 * reference hover) and the undefined/unused checks all start here; none of them asks which format a document is.
 *
 * A top-level node an edit did not touch is the same object afterwards, so its names are found once: an edit
 * re-extracts the one section it changed.
 */
import type { Position, Range, SymbolKind } from 'vscode-languageserver-types';
import type { ConfigDocument } from './document';
import type { FormatDefinition, NameDefinition, NameInclude, NameLoc, NameReference, NameSpec, NodeNames } from './format';
import { exactList, NodeSlot, type ConfigModel, type ConfigNode } from './model';

export type { NameDefinition, NameInclude, NameLoc, NameReference, NameSpec, NodeNames } from './format';

// ---------------------------------------------------------------------------------------------------------------
// Helpers for the formats' extractors

/** Where argument `i` of `node` is written, quotes left out; `from`/`to` narrow it to a part of the argument. */
export function argLoc(node: ConfigNode, i: number, from = 0, to?: number): NameLoc {
  let s = node.argStart(i);
  let e = node.argEnd(i);
  if (from === 0 && to === undefined && e - s >= 2) {
    const text = node.argText(i);
    const q = text[0];
    if ((q === '"' || q === "'") && text[text.length - 1] === q) {
      s++;
      e--;
    }
  }
  return { anchor: node.anchor, s: s + from, e: to === undefined ? e : s + to };
}

/** Where `node`'s keyword is written. */
export function keywordLoc(node: ConfigNode): NameLoc {
  return { anchor: node.anchor, s: node.ks, e: node.ke };
}

export function locRange(loc: NameLoc): Range {
  return loc.anchor.range(loc.s, loc.e);
}

export function locStart(loc: NameLoc): number {
  return loc.anchor.offset + loc.s;
}

export function emptyNames(): NodeNames {
  return { defs: [], refs: [], includes: [], dynamic: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Per node and per document

const perNode = new NodeSlot<NodeNames>();

/**
 * What a node's names amount to, without where they are: two nodes with the same signature give the undefined and
 * unused checks the same facts (a scoped name's scope is its own top-level node).
 */
export function signature(n: NodeNames): string {
  let sig = (n as { sig?: string }).sig;
  if (sig === undefined) {
    const parts: string[] = [];
    for (const d of n.defs) parts.push(`d${d.kind}\0${d.name}\0${d.inherited ? 1 : 0}${d.keep ? 1 : 0}`);
    for (const r of n.refs) parts.push(`r${r.kinds.join(',')}\0${r.name}\0${r.soft ? 1 : 0}`);
    parts.push(`y${n.dynamic.join(',')}\0${n.uncertain ? 1 : 0}`);
    sig = parts.join('\n');
    Object.defineProperty(n, 'sig', { value: sig });
  }
  return sig;
}

/** Lists of kinds, one object per distinct list (references repeat a few, thousands of times in a large file). */
const kindLists = new Map<string, readonly string[]>();

/** The shared list of the one kind `kind` (the one settle() keeps): an extractor may give a reference this list
 * rather than make its own. */
export function kindList(kind: string): readonly string[] {
  let list = kindLists.get(kind);
  if (!list) {
    list = Object.freeze([kind]);
    if (kindLists.size < 1024) kindLists.set(kind, list);
  }
  return list;
}

/**
 * A node's names are kept while the node is unchanged (one set per section of a large file): lists at their exact
 * length, empty ones shared, and the references' lists of kinds shared. Nothing adds to them afterwards.
 */
function settle(names: NodeNames): void {
  for (const r of names.refs) {
    const key = r.kinds.length === 1 ? r.kinds[0] : r.kinds.join('\0');
    const kept = kindLists.get(key);
    if (kept) r.kinds = kept;
    else if (kindLists.size < 1024) kindLists.set(key, Object.freeze(r.kinds.slice()));
  }
  names.defs = exactList(names.defs);
  names.refs = exactList(names.refs);
  names.includes = exactList(names.includes);
  names.dynamic = exactList(names.dynamic);
}

/** The names of one top-level node, found once per node object. A spec that throws yields nothing for the node. */
export function nodeNames(spec: NameSpec, top: ConfigNode): NodeNames {
  let names = perNode.get(top);
  if (!names) {
    names = emptyNames();
    try {
      spec.extract(top, names);
      settle(names);
    } catch {
      names = emptyNames();
    }
    perNode.set(top, names);
  }
  return names;
}

/** The names of a whole document, with lookups by kind and name. */
export class DocumentNames {
  /** Each top-level node's names, in document order. */
  readonly tops: NodeNames[] = [];
  /** Kinds some reference names only at run time. */
  readonly dynamic = new Set<string>();
  /** Some node holds a region the tool may skip. */
  uncertain = false;
  private defList?: NameDefinition[];
  private refList?: NameReference[];
  private includeList?: NameInclude[];
  private defIndex?: Map<string, Map<string, Bucket<NameDefinition>>>;
  private refIndex?: Map<string, Map<string, Bucket<NameReference>>>;

  constructor(
    readonly spec: NameSpec,
    readonly model: ConfigModel,
  ) {
    const nodes = model.nodes;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodeNames(spec, nodes[i]);
      if (n.defs.length || n.refs.length || n.includes.length || n.dynamic.length || n.uncertain) this.tops.push(n);
      if (n.dynamic.length) for (const k of n.dynamic) this.dynamic.add(k);
      if (n.uncertain) this.uncertain = true;
    }
  }

  get defs(): readonly NameDefinition[] {
    return (this.defList ??= this.tops.flatMap((t) => t.defs));
  }
  get refs(): readonly NameReference[] {
    return (this.refList ??= this.tops.flatMap((t) => t.refs));
  }
  get includes(): readonly NameInclude[] {
    return (this.includeList ??= this.tops.flatMap((t) => t.includes));
  }

  /** The definitions of `name` as `kind` (every scope). */
  definitionsOf(kind: string, name: string): readonly NameDefinition[] {
    if (!this.defIndex) {
      this.defIndex = new Map();
      const tops = this.tops;
      for (let i = 0; i < tops.length; i++) {
        const defs = tops[i].defs;
        for (let j = 0; j < defs.length; j++) push2(this.defIndex, defs[j].kind, defs[j].name, defs[j]);
      }
    }
    return listOf(this.defIndex.get(kind)?.get(name)) ?? NO_DEFS;
  }

  /** The references that may name `name` as `kind` (every scope). */
  referencesOf(kind: string, name: string): readonly NameReference[] {
    if (!this.refIndex) {
      this.refIndex = new Map();
      const tops = this.tops;
      for (let i = 0; i < tops.length; i++) {
        const refs = tops[i].refs;
        for (let j = 0; j < refs.length; j++) {
          const r = refs[j];
          for (let k = 0; k < r.kinds.length; k++) push2(this.refIndex, r.kinds[k], r.name, r);
        }
      }
    }
    return listOf(this.refIndex.get(kind)?.get(name)) ?? NO_REFS;
  }

  /**
   * Lets the name tables go. The undefined and unused checks build them, once per document version, and a
   * navigation request builds them again when it needs them: kept, they were 0.4 MB of every open of the
   * 24,000-line HAProxy file, for a request that may never come.
   */
  releaseIndexes(): void {
    this.defIndex = undefined;
    this.refIndex = undefined;
  }

  /** Whether some reference may name an object of `kind`. */
  hasReferences(kind: string): boolean {
    this.referencesOf(kind, '');
    return (this.refIndex!.get(kind)?.size ?? 0) > 0;
  }

  /** Whether a reference resolves to a definition in this document. */
  resolves(ref: NameReference): boolean {
    const kinds = ref.kinds;
    for (let i = 0; i < kinds.length; i++) {
      const defs = this.definitionsOf(kinds[i], ref.name);
      if (!defs.length) continue;
      if (!this.spec.kinds[kinds[i]]?.scoped) return true;
      for (let j = 0; j < defs.length; j++) if (defs[j].scope === ref.scope || defs[j].inherited) return true;
    }
    return false;
  }

  /** The definitions a reference resolves to in this document. */
  resolve(ref: NameReference): NameDefinition[] {
    const out: NameDefinition[] = [];
    for (const kind of ref.kinds) {
      const scoped = this.spec.kinds[kind]?.scoped;
      for (const d of this.definitionsOf(kind, ref.name)) if (!scoped || d.scope === ref.scope || d.inherited) out.push(d);
    }
    return out;
  }

  /** Whether a reference in this document resolves to a definition. */
  isUsed(def: NameDefinition): boolean {
    const refs = this.referencesOf(def.kind, def.name);
    if (!refs.length) return false;
    if (!this.spec.kinds[def.kind]?.scoped || def.inherited) return true;
    for (let i = 0; i < refs.length; i++) if (refs[i].scope === def.scope) return true;
    return false;
  }

  /** The references in this document that resolve to a definition. */
  usesOf(def: NameDefinition): NameReference[] {
    const scoped = this.spec.kinds[def.kind]?.scoped;
    return this.referencesOf(def.kind, def.name).filter((r) => !scoped || def.inherited || r.scope === def.scope);
  }
}

const NO_DEFS: readonly NameDefinition[] = [];
const NO_REFS: readonly NameReference[] = [];

/** What the name indexes hold per name: the one object (most names), or a list of them. */
type Bucket<V extends object> = V | V[];

function listOf<V extends object>(bucket: Bucket<V> | undefined): readonly V[] | undefined {
  return bucket === undefined ? undefined : Array.isArray(bucket) ? bucket : [bucket];
}

function push2<V extends object>(map: Map<string, Map<string, Bucket<V>>>, a: string, b: string, value: V): void {
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new Map()));
  const bucket = inner.get(b);
  if (bucket === undefined) inner.set(b, value);
  else if (Array.isArray(bucket)) bucket.push(value);
  else inner.set(b, [bucket, value]);
}


const perModel = new WeakMap<ConfigModel, DocumentNames>();

/** The names of a model (once per model object: every edit makes a new one, reusing the untouched nodes' names). */
export function documentNames(format: FormatDefinition, model: ConfigModel): DocumentNames | undefined {
  const spec = format.names;
  if (!spec) return undefined;
  let names = perModel.get(model);
  if (!names) perModel.set(model, (names = new DocumentNames(spec, model)));
  return names;
}

export function namesOf(doc: ConfigDocument): DocumentNames | undefined {
  if (!doc.parsed) return undefined;
  return documentNames(doc.format, doc.model);
}

/** What stands at a position: a definition, a reference, or neither. */
export type NameHit = { def: NameDefinition; ref?: undefined } | { ref: NameReference; def?: undefined };

/** The definition or reference whose name contains `pos` (its end included, as an editor's cursor after a word). */
export function nameAt(doc: ConfigDocument, pos: Position): NameHit | undefined {
  const names = namesOf(doc);
  if (!names) return undefined;
  const offset = doc.textDocument.offsetAt(pos);
  const nodes = doc.model.nodes;
  // The top-level node around the offset, by binary search (nodes are in document order).
  let lo = 0;
  let hi = nodes.length - 1;
  let top: ConfigNode | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = nodes[mid];
    if (n.endIndex < offset) lo = mid + 1;
    else if (n.startIndex > offset) hi = mid - 1;
    else {
      top = n;
      break;
    }
  }
  if (!top) return undefined;
  const n = nodeNames(names.spec, top);
  const inside = (loc: NameLoc) => {
    const s = locStart(loc);
    return offset >= s && offset <= s + (loc.e - loc.s);
  };
  for (const ref of n.refs) if (inside(ref)) return { ref };
  for (const def of n.defs) if (inside(def)) return { def };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Plain data, for the other files of a workspace

/** A definition as another file sees it: resolved range, no nodes. Scoped names are left out. */
export interface PlainDefinition {
  kind: string;
  name: string;
  range: Range;
  symbol: SymbolKind;
  /** What the defining node is (`backend app`), for symbol lists. */
  container?: string;
  keep?: boolean;
  fixed?: boolean;
}

export interface PlainReference {
  kinds: readonly string[];
  name: string;
  range: Range;
}

export interface PlainInclude {
  pattern: string;
  range: Range;
}

/** What a file defines and references, in plain data (the workspace index keeps this for the files on disk). */
export interface FileNames {
  uri: string;
  format: string;
  defs: PlainDefinition[];
  refs: PlainReference[];
  includes: PlainInclude[];
  dynamic: string[];
}

const plainPerModel = new WeakMap<ConfigModel, FileNames>();

/** The plain names of a document (once per model object). Scoped names stay out: they never cross files. */
export function plainNames(doc: ConfigDocument): FileNames {
  const names = namesOf(doc);
  if (!names) return { uri: doc.uri, format: doc.format.id, defs: [], refs: [], includes: [], dynamic: [] };
  let plain = plainPerModel.get(doc.model);
  if (plain && plain.uri === doc.uri) return plain;
  const kinds = names.spec.kinds;
  plain = {
    uri: doc.uri,
    format: doc.format.id,
    defs: names.defs
      .filter((d) => !kinds[d.kind]?.scoped)
      .map((d) => ({
        kind: d.kind,
        name: d.name,
        range: locRange(d),
        symbol: kinds[d.kind]?.symbol ?? 13,
        container: d.node.keyword,
        keep: d.keep || undefined,
        fixed: d.fixed || undefined,
      })),
    refs: names.refs.filter((r) => !r.kinds.every((k) => kinds[k]?.scoped)).map((r) => ({ kinds: r.kinds, name: r.name, range: locRange(r) })),
    includes: names.includes.map((i) => ({ pattern: i.pattern, range: locRange(i) })),
    dynamic: [...names.dynamic],
  };
  plainPerModel.set(doc.model, plain);
  return plain;
}

/** What the navigation features need of the workspace (the LSP server's index implements it). */
export interface NavWorkspace {
  /** The plain names of the other files of `uri`'s configuration set. */
  others(uri: string): readonly FileNames[];
  /** Every file the workspace knows, for workspace symbols. */
  files(): Iterable<FileNames>;
  /** Lines `from` to `to` (0-based, inclusive) of a file, for a preview; undefined when unknown. */
  lines?(uri: string, from: number, to: number): string[] | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The object a position names

/** The object at a position and every place of it in the document (and, when not scoped, in the set's files). */
export interface NameTarget {
  name: string;
  /** The kinds it counts as (a backend with a stick-table is a backend and a table). */
  kinds: ReadonlySet<string>;
  /** What was under the cursor. */
  hit: NameHit;
  /** Whether one of its kinds is scoped (it then never crosses files). */
  scoped: boolean;
  defs: NameDefinition[];
  refs: NameReference[];
  names: DocumentNames;
}

/** The object named at `pos`, with its definitions and references in the document; undefined off a name. */
export function targetAt(doc: ConfigDocument, pos: Position): NameTarget | undefined {
  const hit = nameAt(doc, pos);
  const names = namesOf(doc);
  if (!hit || !names) return undefined;
  const kinds = new Set<string>();
  const sameLoc = (a: NameLoc, b: NameLoc) => a.anchor === b.anchor && a.s === b.s;
  const addDefKinds = (d: NameDefinition) => {
    for (const other of nodeNames(names.spec, topOf(d.node, doc)).defs) if (sameLoc(other, d)) kinds.add(other.kind);
  };
  let scope: ConfigNode | undefined;
  let inherited = false;
  if (hit.ref) {
    for (const k of hit.ref.kinds) kinds.add(k);
    for (const d of names.resolve(hit.ref)) addDefKinds(d);
    scope = hit.ref.scope;
  } else {
    addDefKinds(hit.def);
    scope = hit.def.scope;
    inherited = !!hit.def.inherited;
  }
  const name = hit.ref ? hit.ref.name : hit.def.name;
  const scoped = [...kinds].some((k) => names.spec.kinds[k]?.scoped);
  const defs: NameDefinition[] = [];
  const refs: NameReference[] = [];
  const seenRefs = new Set<NameReference>();
  for (const k of kinds) {
    for (const d of names.definitionsOf(k, name)) if (!scoped || inherited || d.scope === scope || d.inherited) if (!defs.includes(d)) defs.push(d);
    for (const r of names.referencesOf(k, name)) {
      if (seenRefs.has(r) || (scoped && !inherited && r.scope !== scope)) continue;
      seenRefs.add(r);
      refs.push(r);
    }
  }
  return { name, kinds, hit, scoped, defs, refs, names };
}

/** The top-level node a node belongs to (names are kept per top-level node). */
function topOf(node: ConfigNode, doc: ConfigDocument): ConfigNode {
  const offset = node.startIndex;
  for (const top of doc.model.nodes) if (top === node || (top.startIndex <= offset && offset < top.endIndex)) return top;
  return node;
}

/** The other files' definitions and references of a target (none for a scoped name). */
export function otherPlaces(
  target: NameTarget,
  uri: string,
  ws: NavWorkspace | undefined,
): { uri: string; defs: PlainDefinition[]; refs: PlainReference[] }[] {
  if (!ws || target.scoped) return [];
  const out: { uri: string; defs: PlainDefinition[]; refs: PlainReference[] }[] = [];
  for (const f of ws.others(uri)) {
    const defs = f.defs.filter((d) => d.name === target.name && target.kinds.has(d.kind));
    const refs = f.refs.filter((r) => r.name === target.name && r.kinds.some((k) => target.kinds.has(k)));
    if (defs.length || refs.length) out.push({ uri: f.uri, defs, refs });
  }
  return out;
}
