/**
 * Validation with the real tools in the editor: runs the format's tool (`haproxy -c`, `keepalived -t`, ...) on a
 * saved file (debounced) or on request, keeps what it said per document until it runs again, and merges that into
 * the published diagnostics. No connection here: the LSP adapter gives a small host (republish, show a message).
 *
 * - Only in a trusted workspace (the client says so) and when `haconf.native.enable` and the tool's own `enable`
 *   setting allow it.
 * - The saved file is checked where it is (so the tool finds the files it references); a buffer whose text differs
 *   from the file on disk (unsaved, untitled) is checked from a temporary copy (runNative sees to both).
 * - One run per document at a time; saves during a run are coalesced into one more run afterwards.
 * - A tool that does not finish within `haconf.native.timeoutMs` is killed (by the runner) and reported once, as a
 *   warning at the top of the file, until the next run. A tool that is not installed is said once per session.
 * - An edit keeps the tool's diagnostics except on the lines it touched; the others move with their lines (see
 *   shiftForEdits). Edits made while a run is under way are applied to its result too.
 */
import { fileURLToPath } from 'url';
// Types only: the LSP types library is not loaded for this module (it adds to the server's start-up memory).
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { mergeDiagnostics, shiftForEdits, type LineChange } from '../native/merge';
import type { NativeResult, NativeTool } from '../native/types';

export const VALIDATE_COMMAND = 'haconf.validateWithTool';
/** Client -> server notification: the user granted workspace trust. */
export const TRUST_NOTIFICATION = 'haconf/workspaceTrusted';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_DEBOUNCE_MS = 300;

export interface ToolSettings {
  enable: boolean;
  /** The executable; undefined for the tool's default command (found on PATH). */
  path?: string;
}

export interface NativeSettings {
  enable: boolean;
  timeoutMs: number;
  /** By tool id (`haproxy`, `ceph-conf`). */
  tools: Record<string, ToolSettings>;
}

/**
 * The `haconf.native` settings as the client sends them (`{ enable, timeoutMs, haproxy: { enable, path }, ... }`),
 * with defaults for what is missing or malformed.
 */
