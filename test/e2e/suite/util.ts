/** Helpers for the end-to-end suite: the fixtures, the extension's API, polling with a deadline, outline rendering. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { HaconfApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'haconf.haconf';

export interface Fixture {
  /** The language id the file must open as. */
  id: string;
  /** The path inside the workspace (a copy of test/e2e/fixtures/). */
  file: string;
}

export const FIXTURES: readonly Fixture[] = [
  { id: 'haproxy', file: 'haproxy.cfg' },
  { id: 'keepalived', file: 'keepalived.conf' },
  { id: 'corosync', file: 'corosync.conf' },
  { id: 'drbd', file: 'drbd.d/r0.res' },
  { id: 'ceph', file: 'ceph.conf' },
];

export function fixture(id: string): Fixture {
  const f = FIXTURES.find((x) => x.id === id);
  assert.ok(f, `no fixture for ${id}`);
  return f;
}

export function fixtureUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host was started without a workspace folder (the fixtures)');
  return vscode.Uri.joinPath(folder.uri, ...file.split('/'));
}

export function extension(): vscode.Extension<HaconfApi> {
  const ext = vscode.extensions.getExtension<HaconfApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in the host`);
  return ext;
}

/** Activates the extension (idempotent) and waits until its language server has answered `initialize`. */
export async function activate(): Promise<HaconfApi> {
  const ext = extension();
  const api = await ext.activate();
  assert.ok(api && typeof api.ready === 'function', 'activate() did not return the haconf API');
  await api.ready();
  return api;
}

/** Fails fast, with a clear message, when a format's tree-sitter grammar has not been built yet. */
export function requireGrammar(id: string): void {
  const wasm = path.join(extension().extensionPath, 'grammars', id, `tree-sitter-${id}.wasm`);
  assert.ok(fs.existsSync(wasm), `grammars/${id}/tree-sitter-${id}.wasm is not built yet (npm run grammars)`);
}

/** Opens a fixture (shown in an editor when `show`), after activating the extension. */
export async function openFixture(id: string, show = false): Promise<vscode.TextDocument> {
  await activate();
  const doc = await vscode.workspace.openTextDocument(fixtureUri(fixture(id).file));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Prints lines marked as the suite's own output (the code-server driver relays only those, unmarked). */
export function say(text: string): void {
  console.log(text.split('\n').map((line) => `E2E| ${line}`).join('\n'));
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Calls `probe` until `accept` takes its result or the deadline passes (the server may still be starting, or still
 * parsing an edit); fails with the last result.
 */
export async function poll<T>(
  what: string,
  probe: () => Thenable<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const got = lastError ? `error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : show(last);
      throw new assert.AssertionError({ message: `timed out after ${timeoutMs} ms waiting for ${what}; last result: ${got}` });
    }
    await sleep(delay);
  }
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > 600 ? `${s.slice(0, 600)}…` : s;
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

/** Polls until the server returns a non-empty outline. */
export function outlineOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return poll(`the outline of ${path.basename(uri.path)}`, () => documentSymbols(uri), (s) => s.length > 0);
}

