/**
 * Following includes for `haconf check`: the include statements of a document as its format's name spec finds them
 * (the same list the workspace index follows), their paths or glob patterns resolved against the including file's
 * folder, and the diagnostics for an include that finds nothing. Glob patterns are matched here, the way glob(3)
 * does: `*`, `?` and `[...]` within one path segment, a leading '.' only matched by a leading '.', csh-style `{a,b}`
 * alternatives, each alternative's matches sorted.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { namesOf, type ConfigDocument } from '../service';
import { nodeLabel, walkModel, type ConfigNode } from '../service/model';

/** An include statement of a document. */
export interface IncludeRef {
  node: ConfigNode;
  /** The path or pattern as the tool reads it (quotes removed). */
  pattern: string;
  /** The innermost section or block the statement stands in: the included text is a fragment of it. */
  inside?: ConfigNode;
}

/** What an include statement resolves to: the files (in include order) and, when that is worth saying, a diagnostic. */
export interface ResolvedInclude {
  files: string[];
  diagnostic?: Diagnostic;
}

/** At most this many alternatives from one pattern's `{a,b}` groups. */
const MAX_BRACE_EXPANSIONS = 1024;

/** The include statements of a document, in document order, each with the block it stands in. */
export function includeStatements(doc: ConfigDocument): IncludeRef[] {
  const includes = namesOf(doc)?.includes;
  if (!includes?.length) return [];
  const statements = new Set(includes.map((i) => i.node));
  const out: IncludeRef[] = [];
  walkModel(doc.model.nodes, (node, parents) => {
    if (statements.has(node)) out.push({ node, pattern: node.argValue(0), inside: parents[parents.length - 1] });
    return node.kind !== 'directive';
  });
  return out;
}

/** The files an include statement of `includer` (a path as the user wrote it) names. */
export function resolveInclude(includer: string, ref: IncludeRef): ResolvedInclude {
  const { pattern } = ref;
  const range = argRange(ref.node);
  const diag = (severity: DiagnosticSeverity, code: string, message: string): ResolvedInclude => ({
    files: [],
    diagnostic: { range, severity, source: 'haconf', code, message },
  });
  if (!pattern.trim()) return diag(DiagnosticSeverity.Warning, 'include.not-found', `'${ref.node.keyword}' names no file`);
  if (pattern.includes('$')) {
    return diag(DiagnosticSeverity.Information, 'include.not-followed', `include '${pattern}' uses a variable, so haconf does not follow it`);
  }
  const base = path.dirname(includer);
  const alternatives = expandBraces(pattern);
  const files: string[] = [];
  const missingFolders: string[] = [];
  let magic = false;
  for (const alt of alternatives) {
    if (!hasMagic(alt)) {
      const file = path.join(base, unescapeGlob(alt));
      const st = statOrUndefined(file);
      if (st?.isFile()) files.push(file);
      else if (st?.isDirectory()) return diag(DiagnosticSeverity.Warning, 'include.not-a-file', `included path '${alt}' is a folder, not a file (${path.resolve(file)})`);
      else if (alternatives.length === 1) {
        return diag(DiagnosticSeverity.Warning, 'include.not-found', `included file '${alt}' not found (looked for ${path.resolve(file)})`);
      }
      continue;
    }
    magic = true;
    const matched = globFiles(alt, base);
    if (matched.missingFolder) missingFolders.push(matched.missingFolder);
    files.push(...matched.files);
  }
  const unique = [...new Set(files)];
  if (unique.length) return { files: unique };
  if (missingFolders.length) {
    return diag(
      DiagnosticSeverity.Warning,
      'include.not-found',
      `the folder of include pattern '${pattern}' does not exist (${path.resolve(missingFolders[0])})`,
    );
  }
  if (!magic) return diag(DiagnosticSeverity.Warning, 'include.not-found', `no file named by '${pattern}' exists (in ${path.resolve(base)})`);
  // A pattern that matches nothing is what a fresh install has (drbd.d/*.res before any resource): worth a note only.
  return diag(DiagnosticSeverity.Information, 'include.no-match', `no file matches include pattern '${pattern}' (in ${path.resolve(base)})`);
}

