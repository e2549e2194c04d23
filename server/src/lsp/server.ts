/**
 * The LSP adapter: keeps the open documents, feeds edits to the language service and publishes its results.
 * Transport comes from the command line: --stdio, --node-ipc or --socket=PORT.
 */
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { registry } from '../formats';
import {
  codeActions,
  completion,
  ConfigDocument,
  DEFAULT_LIMITS,
  diagnose,
  documentSymbols,
  foldingRanges,
  formatEdits,
  hover,
  selectionRanges,
  type DiagnoseOptions,
  type DocumentLimits,
  type FormatOptions,
} from '../service';

/** The haconf settings the server reads (initializationOptions, or the `haconf` section of the configuration). */
interface Settings {
  maxFileSizeMB?: number;
  haproxyVersion?: string;
  keepalivedVersion?: string;
  format?: FormatSettings;
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

interface Entry {
  /** Resolves to the document once it is parsed; each change chains on it, so edits apply in order. */
  doc: Promise<ConfigDocument | undefined>;
  version: number;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const docs = new Map<string, Entry>();
  let limits: DocumentLimits = { ...DEFAULT_LIMITS };
  let options: DiagnoseOptions = {};
  let formatSettings: FormatSettings | undefined;

  connection.onInitialize((params): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as Settings;
    options = { versions: versionsOf(opts) };
    formatSettings = opts.format;
    if (typeof opts.maxFileSizeMB === 'number' && opts.maxFileSizeMB > 0) {
      limits = { ...limits, maxChars: Math.round(opts.maxFileSizeMB * 1024 * 1024) };
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'haconf' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '=', '['] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
      },
      serverInfo: { name: 'haconf-language-server', version: process.env.HACONF_VERSION ?? '0.1.0' },
    };
  });

  const publish = async (uri: string, entry: Entry): Promise<void> => {
    const doc = await entry.doc;
    if (!doc || docs.get(uri) !== entry || doc.version !== entry.version) return;
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnose(doc, options) });
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
    formatSettings = section.format;
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
    void entry?.doc.then((doc) => doc?.dispose());
    void connection.sendDiagnostics({ uri: td.uri, diagnostics: [] });
  });

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

  // Formatting: no edits for a document it refuses (a syntax error); the reason goes to the log.
  const format = (doc: ConfigDocument, editor: { tabSize: number; insertSpaces: boolean }, range?: Range) => {
    const result = formatEdits(doc, formatOptionsOf(formatSettings, editor), range);
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
