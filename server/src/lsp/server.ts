/**
 * The LSP adapter: keeps the open documents, feeds edits to the language service and publishes its results.
 * Transport comes from the command line: --stdio, --node-ipc or --socket=PORT.
 *
 * The language service (the formats, their schemas, tree-sitter) is loaded after the handshake, not before it: the
 * server answers `initialize` with only the protocol library loaded, then loads the service when the client says
 * `initialized` (or when a message first needs it). In the bundle the service is a file of its own, dist/service.js,
 * with its own V8 code cache, so that a cache which holds the whole open-and-check path does not slow the handshake.
 */
import * as nodePath from 'path';
import {
  CodeActionKind,
  createConnection,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import type * as Adapters from '../native';
import { NativeValidation, nativeSettingsOf, TRUST_NOTIFICATION, VALIDATE_COMMAND, type RunOutcome } from './native';
import type * as Service from './service';
import type { ConfigDocument, DiagnoseOptions, DocumentLimits, FormatOptions, WorkspaceIndex } from './service';
import { uriToPath } from '../service/uri';
import { diskSource } from './disk';

/** How long after an edit the other open files of its configuration set are checked again. */
const SET_RECHECK_MS = 150;

/** The haconf settings the server reads (initializationOptions, or the `haconf` section of the configuration). */
interface Settings {
  maxFileSizeMB?: number;
  haproxyVersion?: string;
  keepalivedVersion?: string;
  format?: FormatSettings;
  /** `haconf.native.*`: validation with the real tools (see ./native.ts). */
  native?: unknown;
  /** Whether the editor trusts the workspace (initializationOptions only; later grants come as a notification). */
  workspaceTrusted?: boolean;
}

/** `haconf.format.*`: `indent` ('editor', 'tab' or a number of spaces) overrides the editor's FormattingOptions. */
interface FormatSettings {
  indent?: string | number;
  maxBlankLines?: number;
  indentSectionBodies?: boolean;
}

function formatOptionsOf(settings: FormatSettings | undefined, editor: { tabSize: number; insertSpaces: boolean }): FormatOptions {
  const opts: FormatOptions = { tabSize: editor.tabSize, insertSpaces: editor.insertSpaces };
  const indent = settings?.indent;
  if (indent === 'tab') opts.indent = 'tab';
  else if (indent !== undefined && indent !== 'editor' && Number(indent) > 0) opts.indent = Number(indent);
  if (typeof settings?.maxBlankLines === 'number') opts.maxBlankLines = settings.maxBlankLines;
  if (typeof settings?.indentSectionBodies === 'boolean') opts.indentSectionBodies = settings.indentSectionBodies;
  return opts;
}

function versionsOf(settings: Settings): DiagnoseOptions['versions'] {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return { haproxy: str(settings.haproxyVersion), keepalived: str(settings.keepalivedVersion) };
}

let service: typeof Service | undefined;
/** The language service, loaded once, on first use. */
function svc(): typeof Service {
  if (!service) {
    // Replaced by the name of the service bundle in dist/server.js (tools/build.mjs); unset when run from out/.
    const bundle = process.env.HACONF_SERVICE_BUNDLE;
    // The server's V8 settings (bin/server-v8-flags.js), before the service and the first document. They are set
    // here, after the handshake, rather than first thing in the bin: loading node's v8 module took 3 ms of every
    // start. (The bundle sits in dist/, beside bin/.)
    const bin = nodePath.join(__dirname, '..', 'bin');
    if (bundle) {
      try {
        // V8 rejects a code cache written under other flags than its reader's: this bundle's cache, if it is still
        // to be written, is written now, under the flags that the next start will have (bin/load-cached.js).
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require(nodePath.join(bin, 'load-cached.js')) as { writeCodeCachesNow(): void }).writeCodeCachesNow();
      } catch {
        // Not in the package's layout: no cache to write.
      }
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { v8Flags } = require(nodePath.join(bin, 'server-v8-flags.js')) as { v8Flags: string };
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require('v8') as typeof import('v8')).setFlagsFromString(v8Flags);
      } catch {
        // Not in the package's layout: V8's defaults.
      }
    }
    service = bundle
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require(nodePath.join(bin, 'load-cached.js')) as (file: string) => typeof Service)(nodePath.join(__dirname, bundle))
      : // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require('./service') as typeof Service);
  }
  return service;
}

