/**
 * The LSP adapter: keeps the open documents, feeds edits to the language service and publishes its results.
 * Transport comes from the command line: --stdio, --node-ipc or --socket=PORT.
 */
import {
  CodeActionKind,
  createConnection,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { registry } from '../formats';
import type * as Adapters from '../native';
import { NativeValidation, nativeSettingsOf, TRUST_NOTIFICATION, VALIDATE_COMMAND, type RunOutcome } from './native';
import {
  codeActions,
  completion,
  ConfigDocument,
  DEFAULT_LIMITS,
  diagnose,
  documentSymbols,
  foldingRanges,
  hover,
  selectionRanges,
  type DiagnoseOptions,
  type DocumentLimits,
} from '../service';

/** The haconf settings the server reads (initializationOptions, or the `haconf` section of the configuration). */
interface Settings {
  maxFileSizeMB?: number;
  haproxyVersion?: string;
  keepalivedVersion?: string;
  /** `haconf.native.*`: validation with the real tools (see ./native.ts). */
  native?: unknown;
  /** Whether the editor trusts the workspace (initializationOptions only; later grants come as a notification). */
  workspaceTrusted?: boolean;
}

function versionsOf(settings: Settings): DiagnoseOptions['versions'] {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return { haproxy: str(settings.haproxyVersion), keepalived: str(settings.keepalivedVersion) };
}

interface Entry {
  /** Resolves to the document once it is parsed; each change chains on it, so edits apply in order. */
  doc: Promise<ConfigDocument | undefined>;
  version: number;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const docs = new Map<string, Entry>();
  let limits: DocumentLimits = { ...DEFAULT_LIMITS };
  let options: DiagnoseOptions = {};
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
    native.configure(nativeSettingsOf(opts.native));
    native.setTrusted(opts.workspaceTrusted === true);
    if (typeof opts.maxFileSizeMB === 'number' && opts.maxFileSizeMB > 0) {
      limits = { ...limits, maxChars: Math.round(opts.maxFileSizeMB * 1024 * 1024) };
    }
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
      },
      serverInfo: { name: 'haconf-language-server', version: process.env.HACONF_VERSION ?? '0.1.0' },
    };
  });

  const publish = async (uri: string, entry: Entry): Promise<void> => {
    const doc = await entry.doc;
    if (!doc || docs.get(uri) !== entry || doc.version !== entry.version) return;
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: native.merge(uri, diagnose(doc, options)) });
  };

  const failed = (uri: string, err: unknown): undefined => {
    connection.console.error(`haconf: ${uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return undefined;
  };

  // A changed haconf.haproxyVersion / haconf.keepalivedVersion: check every open document again.
  connection.onDidChangeConfiguration(({ settings }) => {
    const section = (settings as { haconf?: Settings } | null)?.haconf;
    if (!section) return;
    options = { versions: versionsOf(section) };
    native.configure(nativeSettingsOf(section.native));
    for (const [uri, entry] of docs) void publish(uri, entry);
  });

  connection.onDidOpenTextDocument(({ textDocument: td }) => {
    const format = registry.get(td.languageId);
    if (!format) return;
    const entry: Entry = {
      doc: ConfigDocument.create(format, td.uri, td.text, td.version, limits).catch((e) => failed(td.uri, e)),
      version: td.version,
    };
    docs.set(td.uri, entry);
    void publish(td.uri, entry);
  });

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
      return doc;
    });
    entry.version = td.version;
    void publish(td.uri, entry);
  });

  connection.onDidCloseTextDocument(({ textDocument: td }) => {
    const entry = docs.get(td.uri);
    docs.delete(td.uri);
    native.closed(td.uri);
    void entry?.doc.then((doc) => doc?.dispose());
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

  connection.onDocumentSymbol(({ textDocument }) => withDoc(textDocument.uri, [], documentSymbols));
  connection.onCompletion(({ textDocument, position, context }) =>
    withDoc(textDocument.uri, { isIncomplete: false, items: [] }, (doc) =>
      completion(doc, position, { triggerCharacter: context?.triggerCharacter }),
    ),
  );
  connection.onCodeAction(({ textDocument, range, context }) =>
    withDoc(textDocument.uri, [], (doc) => codeActions(doc, range, context.diagnostics)),
  );
  connection.onFoldingRanges(({ textDocument }) => withDoc(textDocument.uri, [], foldingRanges));
  connection.onHover(({ textDocument, position }) => withDoc(textDocument.uri, null, (doc) => hover(doc, position)));
  connection.onSelectionRanges(({ textDocument, positions }) =>
    withDoc(textDocument.uri, [], (doc) => selectionRanges(doc, positions)),
  );

  connection.listen();
  return connection;
}

if (require.main === module) startServer();