export function nativeSettingsOf(raw: unknown): NativeSettings {
  const obj = isObject(raw) ? raw : {};
  const tools: Record<string, ToolSettings> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (!isObject(value)) continue;
    const p = typeof value.path === 'string' && value.path.trim() ? value.path.trim() : undefined;
    tools[key] = { enable: value.enable !== false, path: p };
  }
  const t = Number(obj.timeoutMs);
  return {
    enable: obj.enable !== false,
    timeoutMs: Number.isFinite(t) && t > 0 ? Math.max(100, Math.round(t)) : DEFAULT_TIMEOUT_MS,
    tools,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export type NativeRunner = (
  tool: NativeTool,
  file: string,
  text: string,
  opts: { path?: string; timeoutMs?: number },
) => Promise<NativeResult>;

export interface NativeHost {
  /** The document's diagnostics changed: publish them again (the server merges with `merge()`). */
  republish(uri: string): void;
  /** Says something to the user (window/showMessage). */
  showMessage(type: 'info' | 'warning', message: string): void;
  /** A line for the server's log. */
  log(message: string): void;
}

/** What one run gave, for the command's caller. */
export interface RunOutcome {
  status: NativeResult['status'] | 'disabled' | 'untrusted' | 'unsupported' | 'closed';
  /** The tool's diagnostic source (`haproxy -c`), when a tool applies. */
  source?: string;
  /** How many diagnostics the tool gave. */
  count: number;
  ms: number;
  message?: string;
}

interface Job {
  formatId: string;
  text: string;
  waiters: Array<(o: RunOutcome) => void>;
  /** Someone asked for this run (the command): its outcome, missing tool included, goes back to them. */
  requested: boolean;
}

interface DocState {
  diagnostics: Diagnostic[];
  /** The tool that gave them. */
  toolId?: string;
  timer?: ReturnType<typeof setTimeout>;
  /** The run waiting to start (a later save or request replaces its text and joins its waiters). */
  next?: Job;
  running: boolean;
  /** Edits made since the running run read the text; applied to its result. */
  editsDuringRun?: LineChange[][];
  closed?: boolean;
}

export interface NativeValidationOptions {
  debounceMs?: number;
}

export class NativeValidation {
  private settings: NativeSettings = nativeSettingsOf(undefined);
  private trusted = false;
  private readonly docs = new Map<string, DocState>();
  private readonly toldMissing = new Set<string>();
  private readonly debounceMs: number;

  constructor(
    private readonly toolFor: (formatId: string) => NativeTool | undefined,
    private readonly run: NativeRunner,
    private readonly host: NativeHost,
    opts: NativeValidationOptions = {},
  ) {
    this.debounceMs = opts.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** New settings; a tool switched off loses its diagnostics at once. */
  configure(settings: NativeSettings): void {
    this.settings = settings;
    for (const [uri, state] of this.docs) {
      if (!state.diagnostics.length) continue;
      if (settings.enable && (!state.toolId || settings.tools[state.toolId]?.enable !== false)) continue;
      state.diagnostics = [];
      this.host.republish(uri);
    }
  }

  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
    if (!trusted) this.clearAll();
  }

  /** haconf's diagnostics for a document merged with what the tool last said about it. */
  merge(uri: string, own: Diagnostic[]): Diagnostic[] {
    const state = this.docs.get(uri);
    return state?.diagnostics.length ? mergeDiagnostics(own, state.diagnostics) : own;
  }

  /** What the tool last said about a document (after the edits since). */
  diagnostics(uri: string): readonly Diagnostic[] {
    return this.docs.get(uri)?.diagnostics ?? [];
  }

  /** A document was saved: runs its tool after the debounce delay (a later save restarts the delay). */
  saved(uri: string, formatId: string, text: string): void {
    if (this.refusal(formatId)) return;
    const state = this.state(uri);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.enqueue(uri, state, formatId, text, false);
    }, this.debounceMs);
  }

  /** The command: runs the tool now (after a run under way) and says how it went. */
  async validate(uri: string, formatId: string, text: string): Promise<RunOutcome> {
    const refused = this.refusal(formatId);
    if (refused) return refused;
    const state = this.state(uri);
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    return this.enqueue(uri, state, formatId, text, true);
  }

  edited(uri: string, changes: readonly LineChange[]): void {
    const state = this.docs.get(uri);
    if (!state) return;
    state.editsDuringRun?.push(changes.slice());
    if (state.diagnostics.length) state.diagnostics = shiftForEdits(state.diagnostics, changes);
  }

  closed(uri: string): void {
    const state = this.docs.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.closed = true;
    this.docs.delete(uri);
    const pending = state.next;
    state.next = undefined;
    for (const w of pending?.waiters ?? []) w({ status: 'closed', count: 0, ms: 0, message: 'the document was closed' });
  }

  dispose(): void {
    for (const uri of [...this.docs.keys()]) this.closed(uri);
  }

  /** Why a document of this format is not checked now, or undefined when it is. */
  private refusal(formatId: string): RunOutcome | undefined {
    const tool = this.toolFor(formatId);
    if (!tool) return { status: 'unsupported', count: 0, ms: 0, message: `no real tool checks ${formatId} files` };
    if (!this.trusted) {
      return {
        status: 'untrusted',
        source: tool.source,
        count: 0,
        ms: 0,
        message: `${tool.source} runs only in a trusted workspace (it executes a program named by the settings)`,
      };
    }
    if (!this.settings.enable) return { status: 'disabled', source: tool.source, count: 0, ms: 0, message: 'haconf.native.enable is off' };
    if (!this.toolSettings(tool).enable) {
      return { status: 'disabled', source: tool.source, count: 0, ms: 0, message: `haconf.native.${tool.id}.enable is off` };
    }
    return undefined;
  }

  private toolSettings(tool: NativeTool): ToolSettings {
    return this.settings.tools[tool.id] ?? { enable: true };
  }

  private clearAll(): void {
    for (const [uri, state] of this.docs) {
      if (!state.diagnostics.length) continue;
      state.diagnostics = [];
      this.host.republish(uri);
    }
  }

  private state(uri: string): DocState {
    let s = this.docs.get(uri);
    if (!s) this.docs.set(uri, (s = { diagnostics: [], running: false }));
    return s;
  }

  private enqueue(uri: string, state: DocState, formatId: string, text: string, requested: boolean): Promise<RunOutcome> {
    return new Promise<RunOutcome>((resolve) => {
      const waiters = state.next?.waiters ?? [];
      waiters.push(resolve);
      state.next = { formatId, text, waiters, requested: requested || !!state.next?.requested };
      if (!state.running) void this.drain(uri, state);
    });
  }

  /** Runs the queued job, then the one queued meanwhile, until none is left. */
  private async drain(uri: string, state: DocState): Promise<void> {
    state.running = true;
    try {
      while (state.next && !state.closed) {
        const job = state.next;
        state.next = undefined;
        let outcome: RunOutcome;
        try {
          outcome = await this.runJob(uri, state, job);
        } catch (e) {
          // The runner is not meant to throw; if it does, the user hears of it instead of losing the request.
          const message = e instanceof Error ? e.message : String(e);
          this.host.log(`haconf: native validation of ${uri} failed: ${message}`);
          outcome = { status: 'failed', count: 0, ms: 0, message };
        }
        for (const w of job.waiters) w(outcome);
      }
    } finally {
      state.running = false;
    }
  }

  private async runJob(uri: string, state: DocState, job: Job): Promise<RunOutcome> {
    const refused = this.refusal(job.formatId);
    if (refused) return refused;
    const tool = this.toolFor(job.formatId)!;
    const settings = this.toolSettings(tool);
    state.editsDuringRun = [];
    let result: NativeResult;
    try {
      // The runner checks the file in place when its content on disk is the buffer's, else a temporary copy.
      result = await this.run(tool, filePathOf(uri) ?? '', job.text, { path: settings.path, timeoutMs: this.settings.timeoutMs });
    } catch (e) {
      state.editsDuringRun = undefined;
      throw e;
    }
    const edits = state.editsDuringRun;
    state.editsDuringRun = undefined;
    if (state.closed) return { status: 'closed', source: tool.source, count: 0, ms: result.ms };

    let diagnostics: Diagnostic[];
    let message = result.message;
    switch (result.status) {
      case 'missing':
        diagnostics = [];
        message = this.missingMessage(tool, settings, result);
        // Said once a session: to whoever asked (the command's caller), else as a message.
        if (!this.toldMissing.has(tool.id) && !job.requested) this.host.showMessage('info', message);
        this.toldMissing.add(tool.id);
        break;
      case 'timeout':
        diagnostics = [
          ...result.diagnostics,
          topNote(
            tool,
            `${tool.source} did not finish within ${this.settings.timeoutMs} ms and was stopped, so it did not check this file` +
              ' (haconf.native.timeoutMs sets the limit).',
          ),
        ];
        break;
      case 'failed':
        diagnostics = [
          ...result.diagnostics,
          topNote(tool, `${tool.source} could not check this file${result.message ? `: ${result.message}` : '.'}`),
        ];
        break;
      default:
        diagnostics = result.diagnostics;
    }
    for (const changes of edits ?? []) diagnostics = shiftForEdits(diagnostics, changes);
    const changed = state.diagnostics.length > 0 || diagnostics.length > 0;
    state.diagnostics = diagnostics;
    state.toolId = tool.id;
    if (changed) this.host.republish(uri);
    return { status: result.status, source: tool.source, count: result.diagnostics.length, ms: result.ms, message };
  }

  private missingMessage(tool: NativeTool, settings: ToolSettings, result: NativeResult): string {
    const what = settings.path ? `'${settings.path}' (haconf.native.${tool.id}.path)` : tool.command;
    return (
      `haconf: ${what} was not found, so files are not checked with ${tool.source}. ` +
      `Install it (${tool.install}) or set haconf.native.${tool.id}.path; haconf.native.${tool.id}.enable turns this off.` +
      (result.message && !result.message.includes(tool.install) ? ` (${result.message})` : '')
    );
  }
}

const WARNING: DiagnosticSeverity = 2;

function topNote(tool: NativeTool, message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: WARNING,
    source: tool.source,
    message,
  };
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
