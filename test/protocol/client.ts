/** A minimal LSP client for protocol tests: spawns `haconf-language-server --stdio` and speaks JSON-RPC to it. */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';

export const SERVER_BIN = path.join(ROOT, 'bin', 'haconf-language-server.js');

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: Array<() => void> = [];
  /** window/showMessage notifications, in order. */
  readonly messages: Array<{ type: number; message: string }> = [];
  stderr = '';

  constructor(args: string[] = ['--stdio'], bin = SERVER_BIN, env: NodeJS.ProcessEnv = process.env) {
    // The project's own bin is started as an LSP editor starts it, by itself (its first line gives Node its options);
    // another copy (the vsix's, unpacked without modes) through node.
    this.proc =
      bin === SERVER_BIN && process.platform !== 'win32'
        ? spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'], env })
        : spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.listen();
  }

  async initialize(initializationOptions?: unknown): Promise<unknown> {
    const result = await this.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async save(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  /** Waits until `pred` holds for the messages shown so far. */
  async messagesWhere(pred: (m: Array<{ type: number; message: string }>) => boolean, timeoutMs = 10000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pred(this.messages)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching messages; got ${JSON.stringify(this.messages)}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for diagnostics for `uri` that satisfy `pred` (default: the given version). */
  async diagnosticsFor(uri: string, pred: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = (this.diagnostics.get(uri) ?? []).find(pred);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.diagnostics.get(uri))}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Every diagnostics notification received for `uri` so far, oldest first. */
  published(uri: string): PublishDiagnosticsParams[] {
    return [...(this.diagnostics.get(uri) ?? [])];
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async shutdown(): Promise<number | null> {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => {
      if (this.proc.exitCode !== null) resolve(this.proc.exitCode);
      else this.proc.on('exit', (c) => resolve(c));
    });
    this.conn.dispose();
    return code;
  }
}
