/** Shared test helpers: open a text as a format, locate ../shared, list corpus files. */
import * as fs from 'fs';
import * as path from 'path';
import { registry } from '../server/src/formats';
import { ConfigDocument } from '../server/src/service';
import { packageRoot } from '../server/src/service/parsers';
import type { Diagnostic } from 'vscode-languageserver-types';

export const ROOT = packageRoot();

export async function open(formatId: string, text: string, uri = `file:///test/${formatId}.conf`): Promise<ConfigDocument> {
  const format = registry.get(formatId);
  if (!format) throw new Error(`no format ${formatId}`);
  return ConfigDocument.create(format, uri, text);
}

/** Where ../shared is (corpus, bench inputs, census), or undefined in a clone without it. */
export function sharedDir(): string | undefined {
  const candidates = [process.env.HACONF_SHARED, path.resolve(ROOT, '..', 'shared')].filter(Boolean) as string[];
  return candidates.find((d) => fs.existsSync(path.join(d, 'corpus', 'SOURCES.tsv')));
}

export interface CorpusEntry {
  format: string;
  file: string;
  path: string;
  verdict: string;
  category: string;
  accepted: boolean;
}

export function corpus(): CorpusEntry[] {
  const shared = sharedDir();
  if (!shared) return [];
  const [header, ...rows] = fs.readFileSync(path.join(shared, 'corpus', 'SOURCES.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const cols = header.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    const get = (c: string) => cells[cols.indexOf(c)] ?? '';
    return {
      format: get('format'),
      file: get('file'),
      path: path.join(shared, 'corpus', get('file')),
      verdict: get('verdict'),
      category: get('category'),
      accepted: get('verdict') === 'OK',
    };
  });
}

export const SKIP_NO_SHARED = sharedDir() ? false : 'skipped: ../shared (corpus and bench inputs) is not present in this clone';

export function errors(diags: Diagnostic[]): Diagnostic[] {
  return diags.filter((d) => d.severity === 1);
}

/** The diagnostics that are not the format's semantic checks (for tests of grammar and syntax on fragments, which
 * are no whole configuration: a lone `totem { }` has no nodelist, a lone resource no second host). */
export function withoutSemantic(doc: ConfigDocument, diags: Diagnostic[]): Diagnostic[] {
  const codes = new Set((doc.format.semantic ?? []).map((r) => r.code));
  const names = new RegExp(`^${doc.format.id}\\.(undefined|unused)-`);
  return diags.filter((d) => !codes.has(String(d.code)) && !names.test(String(d.code)));
}

export function describeDiags(diags: Diagnostic[]): string {
  return diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message} [${d.code}]`).join('\n');
}

/** The line (1-based) a real tool reports in a corpus verdict such as `ERROR 15 unknown keyword ...`. */
export function verdictLine(verdict: string): number | undefined {
  const m = /^ERROR (\d+)\b/.exec(verdict);
  return m ? Number(m[1]) : undefined;
}

/** How many ERROR and MISSING nodes a document's tree has. */
export function countProblems(doc: ConfigDocument): number {
  let n = 0;
  const visit = (node: NonNullable<ConfigDocument['tree']>['rootNode']): void => {
    if (node.isMissing || node.type === 'ERROR') n++;
    if (!node.hasError) return;
    for (const c of node.children) if (c) visit(c);
  };
  if (doc.tree) visit(doc.tree.rootNode);
  return n;
}

/** The tree as an S-expression, for failure messages. */
export function sexp(doc: ConfigDocument): string {
  return doc.tree?.rootNode.toString() ?? '(no tree)';
}
