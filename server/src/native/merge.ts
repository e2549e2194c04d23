/**
 * Merging what a real tool (`haproxy -c`, `keepalived -t`, ...) says about a file with haconf's own diagnostics,
 * without saying the same thing twice. Pure: no process, no file, no connection.
 *
 * Two diagnostics are taken for one problem when they start on the same line with the same severity (two errors
 * on one line, or two warnings): a line rarely holds two unrelated problems of one kind, and the tools stop at or
 * report per line. Then haconf's diagnostic is kept — its precise range, its code and data (the quick fixes hang
 * on them) — and the tool's own words are added to its message. A tool diagnostic with nothing of haconf's on its
 * line is kept as the tool gave it (its source names the tool). Diagnostics of different severities on one line
 * are both kept: a haconf warning (a deprecated keyword) and a tool error there are likely different problems.
 */
// Types only: the LSP types library is not loaded for this module (the server loads it on first use, not at start).
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';

const ERROR: DiagnosticSeverity = 1;

/** What a haconf diagnostic carries in `data` once tool words were merged into it (for clients and tests). */
export interface MergedData {
  /** The sources (`haproxy -c`) whose diagnostics were folded into this one. */
  nativeSources?: string[];
}

const severityOf = (d: Diagnostic): DiagnosticSeverity => d.severity ?? ERROR;
const keyOf = (line: number, severity: DiagnosticSeverity) => line * 8 + severity;

/**
 * haconf's diagnostics (`own`) and a tool's (`native`) as one list in document order. Neither input is modified.
 * Repeated tool diagnostics (keepalived says some things once per subsystem) are dropped.
 */
export function mergeDiagnostics(own: readonly Diagnostic[], native: readonly Diagnostic[]): Diagnostic[] {
  if (!native.length) return own.slice();
  const unique = dedupe(native);
  // The first haconf diagnostic of each (line, severity) takes the tool's words for that line.
  const owners = new Map<number, number>();
  own.forEach((d, i) => {
    const key = keyOf(d.range.start.line, severityOf(d));
    if (!owners.has(key)) owners.set(key, i);
  });
  const additions = new Map<number, Diagnostic[]>();
  const kept: Diagnostic[] = [];
  for (const n of unique) {
    const owner = owners.get(keyOf(n.range.start.line, severityOf(n)));
    if (owner === undefined) kept.push(n);
    else {
      const list = additions.get(owner) ?? [];
      list.push(n);
      additions.set(owner, list);
    }
  }
  const merged = own.map((d, i) => {
    const extra = additions.get(i);
    return extra ? withToolWords(d, extra) : d;
  });
  return [...merged, ...kept].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** A haconf diagnostic with the tools' messages appended: `… (haproxy -c: unknown keyword 'foo' …)`. */
function withToolWords(d: Diagnostic, tools: Diagnostic[]): Diagnostic {
  const words = tools.map((t) => `${t.source ?? 'tool'}: ${oneLine(t.message)}`);
  const sources = [...new Set(tools.map((t) => t.source ?? 'tool'))];
  const data =
    d.data === undefined || (typeof d.data === 'object' && d.data !== null && !Array.isArray(d.data))
      ? { ...((d.data as object | undefined) ?? {}), nativeSources: sources }
      : d.data; // data of another shape is left as it is: the quick fixes read it
  return { ...d, message: `${d.message} (${words.join('; ')})`, data };
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const key = `${d.range.start.line}|${severityOf(d)}|${d.source ?? ''}|${oneLine(d.message)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** A text change as LSP gives it: with a range, an incremental change; without, the whole text replaced. */
export interface LineChange {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * Tool diagnostics after an edit, until the tool runs again: those on lines the edit touched are dropped (the tool
 * has not seen the new text there), those below move with their lines. A change without a range (the whole text
 * replaced) drops them all. Changes apply in order, as LSP sends them.
 */
export function shiftForEdits(list: readonly Diagnostic[], changes: readonly LineChange[]): Diagnostic[] {
  let out = list.slice();
  for (const c of changes) {
    if (!out.length) break;
    if (!c.range) return [];
    const first = c.range.start.line;
    // Whole lines replaced (from column 0 to column 0, by nothing or by whole lines): the line the range ends on
    // keeps its text and only moves.
    const wholeLines = c.range.start.character === 0 && c.range.end.character === 0 && (c.text === '' || c.text.endsWith('\n'));
    const last = wholeLines ? c.range.end.line - 1 : c.range.end.line;
    const delta = lineCount(c.text) - (c.range.end.line - first);
    const next: Diagnostic[] = [];
    for (const d of out) {
      const s = d.range.start.line;
      const e = d.range.end.line;
      if (e < first) next.push(d);
      else if (s > last) {
        next.push(
          delta
            ? {
                ...d,
                range: {
                  start: { line: s + delta, character: d.range.start.character },
                  end: { line: e + delta, character: d.range.end.character },
                },
              }
            : d,
        );
      } // else: on an edited line, dropped
    }
    out = next;
  }
  return out;
}

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