interface Entry {
  /** Resolves to the document once it is parsed; each change chains on it, so edits apply in order. */
  doc: Promise<ConfigDocument | undefined>;
  version: number;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const docs = new Map<string, Entry>();
  /** haconf.maxFileSizeMB, in characters, when set. */
  let maxChars: number | undefined;
  const limitsNow = (): DocumentLimits => ({ ...svc().DEFAULT_LIMITS, ...(maxChars ? { maxChars } : {}) });
  let options: DiagnoseOptions = {};
  let formatSettings: FormatSettings | undefined;
  // Made on first use, with the service.
  let indexNow: WorkspaceIndex | undefined;
  const index = (): WorkspaceIndex => (indexNow ??= new (svc().WorkspaceIndex)(svc().registry, diskSource, { limits: limitsNow() }));
  let folders: string[] = [];
  let progressSupported = false;
  /** Settles when the workspace folders are indexed. */
  let indexed: Promise<void> = Promise.resolve();
  // The tool adapters load on first use: a server whose files are never saved does not pay for them.
  let adapters: typeof Adapters | undefined;
  const load = () => (adapters ??= require('../native') as typeof Adapters);
  const native = new NativeValidation((formatId) => load().nativeTools[formatId], (...run) => load().runNative(...run), {
    republish: (uri) => {
      const entry = docs.get(uri);
      if (entry) void publish(uri, entry);
    },
    // A plain notification (window/showMessage): nothing to answer, so no client has to handle a request.
    showMessage: (type, message) =>
      void connection.sendNotification(ShowMessageNotification.type, { type: type === 'warning' ? MessageType.Warning : MessageType.Info, message }),
    log: (message) => connection.console.log(message),
  });

