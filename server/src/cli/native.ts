/**
 * `haconf check --native`: also runs the format's real tool (`haproxy -c`, `keepalived -t`, ...) on each file and
 * merges what it says with haconf's diagnostics, as the editor does. A tool that is not installed gives one note on
 * stderr (once per tool) and the file is checked by haconf alone; a tool that hangs is stopped after the timeout and
 * noted. Neither is a failure of the check.
 */
import * as fs from 'fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { nativeTools, runNative } from '../native';
import { mergeDiagnostics } from '../native/merge';
import type { NativeResult, NativeTool } from '../native/types';

export interface NativeCliOptions {
  /** Per tool id, an executable to use instead of the one on PATH. */
  paths?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** The runner (tests give a fake one). */
  run?: (tool: NativeTool, file: string, text: string, opts: { path?: string; timeoutMs?: number }) => Promise<NativeResult>;
  /** The tools by format id (tests give their own). */
  tools?: Readonly<Record<string, NativeTool | undefined>>;
}

export const CLI_NATIVE_TIMEOUT_MS = 20_000;

/** Runs the real tools for `haconf check --native`; one per process, so notes are said once. */
export class NativeCheck {
  private readonly noted = new Set<string>();

  constructor(
    private readonly err: { write(s: string): void },
    private readonly opts: NativeCliOptions = {},
  ) {}

  /** A checked file's result, its diagnostics merged with its tool's (files that failed to check are left alone). */
  async amend(result: { file: string; format?: string; diagnostics: Diagnostic[]; error?: string }): Promise<void> {
    if (result.error || !result.format || !(this.opts.tools ?? nativeTools)[result.format]) return;
    let text: string;
    try {
      text = fs.readFileSync(result.file, 'utf8');
    } catch {
      return; // haconf just read it; if it is gone now there is nothing for the tool to check
    }
    // A line of its own names the tool that said it (merged ones already do, in parentheses).
    result.diagnostics = (await this.check(result.file, result.format, text, result.diagnostics)).map((d) =>
      d.source && d.source !== 'haconf' && !d.message.startsWith(`${d.source}: `) ? { ...d, message: `${d.source}: ${d.message}` } : d,
    );
  }

  /** haconf's diagnostics for `file` merged with its tool's, or `own` unchanged when no tool applies or runs. */
  async check(file: string, formatId: string, text: string, own: Diagnostic[]): Promise<Diagnostic[]> {
    const tool = (this.opts.tools ?? nativeTools)[formatId];
    if (!tool) return own;
    const run = this.opts.run ?? runNative;
    const timeoutMs = this.opts.timeoutMs ?? CLI_NATIVE_TIMEOUT_MS;
    let result: NativeResult;
    try {
      result = await run(tool, file, text, { path: this.opts.paths?.[tool.id], timeoutMs });
    } catch (e) {
      this.note(`${tool.id}:${file}`, `haconf: ${file}: ${tool.source} could not be run: ${e instanceof Error ? e.message : String(e)}`);
      return own;
    }
    switch (result.status) {
      case 'missing':
        this.note(
          tool.id,
          `haconf: note: ${tool.command} is not installed, so ${formatId} files are checked by haconf alone; to install it: ${tool.install}`,
        );
        return own;
      case 'timeout':
        this.note(`${tool.id}:${file}`, `haconf: ${file}: note: ${tool.source} did not finish within ${timeoutMs} ms and was stopped`);
        return mergeDiagnostics(own, result.diagnostics);
      case 'failed':
        this.note(`${tool.id}:${file}`, `haconf: ${file}: note: ${tool.source} could not check it${result.message ? `: ${result.message}` : ''}`);
        return mergeDiagnostics(own, result.diagnostics);
      default:
        return mergeDiagnostics(own, result.diagnostics);
    }
  }

  private note(key: string, line: string): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.err.write(line + '\n');
  }
}
