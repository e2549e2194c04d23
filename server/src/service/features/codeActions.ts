/**
 * Quick fixes for the schema diagnostics: "Change to 'balance'" for an unknown keyword (one per suggestion), and the
 * replacement of a deprecated keyword when it is known. The edits come from the diagnostics' `data`, so a client
 * that sends back the diagnostics it was given gets the fixes without the document being checked again.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import type { SchemaDiagnosticData } from './schemaDiagnostics';
import { suppressionEdit } from './suppress';

const overlaps = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character)) &&
  !(b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

/** The quick fixes for the diagnostics (as the client sends them back) that touch `range`. */
export function codeActions(doc: ConfigDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'haconf' || !overlaps(d.range, range)) continue;
    const data = (d.data ?? {}) as SchemaDiagnosticData;
    const fix = (title: string, newText: string, preferred: boolean): void => {
      out.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: preferred || undefined,
        edit: { changes: { [doc.uri]: [{ range: d.range, newText }] } },
      });
    };
    if (d.code === 'schema.unknown-keyword' && Array.isArray(data.suggestions)) {
      data.suggestions.forEach((s, i) => fix(`Change to '${s}'`, s, i === 0 && data.suggestions!.length === 1));
    } else if (d.code === 'schema.deprecated' && typeof data.replacement === 'string') {
      fix(`Replace with '${data.replacement}'`, data.replacement, true);
    }
    const suppress = suppressionEdit(doc, d);
    if (suppress) {
      out.push({
        title: `Ignore '${String(d.code)}' here (haconf-ignore comment)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [doc.uri]: [suppress] } },
      });
    }
  }
  return out;
}
