/**
 * One `haconf check` target at a time: the file, then the files it includes (keepalived `include`, DRBD
 * `include "drbd.d/*.res";`), each checked with the service's diagnostics.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { registry } from '../formats';
import { diagnose, openDocument, syntaxDiagnostics, unsuppressed, type ConfigDocument, type DiagnoseOptions, type WorkspaceIndex } from '../service';
import type { DirEntry, FileSource } from '../service/workspace';
import type { FileResult } from './formats';
import { fragmentLabel, includeStatements, resolveInclude } from './includes';
import { ioMessage } from './io';
import type { NativeCheck } from './native';

/** Includes nested deeper than this are not followed. */
const MAX_INCLUDE_DEPTH = 32;

/** A file to check (named on the command line, or found in a folder), or one that could not be read. */
export type Target = { file: string; explicit: boolean } | { file: string; error: string };

/** The texts of files read once already (by the workspace index), handed over instead of reading them again. */
export class ReadTexts {
  private readonly texts = new Map<string, string>();
  /** Folder listings, by absolute path, as a FileSource gives them. */
  private readonly dirs = new Map<string, DirEntry[]>();

  /** A file source that keeps what it reads, and answers from what was read already (listings and texts). */
  wrap(source: FileSource): FileSource {
    return {
      list: async (dir) => this.dirs.get(path.resolve(dir)) ?? source.list(dir),
      read: async (file, maxBytes) => {
        const key = path.resolve(file);
        const known = this.texts.get(key);
        if (known !== undefined) return known;
        const text = await source.read(file, maxBytes);
        if (text !== undefined) this.texts.set(key, text);
        return text;
      },
    };
  }

  /** A folder's entries (read once, and kept for the index). */
  listSync(dir: string): fs.Dirent[] {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    this.dirs.set(
      path.resolve(dir),
      entries.filter((e) => e.isDirectory() || e.isFile()).map((e) => ({ name: e.name, dir: e.isDirectory() })),
    );
    return entries;
  }

  /** A file's text (read once, and kept for the index and the check); undefined when it cannot be read or is
   * larger than `maxBytes`. */
  readSync(file: string, maxBytes: number): string | undefined {
    const key = path.resolve(file);
    let text = this.texts.get(key);
    if (text === undefined) {
      try {
        if (fs.statSync(file).size > maxBytes) return undefined;
        text = fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
      this.texts.set(key, text);
    }
    return text;
  }
  /** The text read for `file` (an absolute path), forgotten once taken. */
  take(file: string): string | undefined {
    const text = this.texts.get(file);
    if (text !== undefined) this.texts.delete(file);
    return text;
  }
}

/** The results of one target: the target's own, then those of what it includes; with each file's real path. */
export interface TargetResults {
  results: FileResult[];
  reals: string[];
}

/** Where an included file comes from: the include statement, and the block it stands in when it is a fragment. */
interface IncludedBy {
  file: string;
  line: number;
  depth: number;
  /** The block around the include statement (`'vrrp_instance VI_1'`): the file is a fragment of it. */
  fragmentOf?: string;
}

/**
 * Checks the files of a `haconf check` run, one target (a file named or found in a folder) at a time: the target,
 * then the files it includes, depth first, each once within the target. `target()` returns that group of results
 * with each file's real path; checkTargets (parallel.ts) puts the groups in order and keeps each file's first
 * result, which gives what one pass over all targets with one set of seen files would.
 */
export class CheckRun {
  readonly results: FileResult[] = [];
  /** The real path of each result. */
  readonly reals: string[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly opts: DiagnoseOptions,
    private readonly followIncludes: boolean,
    /** The configuration sets of the files checked, for the checks across files. */
    private readonly index?: WorkspaceIndex,
    /** `--native`: the real tools' verdicts, merged into each file's result. */
    private readonly native?: NativeCheck,
    /** Texts the index already read, by absolute path (each taken once). */
    private readonly texts?: ReadTexts,
  ) {}