/** How an included fragment is described: `'vrrp_instance VI_1'`. */
export function fragmentLabel(ref: IncludeRef): string | undefined {
  return ref.inside ? `'${nodeLabel(ref.inside)}'` : undefined;
}

function argRange(node: ConfigNode): Range {
  return node.argCount ? { start: node.keywordRange.start, end: node.args[node.argCount - 1].range.end } : node.keywordRange;
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** Whether a pattern has a wildcard (`*`, `?`, `[`) that is not escaped. */
export function hasMagic(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

function unescapeGlob(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/**
 * csh-style brace expansion: `a{b,c{d,e}}f` -> `abf`, `acdf`, `acef`. A brace with no comma at its level, or one that
 * is never closed, stays as written.
 */
export function expandBraces(pattern: string): string[] {
  const out: string[] = [];
  const expand = (p: string): void => {
    if (out.length >= MAX_BRACE_EXPANSIONS) return;
    const group = firstGroup(p);
    if (!group) {
      out.push(p);
      return;
    }
    const head = p.slice(0, group.open);
    const tail = p.slice(group.close + 1);
    for (const part of group.parts) expand(head + part + tail);
  };
  expand(pattern);
  return out;
}

/** The first `{...}` group with a comma at its own level. */
function firstGroup(p: string): { open: number; close: number; parts: string[] } | undefined {
  for (let open = 0; open < p.length; open++) {
    if (p[open] === '\\') {
      open++;
      continue;
    }
    if (p[open] !== '{') continue;
    let depth = 0;
    const cuts: number[] = [];
    for (let i = open; i < p.length; i++) {
      const c = p[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === ',' && depth === 1) cuts.push(i);
      else if (c === '}' && --depth === 0) {
        if (!cuts.length) break; // `{x}`: literal; look for a later group
        const bounds = [open, ...cuts, i];
        const parts = bounds.slice(1).map((end, k) => p.slice(bounds[k] + 1, end));
        return { open, close: i, parts };
      }
    }
  }
  return undefined;
}

/** The regular expression of one glob path segment. */
export function segmentPattern(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) re += escapeRe(segment[++i]);
    else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const close = classEnd(segment, i);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      let negate = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/^\]/, '\\]').replace(/\[/g, '\\[')}]`;
      i = close;
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, 's');
}

/** Where a `[...]` class that opens at `open` closes (a `]` right after `[` or `[!` belongs to the class), or -1. */
function classEnd(s: string, open: number): number {
  let i = open + 1;
  if (s[i] === '!' || s[i] === '^') i++;
  if (s[i] === ']') i++;
  for (; i < s.length; i++) if (s[i] === ']') return i;
  return -1;
}

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/**
 * The files a glob pattern (no braces left) matches, relative patterns against `base`; `missingFolder` when the
 * fixed folder the pattern starts from does not exist.
 */
export function globFiles(pattern: string, base: string): { files: string[]; missingFolder?: string } {
  const absolute = path.isAbsolute(pattern);
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let dirs = [absolute ? path.parse(path.resolve(base)).root : base];
  if (absolute) segments.shift();
  // The fixed part first: it must be a folder.
  let k = 0;
  let fixed = dirs[0];
  while (k < segments.length - 1 && !hasMagic(segments[k])) fixed = path.join(fixed, unescapeGlob(segments[k++]));
  if (!statOrUndefined(fixed)?.isDirectory()) return { files: [], missingFolder: fixed };
  dirs = [fixed];
  for (; k < segments.length; k++) {
    const last = k === segments.length - 1;
    const seg = segments[k];
    const next: string[] = [];
    for (const dir of dirs) {
      if (!hasMagic(seg)) {
        const p = path.join(dir, unescapeGlob(seg));
        const st = statOrUndefined(p);
        if (st && (last ? st.isFile() : st.isDirectory())) next.push(p);
        continue;
      }
      const re = segmentPattern(seg);
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        continue;
      }
      names.sort();
      for (const name of names) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (!re.test(name)) continue;
        const p = path.join(dir, name);
        const st = statOrUndefined(p);
        if (st && (last ? st.isFile() : st.isDirectory())) next.push(p);
      }
    }
    dirs = next;
    if (!dirs.length) break;
  }
  return { files: dirs };
}
