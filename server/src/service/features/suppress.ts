/**
 * Suppression comments: `# haconf-ignore: CODE[,CODE]` on the line of a diagnostic, or alone on the line before it,
 * silences the diagnostics with those codes there (`# haconf-ignore` with no codes silences all of them). The comment
 * starts with one of the format's line comment prefixes. Every haconf diagnostic offers a quick fix that adds one.
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import type { TextSource } from '../text';

const MARK = 'haconf-ignore';

/** The codes suppressed on each line (line -> codes; '*' is every code). */
export function suppressions(text: TextSource, commentPrefixes: readonly string[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  let at = text.indexOf(MARK);
  if (at < 0) return out;
  // Line numbers by counting line breaks up to each mark (marks are rare, so this is one pass over the text).
  let line = 0;
  let counted = 0;
  while (at >= 0) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    const lineStart = counted;
    const before = text.slice(lineStart, at);
    const prefix = commentPrefixes.find((p) => {
      const i = before.lastIndexOf(p);
      return i >= 0 && /^\s*$/.test(before.slice(i + p.length));
    });
    if (prefix !== undefined) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const rest = text.slice(at + MARK.length, end).replace(/\r$/, '');
      const m = /^\s*(?::\s*([^\s#;].*?))?\s*$/.exec(rest);
      if (m) {
        const codes = new Set((m[1] ?? '*').split(/[\s,]+/).filter(Boolean));
        // A comment alone on its line covers the next line too; a trailing one covers only its own line.
        const alone = before.slice(0, before.lastIndexOf(prefix)).trim() === '';
        for (const l of alone ? [line, line + 1] : [line]) {
          const set = out.get(l) ?? new Set<string>();
          for (const c of codes) set.add(c);
          out.set(l, set);
        }
      }
    }
    at = text.indexOf(MARK, at + MARK.length);
  }
  return out;
}

/** The diagnostics that no suppression comment silences. */
export function unsuppressed(doc: ConfigDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  const table = suppressions(doc.source, doc.format.lineComments);
  if (!table.size) return diagnostics;
  return diagnostics.filter((d) => {
    const codes = table.get(d.range.start.line);
    return !codes || !(codes.has('*') || (d.code !== undefined && codes.has(String(d.code))));
  });
}

/** The edit that suppresses `diagnostic`: a comment line above it, indented like its line, or the code added to an
 * existing suppression comment there. */
export function suppressionEdit(doc: ConfigDocument, diagnostic: Diagnostic): TextEdit | undefined {
  if (diagnostic.code === undefined) return undefined;
  const code = String(diagnostic.code);
  const line = diagnostic.range.start.line;
  const lineText = (l: number) =>
    doc.textDocument.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, '');
  const prefix = doc.format.lineComments[0] ?? '#';
  if (line > 0) {
    const prev = lineText(line - 1);
    const m = new RegExp(`^(\\s*${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*${MARK}\\s*:\\s*)(.*?)\\s*$`).exec(prev);
    if (m) {
      return {
        range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: prev.length } },
        newText: `${m[1]}${m[2]}, ${code}`,
      };
    }
  }
  const indent = /^\s*/.exec(lineText(line))![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${prefix} ${MARK}: ${code}\n` };
}