  /** Checks a target and what it includes: the results, with their real paths. */
  async target(file: string, lang: string | undefined, explicit: boolean): Promise<TargetResults> {
    this.seen.clear();
    const from = this.results.length;
    await this.check(file, lang, explicit);
    return { results: this.results.slice(from), reals: this.reals.slice(from) };
  }

  private push(result: FileResult, real: string): void {
    this.results.push(result);
    this.reals.push(real);
  }

  /** Checks a file, then the files it includes (right after it, depth first). */
  private async check(file: string, lang: string | undefined, explicit: boolean, by?: IncludedBy): Promise<void> {
    let real: string;
    try {
      real = fs.realpathSync.native(file);
    } catch {
      real = path.resolve(file);
    }
    if (this.seen.has(real)) return;
    this.seen.add(real);
    const result: FileResult = { file, diagnostics: [] };
    if (by) result.includedFrom = { file: by.file, line: by.line };
    let text: string;
    try {
      text = this.texts?.take(path.resolve(file)) ?? fs.readFileSync(file, 'utf8');
    } catch (e) {
      this.push({ ...result, error: ioMessage(e) }, real);
      return;
    }
    const uri = pathToFileURL(path.resolve(file)).href;
    const doc = await openDocument(registry, uri, text, { formatId: lang });
    if (!doc) {
      if (explicit) {
        result.error = `cannot tell which format this is; name it haproxy.cfg, keepalived.conf, corosync.conf, drbd.conf/*.res or ceph.conf, or pass --lang`;
        this.push(result, real);
      }
      return;
    }
    result.format = doc.format.id;
    this.push(result, real);
    try {
      result.diagnostics = by?.fragmentOf ? fragmentDiagnostics(doc, by) : diagnose(doc, { ...this.opts, workspace: this.index?.view(uri) });
      if (this.native && !by?.fragmentOf) await this.native.amend(result);
      const includes = this.followIncludes ? this.includesOf(doc, result, by) : [];
      for (const inc of includes) await this.check(inc.file, doc.format.id, true, inc.by);
    } finally {
      doc.dispose();
    }
  }

  /** The files a document includes, with the diagnostics of includes that find nothing added to its result. */
  private includesOf(doc: ConfigDocument, result: FileResult, by: IncludedBy | undefined): { file: string; by: IncludedBy }[] {
    const refs = includeStatements(doc);
    if (!refs.length) return [];
    const file = result.file;
    const found: Diagnostic[] = [];
    const next: { file: string; by: IncludedBy }[] = [];
    const depth = (by?.depth ?? 0) + 1;
    for (const ref of refs) {
      const resolved = resolveInclude(file, ref);
      if (resolved.diagnostic) found.push(resolved.diagnostic);
      if (!resolved.files.length) continue;
      if (depth > MAX_INCLUDE_DEPTH) {
        found.push({
          range: ref.node.keywordRange,
          severity: DiagnosticSeverity.Warning,
          source: 'haconf',
          code: 'include.too-deep',
          message: `includes are nested more than ${MAX_INCLUDE_DEPTH} deep here; haconf does not follow this one`,
        });
        continue;
      }
      const line = ref.node.keywordRange.start.line + 1;
      for (const f of resolved.files) next.push({ file: f, by: { file, line, depth, fragmentOf: fragmentLabel(ref) } });
    }
    if (found.length) {
      result.diagnostics = [...result.diagnostics, ...unsuppressed(doc, found)].sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
      );
    }
    return next;
  }
}

/**
 * A file included inside a block holds that block's lines, which mean nothing on their own at the top level: only
 * its syntax is checked, and a note says so.
 */
export function fragmentDiagnostics(doc: ConfigDocument, by: IncludedBy): Diagnostic[] {
  const note: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'haconf',
    code: 'include.fragment',
    message: `this file is included inside ${by.fragmentOf} (${by.file}:${by.line}): only its syntax is checked on its own`,
  };
  return unsuppressed(doc, [note, ...syntaxDiagnostics(doc)]);
}

