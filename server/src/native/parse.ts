/** Helpers the adapters share to turn a tool's words into diagnostics. */
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';

/** The range of a line (0-based) trimmed to its non-blank text; a line past the end is clamped to the last one. */
export function lineRange(text: string, line: number): Range {
  const lines = text.split('\n');
  const l = Math.max(0, Math.min(line, lines.length - 1));
  const content = (lines[l] ?? '').replace(/\r$/, '');
  const start = content.length - content.trimStart().length;
  const end = content.trimEnd().length;
  return end > start
    ? { start: { line: l, character: start }, end: { line: l, character: end } }
    : { start: { line: l, character: 0 }, end: { line: l, character: 0 } };
}

/** Whether a file name a tool printed is the file it was given (the same path, or the same base name when the tool
 * printed it relative to another directory). */
export function sameFile(printed: string, file: string): boolean {
  if (printed === file) return true;
  if (path.resolve(printed) === path.resolve(file)) return true;
  return path.basename(printed) === path.basename(file) && !printed.includes('/');
}

export interface Finding {
  /** 1-based line in the checked file, or undefined when the tool names no line (or another file's line). */
  line?: number;
  message: string;
  severity: DiagnosticSeverity;
}

/**
 * Findings to diagnostics: the same message on the same line only once (some tools repeat themselves), messages a
 * tool names a line of another file for keep that file and line in the text and go to line 0.
 */
export function toDiagnostics(findings: Finding[], text: string, source: string, hostDependent: readonly RegExp[] = []): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const message = f.message.trim();
    if (!message) continue;
    const key = `${f.line ?? 0}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // What depends on the machine the check runs on (its interfaces, its host name, files it holds) is not a fault
    // of the file: at most a warning, marked as such.
    const host = hostDependent.some((re) => re.test(message));
    out.push({
      range: lineRange(text, f.line === undefined ? 0 : f.line - 1),
      severity: host && f.severity === DiagnosticSeverity.Error ? DiagnosticSeverity.Warning : f.severity,
      source,
      message: host ? `${message} (depends on the machine the check runs on)` : message,
      ...(host ? { code: 'host-dependent' } : {}),
      // The line the tool named (1-based), or null when it named none (the diagnostic then sits on line 1).
      data: { toolLine: f.line ?? null },
    });
  }
  return out;
}

/** The non-empty lines of a tool's output, without trailing CR. */
export function outputLines(s: string): string[] {
  return s.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
}

/** A line-0 error for a tool that rejected the file (non-zero exit) without a message we could read. */
export function unexplained(tool: string, code: number | null, lastWords: string | undefined): Finding {
  const why = lastWords?.trim() ? `: ${lastWords.trim()}` : '';
  return { message: `${tool} rejected the file (exit ${code ?? 'by signal'})${why}`, severity: DiagnosticSeverity.Error };
}
