/**
 * The workspace index: every file of the five formats in the workspace folders, what each defines and references,
 * its includes, and the configuration sets they form.
 *
 * A configuration set is a file, what it includes (globs, relative to the including file; an absolute path such as
 * `/etc/keepalived/conf.d/*.conf` is also looked for in the workspace by its tail), what includes it, and so on; for
 * a format whose name spec says `directorySet` (HAProxy: `haproxy -f DIR` loads every file of a directory) every file
 * of the directory too. Open buffers win over the files on disk.
 *
 * Pure apart from the FileSource the caller supplies (the LSP server reads the disk through it); files on disk are
 * parsed once and kept as plain data (their names and their text, for previews); a changed file is read and
 * extracted again, alone.
 */
import { pathToUri, uriToPath } from './uri';
import { ConfigDocument, DEFAULT_LIMITS, type DocumentLimits } from './document';
import type { FormatDefinition } from './format';
import type { WorkspaceDefinition, WorkspaceView } from './features/semantic';
import { namesOf, plainNames, type FileNames, type NavWorkspace } from './names';
import type { FormatRegistry } from './registry';

export interface DirEntry {
  name: string;
  dir: boolean;
}

/** How the index reads the disk. */
export interface FileSource {
  /** The entries of a directory, or undefined when it cannot be read. */
  list(dir: string): Promise<DirEntry[] | undefined>;
  /** A file's text, or undefined when it cannot be read or is larger than `maxBytes`. */
  read(path: string, maxBytes: number): Promise<string | undefined>;
}

