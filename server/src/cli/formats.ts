/**
 * `haconf check`'s output formats: `text` (one `file:line:col: severity: message [code]` line per problem), `json`
 * (one object per file), `sarif` (a SARIF 2.1.0 log, for code-scanning uploads) and `github` (GitHub Actions
 * workflow commands, which the runner turns into annotations on the pull request).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { describeCode } from './rules';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface Output {
  write(s: string): void;
}

/** What `haconf check` found in one file. */
export interface FileResult {
  /** The path as the user wrote it, or as the include that named it gives it. */
  file: string;
  format?: string;
  diagnostics: Diagnostic[];
  /** Why the file could not be checked (I/O, unknown format). */
  error?: string;
  /** The include statement that brought the file in. */
  includedFrom?: { file: string; line: number };
}

export interface ReportContext {
  /** Paths in SARIF and GitHub output are relative to this folder. */
  cwd: string;
  /** haconf's version, for SARIF's tool.driver. */
  version: string;
}

export const SEVERITY_NAME: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

const codeOf = (d: Diagnostic): string => (d.code === undefined ? 'haconf' : String(d.code));

/** Writes the results in `format`. Problems go to `out`; in text mode, files that could not be checked go to `err`. */
export function report(format: OutputFormat, results: readonly FileResult[], ctx: ReportContext, out: Output, err: Output): void {
  switch (format) {
    case 'json':
      out.write(JSON.stringify(results.map(toJson), null, 2) + '\n');
      return;
    case 'sarif':
      out.write(JSON.stringify(toSarif(results, ctx), null, 2) + '\n');
      return;
    case 'github':
      for (const line of githubLines(results, ctx)) out.write(line + '\n');
      for (const r of results) if (r.error) err.write(`${r.file}: ${r.error}\n`);
      return;
    default:
      for (const r of results) {
        if (r.error) err.write(`${r.file}: ${r.error}\n`);
        for (const d of r.diagnostics) out.write(textLine(r.file, d) + '\n');
      }
  }
}

export function textLine(file: string, d: Diagnostic): string {
  const code = d.code !== undefined ? ` [${d.code}]` : '';
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY_NAME[d.severity ?? 1]}: ${d.message}${code}`;
}

function toJson(r: FileResult) {
  return {
    file: r.file,
    format: r.format ?? null,
    error: r.error,
    includedFrom: r.includedFrom,
    diagnostics: r.diagnostics.map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: SEVERITY_NAME[d.severity ?? 1],
      code: d.code,
      source: d.source,
      message: d.message,
    })),
  };
}

// ---- GitHub workflow commands ----

/** Escapes the message of a workflow command. */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`file=`, `title=`): the message's escapes plus ':' and ','. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_COMMAND: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'notice',
  [DiagnosticSeverity.Hint]: 'notice',
};

/** A path for people and for GitHub: relative to the working folder when inside it, '/'-separated. */
function displayPath(file: string, cwd: string): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  const inside = rel && !rel.startsWith('..') && !path.isAbsolute(rel);
  return (inside ? rel : abs).split(path.sep).join('/');
}

export function githubLines(results: readonly FileResult[], ctx: ReportContext): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const file = escapeGithubProperty(displayPath(r.file, ctx.cwd));
    if (r.error) lines.push(`::error file=${file},title=${escapeGithubProperty('haconf')}::${escapeGithubData(`${r.file}: ${r.error}`)}`);
    for (const d of r.diagnostics) {
      const { start, end } = d.range;
      // GitHub's columns are 1-based and inclusive: the end is the last character the range covers.
      const endColumn = end.line === start.line ? Math.max(start.character + 1, end.character) : Math.max(1, end.character);
      const props = [
        `file=${file}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${endColumn}`,
        `title=${escapeGithubProperty(codeOf(d))}`,
      ];
      lines.push(`::${GITHUB_COMMAND[d.severity ?? 1]} ${props.join(',')}::${escapeGithubData(d.message)}`);
    }
  }
  return lines;
}

// ---- SARIF 2.1.0 ----

const SARIF_LEVEL: Record<number, 'error' | 'warning' | 'note'> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'note',
  [DiagnosticSeverity.Hint]: 'note',
};

const SRCROOT = '%SRCROOT%';

/** An artifact location: relative to the working folder (base `%SRCROOT%`) when inside it, else an absolute URI. */
function artifactLocation(fileOrUri: string, cwd: string): { uri: string; uriBaseId?: string } {
  let abs: string;
  if (/^file:\/\//i.test(fileOrUri)) {
    try {
      abs = decodeURIComponent(new URL(fileOrUri).pathname);
    } catch {
      return { uri: fileOrUri };
    }
  } else abs = path.resolve(cwd, fileOrUri);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

function region(d: Pick<Diagnostic, 'range'>) {
  return {
    startLine: d.range.start.line + 1,
    startColumn: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    // SARIF's endColumn is the column after the region, like LSP's exclusive end.
    endColumn: d.range.end.character + 1,
  };
}

export function toSarif(results: readonly FileResult[], ctx: ReportContext): object {
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const sarifResults: object[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const id = codeOf(d);
      let index = ruleIndex.get(id);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(id, index);
        rules.push({ id, shortDescription: { text: describeCode(id) } });
      }
      const result: Record<string, unknown> = {
        ruleId: id,
        ruleIndex: index,
        level: SARIF_LEVEL[d.severity ?? 1],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file, ctx.cwd), region: region(d) } }],
      };
      if (d.relatedInformation?.length) {
        result.relatedLocations = d.relatedInformation.map((info, i) => ({
          id: i,
          message: { text: info.message },
          physicalLocation: { artifactLocation: artifactLocation(info.location.uri, ctx.cwd), region: region(info.location) },
        }));
      }
      sarifResults.push(result);
    }
  }
  const failures = results.filter((r) => r.error);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'haconf',
            version: ctx.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(ctx.version) ? ctx.version : undefined,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((r) => ({
              level: 'error',
              message: { text: `${r.file}: ${r.error}` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file, ctx.cwd) } }],
            })),
          },
        ],
        results: sarifResults,
      },
    ],
  };
}