  connection.onInitialize((params): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as Settings;
    options = { versions: versionsOf(opts) };
    formatSettings = opts.format;
    native.configure(nativeSettingsOf(opts.native));
    native.setTrusted(opts.workspaceTrusted === true);
    if (typeof opts.maxFileSizeMB === 'number' && opts.maxFileSizeMB > 0) {
      maxChars = Math.round(opts.maxFileSizeMB * 1024 * 1024);
    }
    indexNow = undefined;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.map(uriToPath).filter((p): p is string => !!p).map((p) => nodePath.resolve(p).replace(/\\/g, '/'));
    progressSupported = !!params.capabilities.window?.workDoneProgress;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        executeCommandProvider: { commands: [VALIDATE_COMMAND] },
        documentSymbolProvider: { label: 'haconf' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '=', '['] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'haconf-language-server', version: process.env.HACONF_VERSION ?? '0.1.0' },
    };
  });

  const publish = async (uri: string, entry: Entry): Promise<void> => {
    const doc = await entry.doc;
    if (!doc || docs.get(uri) !== entry || doc.version !== entry.version) return;
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: native.merge(uri, svc().diagnose(doc, { ...options, workspace: index().view(uri) })) });
  };

  /** Checks the open documents among `paths` again (but `except`), now or after a short pause. */
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const recheck = (paths: readonly string[], except?: string, delay = 0): void => {
    for (const uri of index().openUris(paths)) if (uri !== except) pending.add(uri);
    if (!pending.size) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const uris = [...pending];
      pending.clear();
      for (const uri of uris) {
        const entry = docs.get(uri);
        if (entry) void publish(uri, entry);
      }
    }, delay);
  };

  connection.onInitialized(() => {
    // The handshake is done: load the service now, before the first document arrives.
    if (!folders.length) {
      setImmediate(() => {
        try {
          svc();
        } catch (e) {
          failed('language service', e);
        }
      });
      return;
    }
    indexed = (async () => {
      const started = Date.now();
      const progress = progressSupported ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      progress?.begin('haconf: indexing the workspace', 0, undefined, false);
      let last = 0;
      await index().build(folders, (done, total) => {
        const pct = Math.floor((100 * done) / Math.max(total, 1));
        if (pct !== last) progress?.report(pct, `${done}/${total} files`);
        last = pct;
      });
      progress?.done();
      connection.console.log(`haconf: indexed ${index().size} files in ${Date.now() - started} ms`);
      for (const [uri, entry] of docs) {
        const doc = await entry.doc;
        if (doc) index().setOpen(doc);
        void publish(uri, entry);
      }
    })().catch((e) => {
      failed('workspace index', e);
    });
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    await indexed;
    const affected = new Set<string>();
    for (const c of changes) {
      const path = uriToPath(c.uri);
      if (!path) continue;
      for (const p of await index().fileChanged(path, c.type === FileChangeType.Deleted)) affected.add(p);
    }
    recheck([...affected]);
  });

  const failed = (uri: string, err: unknown): undefined => {
    connection.console.error(`haconf: ${uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return undefined;
  };

  // A changed haconf.haproxyVersion / haconf.keepalivedVersion: check every open document again.
  connection.onDidChangeConfiguration(({ settings }) => {
    const section = (settings as { haconf?: Settings } | null)?.haconf;
    if (!section) return;
    options = { versions: versionsOf(section) };
    formatSettings = section.format;
    native.configure(nativeSettingsOf(section.native));
    for (const [uri, entry] of docs) void publish(uri, entry);
  });

  connection.onDidOpenTextDocument(({ textDocument: td }) => {
    const format = svc().registry.get(td.languageId);
    if (!format) return;
    const entry: Entry = {
      doc: svc().ConfigDocument.create(format, td.uri, td.text, td.version, limitsNow())
        .then((doc) => {
          recheck(index().setOpen(doc), td.uri);
          return doc;
        })
        .catch((e) => failed(td.uri, e)),
      version: td.version,
    };
    docs.set(td.uri, entry);
    void publish(td.uri, entry).then(() => completeTree(td.uri, entry));
  });

  // A document read from its text when it opened (see ConfigDocument.completeTree) gets its tree once its first
  // diagnostics are out, rather than at its first edit; they are published again in the rare case that changes them.
  const completeTree = (uri: string, entry: Entry): void => {
    setImmediate(() => {
      void entry.doc.then((doc) => {
        if (!doc || docs.get(uri) !== entry) return;
        try {
          if (doc.completeTree()) void publish(uri, entry);
        } catch (e) {
          failed(uri, e);
        }
      });
    });
  };

  connection.onDidChangeTextDocument(({ textDocument: td, contentChanges }) => {
    const entry = docs.get(td.uri);
    if (!entry) return;
    const changes = contentChanges as TextDocumentContentChangeEvent[];
    native.edited(td.uri, changes);
    entry.doc = entry.doc.then((doc) => {
      if (!doc) return doc;
      try {
        doc.update(changes, td.version);
      } catch (e) {
        return failed(td.uri, e);
      }
      const set = index().openChanged(doc);
      if (set.length > 1) recheck(set, td.uri, SET_RECHECK_MS);
      return doc;
    });
    entry.version = td.version;
    void publish(td.uri, entry);
  });

  connection.onDidCloseTextDocument(({ textDocument: td }) => {
    const entry = docs.get(td.uri);
    docs.delete(td.uri);
    native.closed(td.uri);
    void entry?.doc.then(async (doc) => {
      recheck(await index().closeOpen(td.uri));
      doc?.dispose();
    });
    void connection.sendDiagnostics({ uri: td.uri, diagnostics: [] });
  });

  // The real tools: on save (debounced), and on request (the command), in a trusted workspace only.
  connection.onDidSaveTextDocument(async ({ textDocument: td }) => {
    const doc = await docs.get(td.uri)?.doc;
    if (doc) native.saved(td.uri, doc.format.id, doc.text);
  });
  connection.onNotification(TRUST_NOTIFICATION, (params: { trusted?: boolean } | undefined) => {
    native.setTrusted(params?.trusted !== false);
  });
  connection.onExecuteCommand(async ({ command, arguments: args }): Promise<RunOutcome | undefined> => {
    if (command !== VALIDATE_COMMAND) return undefined;
    const uri = typeof args?.[0] === 'string' ? args[0] : undefined;
    const doc = uri ? await docs.get(uri)?.doc : undefined;
    if (!uri || !doc) return { status: 'closed', count: 0, ms: 0, message: 'open a HAProxy, keepalived, corosync, DRBD or Ceph file first' };
    return native.validate(uri, doc.format.id, doc.text);
  });
  connection.onShutdown(() => native.dispose());

  const withDoc = async <T>(uri: string, fallback: T, fn: (doc: ConfigDocument) => T): Promise<T> => {
    const doc = await docs.get(uri)?.doc;
    return doc ? fn(doc) : fallback;
  };

  connection.onDocumentSymbol(({ textDocument }) => withDoc(textDocument.uri, [], svc().documentSymbols));
  connection.onCompletion(({ textDocument, position, context }) =>
    withDoc(textDocument.uri, { isIncomplete: false, items: [] }, (doc) =>
      svc().completion(doc, position, { triggerCharacter: context?.triggerCharacter }),
    ),
  );
  connection.onCodeAction(({ textDocument, range, context }) =>
    withDoc(textDocument.uri, [], (doc) => svc().codeActions(doc, range, context.diagnostics)),
  );
  connection.onFoldingRanges(({ textDocument }) => withDoc(textDocument.uri, [], svc().foldingRanges));
  connection.onHover(({ textDocument, position }) =>
    withDoc(textDocument.uri, null, (doc) => svc().referenceHover(doc, position, index()) ?? svc().hover(doc, position)),
  );

  // Navigation: wait for the index, so that the other files of the set are known.
  const withIndex = async <T>(uri: string, fallback: T, fn: (doc: ConfigDocument) => T): Promise<T> => {
    await indexed;
    return withDoc(uri, fallback, fn);
  };
  const orError = <T>(result: T | { error: string }): T => {
    if (result && typeof result === 'object' && 'error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return result as T;
  };
  connection.onDefinition(({ textDocument, position }) => withIndex(textDocument.uri, [], (doc) => svc().definition(doc, position, index())));
  connection.onReferences(({ textDocument, position, context }) =>
    withIndex(textDocument.uri, [], (doc) => svc().references(doc, position, context.includeDeclaration, index())),
  );
  connection.onDocumentHighlight(({ textDocument, position }) => withDoc(textDocument.uri, [], (doc) => svc().documentHighlights(doc, position)));
  connection.onPrepareRename(async ({ textDocument, position }) => orError(await withDoc(textDocument.uri, null, (doc) => svc().prepareRename(doc, position))));
  connection.onRenameRequest(async ({ textDocument, position, newName }) =>
    orError(await withIndex(textDocument.uri, null, (doc) => svc().rename(doc, position, newName, index()))),
  );
  connection.onWorkspaceSymbol(async ({ query }) => {
    await indexed;
    return svc().workspaceSymbols(query, index());
  });
  connection.onSelectionRanges(({ textDocument, positions }) =>
    withDoc(textDocument.uri, [], (doc) => svc().selectionRanges(doc, positions)),
  );

  // Formatting: no edits for a document it refuses (a syntax error); the reason goes to the log.
  const format = (doc: ConfigDocument, editor: { tabSize: number; insertSpaces: boolean }, range?: Range) => {
    const result = svc().formatEdits(doc, formatOptionsOf(formatSettings, editor), range);
    if (result.refused) connection.console.log(`haconf: not formatting ${doc.uri}: ${result.refused}`);
    return result.edits;
  };
  connection.onDocumentFormatting(({ textDocument, options: editor }) => withDoc(textDocument.uri, [], (doc) => format(doc, editor)));
  connection.onDocumentRangeFormatting(({ textDocument, range, options: editor }) =>
    withDoc(textDocument.uri, [], (doc) => format(doc, editor, range)),
  );

  connection.listen();
  return connection;
}

if (require.main === module) startServer();