export interface WorkspaceOptions {
  limits?: DocumentLimits;
  /** Directories never entered. */
  skipDirs?: ReadonlySet<string>;
  /** At most this many files are indexed. */
  maxFiles?: number;
  /**
   * Index only the files that can share a configuration with another: those that include others (or mention
   * `include`), the HAProxy files of a directory with more than one, and what they include. A file alone in its set
   * needs nothing from the index, so a one-shot check of many unrelated files (`haconf check DIR`) does not parse each
   * twice. Not for an editor: its workspace symbols need every file.
   */
  setsOnly?: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Files whose content may show one of the formats when their path does not. */
const CANDIDATE = /\.(cfg|conf|res)$/i;

interface Entry {
  path: string;
  uri: string;
  format: FormatDefinition;
  /** The file on disk, as plain data. */
  disk?: FileNames;
  text?: string;
  /** The open buffer, which wins over the disk. */
  open?: ConfigDocument;
}

export { uriToPath, pathToUri };

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** A glob (`*`, `?`, `[...]`, `{a,b}`, `**`) as a regular expression over '/'-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let set = glob.slice(i + 1, end);
        if (set[0] === '!') set = `^${set.slice(1)}`;
        re += `[${set.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === '}' && braces) {
      braces--;
      re += ')';
    } else if (ch === ',' && braces) re += '|';
    else re += ch.replace(/[.+^$()|\\]/g, '\\$&');
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

/** Joins a directory and a relative path, resolving `.` and `..`. */
function join(dir: string, rel: string): string {
  const parts = dir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/') || '/';
}

export class WorkspaceIndex implements NavWorkspace {
  private readonly entries = new Map<string, Entry>();
  /** Every file that may hold configuration (candidates for includes), with whether it was indexed. */
  private readonly candidates = new Set<string>();
  private folders: string[] = [];
  private readonly limits: DocumentLimits;
  private readonly skipDirs: ReadonlySet<string>;
  private readonly maxFiles: number;
  private readonly setsOnly: boolean;
  /** Includes and directory links, undirected; undefined when something changed. */
  private graph: Map<string, Set<string>> | undefined;
  private readonly setCache = new Map<string, string[]>();
  /** Every known path, and include resolutions over it; dropped when a path comes or goes. */
  private allPaths: string[] | undefined;
  private readonly resolved = new Map<string, string[]>();
  /** The include patterns each open buffer had when the graph was made. */
  private readonly openIncludes = new Map<string, string>();

  constructor(
    private readonly registry: FormatRegistry<FormatDefinition>,
    private readonly source: FileSource,
    opts: WorkspaceOptions = {},
  ) {
    this.limits = opts.limits ?? DEFAULT_LIMITS;
    this.skipDirs = opts.skipDirs ?? SKIP_DIRS;
    this.maxFiles = opts.maxFiles ?? 20000;
    this.setsOnly = opts.setsOnly ?? false;
  }

  /** How many files are indexed. */
  get size(): number {
    return this.entries.size;
  }

  /** The indexed paths, sorted. */
  paths(): string[] {
    return [...this.entries.keys()].sort();
  }

  /** Indexes every file of the folders (paths), calling `progress` as files are done. Replaces what was there. */
  async build(folders: readonly string[], progress?: (done: number, total: number) => void): Promise<void> {
    this.folders = folders.map((f) => f.replace(/\\/g, '/').replace(/\/+$/, '') || '/');
    const open = [...this.entries.values()].filter((e) => e.open);
    this.entries.clear();
    this.candidates.clear();
    this.pathsChanged();
    for (const e of open) this.entries.set(e.path, { path: e.path, uri: e.uri, format: e.format, open: e.open });
    this.invalidate();
    const files: string[] = [];
    for (const folder of this.folders) await this.scan(folder, files);
    const texts = this.setsOnly ? await this.sharingFiles(files) : undefined;
    const list = texts ? files.filter((f) => texts.has(f)) : files;
    let done = 0;
    for (const path of list) {
      await this.load(path, undefined, texts?.get(path));
      progress?.(++done, list.length);
    }
    await this.followIncludes();
  }

  /** The files that may share a configuration with another (see `setsOnly`), with their text. */
  private async sharingFiles(files: readonly string[]): Promise<Map<string, string>> {
    const read: { path: string; text: string; haproxyDir?: string }[] = [];
    const haproxyPerDir = new Map<string, number>();
    for (const path of files) {
      const text = await this.source.read(path, this.limits.maxChars);
      if (text === undefined || text.length > this.limits.maxChars) continue;
      const f = this.registry.detect(path, text);
      if (!f) continue;
      const dir = f.names?.directorySet ? path.slice(0, path.lastIndexOf('/')) : undefined;
      if (dir !== undefined) haproxyPerDir.set(dir, (haproxyPerDir.get(dir) ?? 0) + 1);
      read.push({ path, text, haproxyDir: dir });
    }
    const out = new Map<string, string>();
    for (const r of read) {
      if (r.text.includes('include') || (r.haproxyDir !== undefined && haproxyPerDir.get(r.haproxyDir)! > 1)) out.set(r.path, r.text);
    }
    return out;
  }

  private async scan(dir: string, out: string[]): Promise<void> {
    const list = await this.source.list(dir);
    if (!list) return;
    for (const e of list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (out.length >= this.maxFiles) return;
      const path = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
      if (e.dir) {
        if (!this.skipDirs.has(e.name)) await this.scan(path, out);
      } else if (CANDIDATE.test(e.name) || this.registry.fromPath(path)) {
        this.candidates.add(path);
        this.pathsChanged();
        out.push(path);
      }
    }
  }

  /** Reads and indexes one file (as `format`, or the format its path or content shows); false when it is none. */
  private async load(path: string, format?: FormatDefinition, known?: string): Promise<boolean> {
    const existing = this.entries.get(path);
    if (existing?.open) return true;
    const text = known ?? (await this.source.read(path, this.limits.maxChars));
    if (text === undefined || text.length > this.limits.maxChars) {
      if (existing) this.remove(path);
      return false;
    }
    const f = format ?? existing?.format ?? this.registry.detect(path, text);
    if (!f) return false;
    const uri = pathToUri(path);
    let disk: FileNames;
    try {
      const doc = await ConfigDocument.create(f, uri, text, 0, this.limits);
      disk = plainNames(doc);
      doc.dispose();
    } catch {
      disk = { uri, format: f.id, defs: [], refs: [], includes: [], dynamic: [] };
    }
    const before = existing?.disk?.includes.map((i) => i.pattern).join('\n');
    if (!existing) this.pathsChanged();
    this.entries.set(path, { path, uri, format: f, disk, text });
    if (!existing || before !== disk.includes.map((i) => i.pattern).join('\n')) this.invalidate();
    return true;
  }

  /** Indexes the files that includes name but that were not recognised by themselves, as their includer's format. */
  private async followIncludes(): Promise<void> {
    for (let round = 0; round < 8; round++) {
      let added = false;
      for (const e of [...this.entries.values()]) {
        for (const pattern of this.includesOf(e)) {
          for (const path of this.resolveInclude(e.path, pattern)) {
            if (!this.entries.has(path) && (await this.load(path, e.format))) added = true;
          }
        }
      }
      if (!added) return;
    }
  }

  private remove(path: string): void {
    this.entries.delete(path);
    this.pathsChanged();
    this.invalidate();
  }

  private invalidate(): void {
    this.graph = undefined;
    this.setCache.clear();
  }

  private includesOf(e: Entry): string[] {
    if (e.open) return namesOf(e.open)?.includes.map((i) => i.pattern) ?? [];
    return e.disk?.includes.map((i) => i.pattern) ?? [];
  }

  /** A path came or went: include resolutions must be worked out again. */
  private pathsChanged(): void {
    this.allPaths = undefined;
    this.resolved.clear();
  }

  /** The indexed or candidate files an include pattern names. */
  resolveInclude(includer: string, pattern: string): string[] {
    const key = `${includer}\0${pattern}`;
    let found = this.resolved.get(key);
    if (!found) this.resolved.set(key, (found = this.resolveUncached(includer, pattern)));
    return found;
  }

  private resolveUncached(includer: string, pattern: string): string[] {
    const all = (this.allPaths ??= [...new Set([...this.candidates, ...this.entries.keys()])]);
    const match = (glob: string) => {
      const re = globToRegExp(glob);
      return all.filter((p) => p !== includer && re.test(p)).sort();
    };
    const dir = dirOf(includer);
    if (!pattern.startsWith('/')) return match(join(dir, pattern));
    const direct = match(pattern);
    if (direct.length) return direct;
    // An absolute path of the target host: look for its tail under the including file's directory and its parents
    // (within the workspace folder), longest tail first.
    const segs = pattern.split('/').filter(Boolean);
    const root = this.folders.find((f) => includer.startsWith(`${f}/`)) ?? dir;
    const bases: string[] = [];
    for (let d = dir; ; d = dirOf(d)) {
      bases.push(d);
      if (d === root || d === '/' || !d.startsWith(root)) break;
    }
    for (let k = segs.length - 1; k >= 1; k--) {
      const tail = segs.slice(segs.length - k).join('/');
      for (const base of bases) {
        const found = match(join(base, tail));
        if (found.length) return found;
      }
    }
    return [];
  }

  // -------------------------------------------------------------------------------------------------------------
  // Changes

  /** A file changed, appeared or went away on disk. Resolves to the paths whose configuration set may have changed. */
  async fileChanged(path: string, deleted = false): Promise<string[]> {
    path = path.replace(/\\/g, '/');
    const before = this.setOf(path);
    const e = this.entries.get(path);
    if (deleted) {
      if (this.candidates.delete(path)) this.pathsChanged();
      if (e && !e.open) this.remove(path);
    } else if (!e?.open) {
      const known = this.candidates.has(path) || this.entries.has(path);
      if (!known) {
        this.candidates.add(path);
        this.pathsChanged();
      }
      const includer = e ? undefined : this.includerOf(path);
      await this.load(path, includer?.format);
      // Only a new file, or new includes, can bring files in that were not indexed.
      if (!known || !this.graph) await this.followIncludes();
    }
    return [...new Set([...before, ...this.setOf(path)])];
  }

  /** The first indexed file whose includes name `path`. */
  private includerOf(path: string): Entry | undefined {
    for (const e of this.entries.values()) if (this.includesOf(e).some((p) => this.resolveInclude(e.path, p).includes(path))) return e;
    return undefined;
  }

  /** An editor opened a document: its buffer wins over the disk until it is closed. */
  setOpen(doc: ConfigDocument): string[] {
    const path = uriToPath(doc.uri);
    if (!path) return [];
    const e = this.entries.get(path);
    if (e) {
      e.open = doc;
      e.format = doc.format;
    } else {
      this.entries.set(path, { path, uri: doc.uri, format: doc.format, open: doc });
      this.pathsChanged();
    }
    this.invalidate();
    this.openIncludes.set(path, this.includesOf(this.entries.get(path)!).join('\n'));
    return this.setOf(path);
  }

  /** The open document changed: re-read its includes. Returns the paths of its set (before and after). */
  openChanged(doc: ConfigDocument): string[] {
    const path = uriToPath(doc.uri);
    const e = path ? this.entries.get(path) : undefined;
    if (!path || !e || e.open !== doc) return [];
    const before = this.setOf(path);
    const includes = this.includesOf(e).join('\n');
    if (includes !== this.openIncludes.get(path)) {
      this.openIncludes.set(path, includes);
      this.invalidate();
      void this.followIncludes();
    }
    return [...new Set([...before, ...this.setOf(path)])];
  }

  /** The editor closed a document: the disk's version counts again. */
  async closeOpen(uri: string): Promise<string[]> {
    const path = uriToPath(uri);
    const e = path ? this.entries.get(path) : undefined;
    if (!path || !e) return [];
    const before = this.setOf(path);
    e.open = undefined;
    this.openIncludes.delete(path);
    this.invalidate();
    const inFolder = this.folders.some((f) => path.startsWith(`${f}/`)) || this.candidates.has(path);
    if (!inFolder || !(await this.load(path, e.format))) this.remove(path);
    return [...new Set([...before, ...this.setOf(path)])];
  }

  // -------------------------------------------------------------------------------------------------------------
  // Sets and views

  private edges(): Map<string, Set<string>> {
    if (this.graph) return this.graph;
    const g = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (a === b) return;
      (g.get(a) ?? g.set(a, new Set()).get(a)!).add(b);
      (g.get(b) ?? g.set(b, new Set()).get(b)!).add(a);
    };
    const byDir = new Map<string, string[]>();
    for (const e of this.entries.values()) {
      for (const pattern of this.includesOf(e)) {
        for (const target of this.resolveInclude(e.path, pattern)) {
          const t = this.entries.get(target);
          if (t && t.format.id === e.format.id) link(e.path, target);
        }
      }
      if (e.format.names?.directorySet) {
        const key = `${e.format.id}\0${dirOf(e.path)}`;
        (byDir.get(key) ?? byDir.set(key, []).get(key)!).push(e.path);
      }
    }
    for (const list of byDir.values()) for (let i = 1; i < list.length; i++) link(list[0], list[i]);
    return (this.graph = g);
  }

  /** The paths of `path`'s configuration set, itself included (just itself when it shares nothing). */
  setOf(path: string): string[] {
    const cached = this.setCache.get(path);
    if (cached) return cached;
    const g = this.edges();
    const seen = new Set([path]);
    const queue = [path];
    while (queue.length) {
      for (const next of g.get(queue.pop()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const set = [...seen].sort();
    for (const p of set) this.setCache.set(p, set);
    return set;
  }

  private namesOfEntry(e: Entry): FileNames | undefined {
    return e.open ? plainNames(e.open) : e.disk;
  }

  /** The open documents' URIs among paths. */
  openUris(paths: readonly string[]): string[] {
    const out: string[] = [];
    for (const p of paths) {
      const e = this.entries.get(p);
      if (e?.open) out.push(e.open.uri);
    }
    return out;
  }

  /** NavWorkspace: the plain names of the other files of `uri`'s set. */
  others(uri: string): FileNames[] {
    const path = uriToPath(uri);
    if (!path) return [];
    const self = this.entries.get(path);
    const out: FileNames[] = [];
    for (const p of this.setOf(path)) {
      if (p === path) continue;
      const e = this.entries.get(p);
      if (!e || (self && e.format.id !== self.format.id)) continue;
      const n = this.namesOfEntry(e);
      if (n) out.push(n);
    }
    return out;
  }

  /** NavWorkspace: every indexed file's names. */
  *files(): Iterable<FileNames> {
    for (const e of this.entries.values()) {
      const n = this.namesOfEntry(e);
      if (n) yield n;
    }
  }

  /** NavWorkspace: lines of a file, from its open buffer or the text read from disk. */
  lines(uri: string, from: number, to: number): string[] | undefined {
    const path = uriToPath(uri);
    const e = path ? this.entries.get(path) : undefined;
    if (!e) return undefined;
    const text = e.open ? e.open.text : e.text;
    if (text === undefined) return undefined;
    return text.split(/\r?\n/).slice(from, to + 1);
  }

  /** What the semantic checks of `uri` may know of the other files of its set. */
  view(uri: string): WorkspaceView {
    const others = this.others(uri);
    const defs = new Map<string, WorkspaceDefinition[]>();
    let refCounts: Map<string, number> | undefined;
    const dynamic = new Set(others.flatMap((o) => o.dynamic));
    return {
      shared: others.length > 0,
      referencesKind(kind: string): boolean {
        return dynamic.has(kind) || others.some((o) => o.refs.some((r) => r.kinds.includes(kind)));
      },
      definitions(kind: string): readonly WorkspaceDefinition[] {
        let list = defs.get(kind);
        if (!list) {
          list = [];
          for (const o of others) for (const d of o.defs) if (d.kind === kind) list.push({ name: d.name, uri: o.uri, range: d.range });
          defs.set(kind, list);
        }
        return list;
      },
      referenceCount(kind: string, name: string): number {
        if (dynamic.has(kind)) return Number.POSITIVE_INFINITY;
        if (!refCounts) {
          refCounts = new Map();
          for (const o of others) for (const r of o.refs) for (const k of r.kinds) refCounts.set(`${k}\0${r.name}`, (refCounts.get(`${k}\0${r.name}`) ?? 0) + 1);
        }
        return refCounts.get(`${kind}\0${name}`) ?? 0;
      },
    };
  }
}
