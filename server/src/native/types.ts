/**
 * The native validators: the real tools (haproxy -c, keepalived -t, corosync -t, drbdadm dump, ceph-conf) run on a
 * file, their output turned into LSP diagnostics. Each tool has one small adapter (native/<tool>/index.ts) that says
 * how to call it and how to read what it prints; native/index.ts runs them (runNative).
 */
import type { Diagnostic } from 'vscode-languageserver-types';

/** What one run of a tool printed and how it ended (`code` is null when a signal ended it). */
export interface NativeRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

export interface NativeTool {
  /** 'haproxy' | 'keepalived' | 'corosync' | 'drbdadm' | 'ceph-conf' */
  id: string;
  /** The language id it validates ('haproxy', 'keepalived', 'corosync', 'drbd', 'ceph'). */
  format: string;
  /** The diagnostics' source: 'haproxy -c', 'keepalived -t', 'corosync -t', 'drbdadm dump', 'ceph-conf'. */
  source: string;
  /** The default executable name (looked up on PATH). */
  command: string;
  /** How to get it, e.g. 'sudo apt install haproxy'. */
  install: string;
  /** The argument array (never a shell string) and anything else the run needs (env, a working directory) to check
   * `file`; `ctx.tmpDir` is a private directory for this run, removed afterwards. */
  prepare(file: string, ctx: { tmpDir: string }): { args: string[]; env?: Record<string, string>; cwd?: string };
  /** The tool's output as diagnostics (source set): at the tool's line where it gives one, else line 0. `file` is the
   * path the tool was given; `text` its content. */
  parse(run: NativeRun, file: string, text: string): Diagnostic[];
}

export interface NativeResult {
  /** ok: the tool accepts the file and said nothing; problems: it printed errors or warnings (see diagnostics);
   * missing: the executable was not found (message has the install hint); timeout: it was killed after timeoutMs;
   * failed: it could not be run or ended without a usable answer (message says why). */
  status: 'ok' | 'problems' | 'missing' | 'timeout' | 'failed';
  diagnostics: Diagnostic[];
  /** Wall time of the run in milliseconds. */
  ms: number;
  message?: string;
}