/** An outline as indented lines: `name (detail)`, two spaces per level. */
export function renderOutline(symbols: readonly vscode.DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`,
    ...renderOutline(s.children ?? [], depth + 1),
  ]);
}

/** Whether an outline entry is the one a label such as `frontend www` names: every word appears in name or detail. */
export function matches(symbol: vscode.DocumentSymbol, label: string): boolean {
  const words = new Set(`${symbol.name} ${symbol.detail ?? ''}`.split(/[\s[\]()]+/).filter(Boolean));
  return label.split(/\s+/).every((w) => words.has(w));
}

/** Asserts that each label names an entry of `symbols`, in this order (other entries may come between). */
export function assertOutlineHas(symbols: readonly vscode.DocumentSymbol[], labels: readonly string[], where: string): vscode.DocumentSymbol[] {
  const found: vscode.DocumentSymbol[] = [];
  let i = 0;
  for (const label of labels) {
    while (i < symbols.length && !matches(symbols[i], label)) i++;
    assert.ok(i < symbols.length, `${where}: no outline entry '${label}' (in order) in:\n${renderOutline(symbols).join('\n')}`);
    found.push(symbols[i++]);
  }
  return found;
}

export function errorsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
}

/** Asserts that a file shows no error, and still none `settleMs` later (diagnostics arrive on their own schedule). */
export async function assertNoErrors(uri: vscode.Uri, what: string, settleMs = 500): Promise<void> {
  const deadline = Date.now() + settleMs;
  do {
    const errors = errorsOf(uri);
    assert.deepEqual(errors.map((d) => d.message), [], `${what}: ${describeDiagnostics(errors)}`);
    await sleep(100);
  } while (Date.now() < deadline);
}

export function describeDiagnostics(list: readonly vscode.Diagnostic[]): string {
  return list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('; ') || '(none)';
}

/** The 0-based number of the first line matching `re`, searching from line `from`. */
export function lineOf(doc: vscode.TextDocument, re: RegExp, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) return i;
  assert.fail(`no line matching ${re} in ${path.basename(doc.uri.path)}`);
}

/** A syntax error made by one edit of a fixture, and the diagnostic it must raise. */
export interface Breakage {
  /** The range to replace (whole lines include their line break). */
  range: vscode.Range;
  replacement: string;
  /** The diagnostic message expected (exactly, for a string). */
  expected: string | RegExp;
}

/** One syntax error per format, written against the fixtures. */
export function breakage(id: string, doc: vscode.TextDocument): Breakage {
  const wholeLine = (line: number) => new vscode.Range(line, 0, line + 1, 0);
  const lastLine = (re: RegExp) => {
    for (let i = doc.lineCount - 1; i >= 0; i--) if (re.test(doc.lineAt(i).text)) return i;
    return assert.fail(`no line matching ${re}`);
  };
  switch (id) {
    case 'corosync': {
      // Drop the '}' that closes `logging {`.
      const open = lineOf(doc, /^logging \{/);
      return { range: wholeLine(lineOf(doc, /^\}/, open)), replacement: '', expected: `block 'logging' opened on line ${open + 1} is never closed` };
    }
    case 'keepalived': {
      // Drop the '}' that closes `vrrp_instance VI_1 {` (the file's last line).
      const open = lineOf(doc, /^vrrp_instance VI_1 \{/);
      return { range: wholeLine(lastLine(/^\}/)), replacement: '', expected: `block 'vrrp_instance VI_1' opened on line ${open + 1} is never closed` };
    }
    case 'drbd': {
      // Drop the ';' after `protocol C` (an unclosed last block is only a warning: drbdadm accepts it).
      const line = lineOf(doc, /^\s*protocol C;/);
      const at = doc.lineAt(line).text.indexOf(';');
      return { range: new vscode.Range(line, at, line, at + 1), replacement: '', expected: "missing ';' after 'protocol C'" };
    }
    case 'ceph': {
      // `[mon]` loses its closing bracket: "missing ']' ..." or "unexpected '[mon'".
      const line = lineOf(doc, /^\[mon\]/);
      return { range: new vscode.Range(line, 4, line, 5), replacement: '', expected: /'\]'|\[mon/ };
    }
    case 'haproxy': {
      // An opening quote that is never closed.
      const line = lineOf(doc, /option httpchk GET \/health/);
      const col = doc.lineAt(line).text.indexOf('/health');
      return { range: new vscode.Range(line, col, line, col), replacement: '"', expected: /unterminated quoted string/ };
    }
    default:
      return assert.fail(`no breakage for ${id}`);
  }
}

/** Applies a breakage to an open document; returns the edit that undoes it. */
export async function applyBreakage(doc: vscode.TextDocument, b: Breakage): Promise<() => Promise<void>> {
  const original = doc.getText(b.range);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, b.range, b.replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the breaking edit was not applied');
  const start = b.range.start;
  const lines = b.replacement.split('\n');
  const end = lines.length === 1 ? start.translate(0, lines[0].length) : new vscode.Position(start.line + lines.length - 1, lines[lines.length - 1].length);
  return async () => {
    const undo = new vscode.WorkspaceEdit();
    undo.replace(doc.uri, new vscode.Range(start, end), original);
    assert.ok(await vscode.workspace.applyEdit(undo), 'the repairing edit was not applied');
  };
}

/** Reverts and closes every editor, so each test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme === 'file') {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
