/**
 * The haconf VS Code extension: starts the language server over IPC, switches plain-text .cfg/.conf files whose
 * content is plainly one of the five formats to the right language, and hosts the commands.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { nodeOptions } from '../../bin/server-v8-flags';
import { detection } from '../../server/src/formats/detection';

export const LANGUAGES = detection.ids;

/** The files the server's workspace index follows: the five formats' names and extensions. */
export const WATCHED = '**/{*.cfg,*.conf,*.res,corosync.conf.example*}';

let client: LanguageClient | undefined;

export interface HaconfApi {
  /** The running language client (for tests and for other extensions). */
  readonly client: LanguageClient | undefined;
  /** Resolves once the language server has answered `initialize`. */
  ready(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<HaconfApi> {
  // The bin script loads dist/server.js with a V8 code cache, which makes every later start faster.
  const serverModule = context.asAbsolutePath(path.join('bin', 'haconf-language-server.js'));
  // Node's options for the server (one V8 worker thread), as the bin's first line gives them in other editors:
  // less memory and a sooner first open. Only where the extension host is Node itself (VS Code Server, code-server);
  // an Electron host starts the server on Electron's own platform, which sizes its threads itself.
  const execArgv = process.versions.electron ? [] : [...nodeOptions];
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const config = vscode.workspace.getConfiguration('haconf');
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: {
      maxFileSizeMB: config.get<number>('maxFileSizeMB'),
      haproxyVersion: config.get<string>('haproxyVersion'),
      keepalivedVersion: config.get<string>('keepalivedVersion'),
      format: config.get('format'),
      native: config.get('native'),
      workspaceTrusted: vscode.workspace.isTrusted,
    },
    // The server offers haconf.validateWithTool; run from the palette it gets the active file and says how it went.
    middleware: { executeCommand: (command, args, next) => (command === VALIDATE_COMMAND ? validateWithTool(args, next) : next(command, args)) },
    // The server hears of a changed haconf.* setting (workspace/didChangeConfiguration) and checks again, and of
    // files of the five formats changing on disk (workspace/didChangeWatchedFiles) for its workspace index.
    synchronize: {
      configurationSection: 'haconf',
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED),
    },
    outputChannelName: 'haconf',
  };
  client = new LanguageClient('haconf', 'haconf language server', serverOptions, clientOptions);
  const started = client.start();

  context.subscriptions.push(
    { dispose: () => void client?.stop() },
    vscode.commands.registerCommand('haconf.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('haconf.detectLanguage', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      const found = detection.detect(doc.uri.path, doc.getText());
      if (!found) {
        void vscode.window.showInformationMessage('haconf: this file does not look like HAProxy, keepalived, corosync, DRBD or Ceph configuration.');
        return;
      }
      if (doc.languageId !== found.id) await vscode.languages.setTextDocumentLanguage(doc, found.id);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void switchByContent(doc)),
    // The server runs the real tools only in a trusted workspace: tell it when trust is granted.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void started.then(() => client?.sendNotification('haconf/workspaceTrusted', { trusted: true }))),
  );
  for (const doc of vscode.workspace.textDocuments) void switchByContent(doc);

  return {
    get client() {
      return client;
    },
    ready: () => started,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

const VALIDATE_COMMAND = 'haconf.validateWithTool';

/** What the server answers to haconf.validateWithTool (see server/src/lsp/native.ts, RunOutcome). */
interface RunOutcome {
  status: string;
  source?: string;
  count: number;
  ms: number;
  message?: string;
}

/** haconf.validateWithTool: the file given (a URI) or the active editor's, checked by its real tool now. */
async function validateWithTool(args: unknown[], next: (command: string, args: unknown[]) => unknown): Promise<RunOutcome | undefined> {
  const given = args[0];
  const uri = given instanceof vscode.Uri ? given.toString() : typeof given === 'string' ? given : vscode.window.activeTextEditor?.document.uri.toString();
  if (!uri) {
    void vscode.window.showInformationMessage('haconf: open a HAProxy, keepalived, corosync, DRBD or Ceph file to validate it.');
    return undefined;
  }
  const outcome = (await next(VALIDATE_COMMAND, [uri])) as RunOutcome | undefined;
  if (!outcome) return outcome;
  const tool = outcome.source ?? 'the real tool';
  const time = `${(outcome.ms / 1000).toFixed(1)} s`;
  switch (outcome.status) {
    case 'ok':
      void vscode.window.showInformationMessage(outcome.count ? `haconf: ${tool} accepts this file, with ${outcome.count} warning(s) (${time}).` : `haconf: ${tool} accepts this file (${time}).`);
      break;
    case 'problems':
      void vscode.window.showWarningMessage(`haconf: ${tool} reports ${outcome.count} problem(s); see the Problems panel (${time}).`);
      break;
    default:
      void vscode.window.showInformationMessage(outcome.message ? (outcome.message.startsWith('haconf:') ? outcome.message : `haconf: ${outcome.message}`) : `haconf: ${tool}: ${outcome.status}`);
  }
  return outcome;
}

/** Languages VS Code gives a config file it does not recognise. */
const GENERIC = new Set(['plaintext', 'properties', 'ini', 'conf']);

/** A .cfg, .conf or .res file opened as plain text whose name or content is plainly one of the five formats. */
async function switchByContent(doc: vscode.TextDocument): Promise<void> {
  if (!GENERIC.has(doc.languageId) || !/\.(cfg|conf|res)$/i.test(doc.uri.path)) return;
  if (!vscode.workspace.getConfiguration('haconf').get<boolean>('detectByContent', true)) return;
  const found = detection.detect(doc.uri.path, doc.getText());
  if (found && found.id !== doc.languageId) await vscode.languages.setTextDocumentLanguage(doc, found.id);
}
