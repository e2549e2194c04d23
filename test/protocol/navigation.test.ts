/** Navigation over LSP in a temporary workspace folder: definition, references, rename across two files, highlights,
 * workspace symbols, indexing progress, and diagnostics that follow the other file of the set. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { after, before, describe, it } from 'node:test';
import type { DocumentHighlight, Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import { LspClient } from './client';

const MAIN = 'frontend www\n  bind :80\n  acl is_api path_beg /api\n  use_backend api if is_api\n  default_backend web\nbackend web\n  server w 10.0.0.1:80\n';
const BACKENDS = 'backend api\n  server a 10.0.0.2:80\n';

describe('haconf-language-server --stdio: navigation and the workspace index', () => {
  let client: LspClient;
  let dir: string;
  let mainUri: string;
  let backendsUri: string;
  const progress: unknown[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-nav-'));
    fs.mkdirSync(path.join(dir, 'haproxy'));
    fs.writeFileSync(path.join(dir, 'haproxy', 'main.cfg'), MAIN);
    fs.writeFileSync(path.join(dir, 'haproxy', 'backends.cfg'), BACKENDS);
    mainUri = pathToFileURL(path.join(dir, 'haproxy', 'main.cfg')).href;
    backendsUri = pathToFileURL(path.join(dir, 'haproxy', 'backends.cfg')).href;
    client = new LspClient();
    client.conn.onRequest('window/workDoneProgress/create', () => null);
    client.conn.onNotification('$/progress', (p: unknown) => progress.push(p));
  });
  after(() => {
    if (client.proc.exitCode === null) client.proc.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('announces the navigation capabilities and indexes the folder with progress', async () => {
    const result = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: { window: { workDoneProgress: true } },
    });
    await client.conn.sendNotification('initialized', {});
    const c = result.capabilities;
    assert.equal(c.definitionProvider, true);
    assert.equal(c.referencesProvider, true);
    assert.deepEqual(c.renameProvider, { prepareProvider: true });
    assert.equal(c.documentHighlightProvider, true);
    assert.equal(c.workspaceSymbolProvider, true);
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'api' });
    assert.deepEqual(symbols.map((s) => `${s.name} ${s.location.uri === backendsUri}`), ['api true']);
    const kinds = progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('an open file sees the backend of the other file of its directory: no diagnostic about it', async () => {
    await client.open(mainUri, 'haproxy', MAIN, 1);
    const d = await client.diagnosticsFor(mainUri, (p) => p.version === 1);
    assert.deepEqual(d.diagnostics.map((x) => x.code), []);
  });

  it('goes to the definition in the other file, and finds references in both', async () => {
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: mainUri }, position: { line: 3, character: 15 } });
    assert.deepEqual(defs, [{ uri: backendsUri, range: { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } } }]);
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: mainUri },
      position: { line: 3, character: 15 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs.map((l) => `${path.basename(l.uri)}:${l.range.start.line}`), ['main.cfg:3', 'backends.cfg:0']);
  });

  it('renames across the two files, after prepareRename gives the range', async () => {
    const prep = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: mainUri }, position: { line: 3, character: 15 } });
    assert.deepEqual(prep, { range: { start: { line: 3, character: 14 }, end: { line: 3, character: 17 } }, placeholder: 'api' });
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: mainUri }, position: { line: 3, character: 15 }, newName: 'api_v2' });
    assert.deepEqual(edit.changes, {
      [mainUri]: [{ range: { start: { line: 3, character: 14 }, end: { line: 3, character: 17 } }, newText: 'api_v2' }],
      [backendsUri]: [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } }, newText: 'api_v2' }],
    });
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri: mainUri }, position: { line: 3, character: 15 }, newName: 'has space' }),
      /not a valid backend name/,
    );
  });

  it('highlights an ACL and its use', async () => {
    const hl = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: mainUri }, position: { line: 3, character: 23 } });
    assert.deepEqual(hl.map((h) => `${h.range.start.line}:${h.range.start.character}:${h.kind}`), ['2:6:3', '3:21:2']);
  });

  it('re-checks the open file when the other file changes on disk', async () => {
    const seen = new Set(client.published(mainUri));
    fs.writeFileSync(path.join(dir, 'haproxy', 'backends.cfg'), 'backend apx\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: backendsUri, type: 2 }] });
    const d = await client.diagnosticsFor(mainUri, (p) => !seen.has(p) && p.diagnostics.some((x) => x.code === 'haproxy.undefined-backend'));
    for (const p of client.published(mainUri)) seen.add(p);
    assert.equal(d.diagnostics.find((x) => x.code === 'haproxy.undefined-backend')!.message, "No backend named 'api' is defined in this configuration.");
    fs.writeFileSync(path.join(dir, 'haproxy', 'backends.cfg'), BACKENDS);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: backendsUri, type: 2 }] });
    await client.diagnosticsFor(mainUri, (p) => !seen.has(p) && p.diagnostics.length === 0);
  });

  it('shuts down cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
