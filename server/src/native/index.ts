/**
 * The native validators by format id, and runNative(): one run of a real tool on a document's text.
 * The tool runs through execFile with an argument array (no shell), with a time limit after which it is killed.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { cephConf } from './ceph-conf';
import { corosync } from './corosync';
import { drbdadm } from './drbdadm';
import { haproxy } from './haproxy';
import { keepalived } from './keepalived';
import type { NativeResult, NativeRun, NativeTool } from './types';

export type { NativeResult, NativeRun, NativeTool } from './types';
export { lineRange } from './parse';

/** The adapters by the language id they validate. */
export const nativeTools: Readonly<Record<string, NativeTool>> = Object.freeze({
  haproxy,
  keepalived,
  corosync,
  drbd: drbdadm,
  ceph: cephConf,
});

export const DEFAULT_TIMEOUT_MS = 10_000;
/** More output than this is cut (no tool says that much about one file). */
const MAX_OUTPUT = 4 * 1024 * 1024;

export interface RunNativeOptions {
  /** The executable to run instead of `tool.command` (a setting such as haconf.native.haproxy.path). */
  path?: string;
  /** Kill the tool after this long (default 10 s) and report 'timeout'. */
  timeoutMs?: number;
}

/**
 * Runs `tool` on `text`, the current content of the document at path `file`.
 * When `file` is on disk with exactly this content, the tool checks it in place (so that the files it includes or
 * names by relative path are found as they would be in production); otherwise the text goes to a file of the same
 * name in a private temporary directory, checked from the document's directory when that exists. Messages that name
 * the temporary copy name `file` instead.
 */
export async function runNative(tool: NativeTool, file: string, text: string, opts: RunNativeOptions = {}): Promise<NativeResult> {
  const started = Date.now();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let tmpDir: string | undefined;
  try {
    tmpDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'haconf-native-'));
    const inPlace = file !== '' && (await sameContent(file, text));
    const checked = inPlace ? file : path.join(tmpDir, safeName(file, tool));
    if (!inPlace) await fs.promises.writeFile(checked, text, 'utf8');
    const docDir = file ? path.dirname(path.resolve(file)) : '';
    const prepared = tool.prepare(checked, { tmpDir });
    const cwd = prepared.cwd ?? ((await isDir(docDir)) ? docDir : tmpDir);
    const env = { ...process.env, PATH: withSbin(process.env.PATH), ...prepared.env };
    const run = await execute(opts.path || tool.command, prepared.args, { cwd, env, timeoutMs });
    const ms = Date.now() - started;
    if (run.kind === 'missing') {
      return { status: 'missing', diagnostics: [], ms, message: `${opts.path || tool.command} was not found (${tool.source} checks ${tool.format} files): ${tool.install}` };
    }
    if (run.kind === 'timeout') return { status: 'timeout', diagnostics: [], ms, message: `${tool.source} did not finish within ${timeoutMs} ms and was stopped` };
    if (run.kind === 'error') return { status: 'failed', diagnostics: [], ms, message: `${tool.source} could not be run: ${run.message}` };
    const output: NativeRun = { stdout: run.stdout, stderr: run.stderr, code: run.code };
    if (run.code === null) {
      return { status: 'failed', diagnostics: [], ms, message: `${tool.source} was ended by signal ${run.signal ?? '?'}: ${lastLine(run.stderr)}` };
    }
    const diagnostics = tool.parse(output, checked, text).map((d) => renamed(d, checked, file));
    return { status: diagnostics.length || run.code !== 0 ? 'problems' : 'ok', diagnostics, ms };
  } catch (e) {
    return { status: 'failed', diagnostics: [], ms: Date.now() - started, message: `${tool.source} could not be run: ${(e as Error).message}` };
  } finally {
    if (tmpDir) await fs.promises.rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

type Execution =
  | { kind: 'done'; stdout: string; stderr: string; code: number | null; signal?: string }
  | { kind: 'missing' }
  | { kind: 'timeout' }
  | { kind: 'error'; message: string };

function execute(command: string, args: string[], o: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<Execution> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      { cwd: o.cwd, env: o.env, timeout: o.timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT, windowsHide: true, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (!err) return resolve({ kind: 'done', stdout, stderr, code: 0 });
        const e = err as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string };
        if (e.code === 'ENOENT' && !stdout && !stderr) return resolve({ kind: 'missing' });
        if (e.killed && e.signal === 'SIGKILL') return resolve({ kind: 'timeout' });
        if (typeof e.code === 'number') return resolve({ kind: 'done', stdout, stderr, code: e.code });
        if (e.signal) return resolve({ kind: 'done', stdout, stderr, code: null, signal: e.signal });
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolve({ kind: 'done', stdout, stderr, code: child.exitCode ?? 1 });
        resolve({ kind: 'error', message: e.message });
      },
    );
    // Nothing to read from us: a tool that waits for input sees end of file at once.
    child.stdin?.end();
  });
}

async function sameContent(file: string, text: string): Promise<boolean> {
  try {
    const st = await fs.promises.stat(file);
    if (!st.isFile() || st.size !== Buffer.byteLength(text, 'utf8')) return false;
    return (await fs.promises.readFile(file, 'utf8')) === text;
  } catch {
    return false;
  }
}

async function isDir(dir: string): Promise<boolean> {
  if (!dir) return false;
  try {
    return (await fs.promises.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** The temporary copy keeps the document's base name (tools print it) when it is a plain one. */
function safeName(file: string, tool: NativeTool): string {
  const base = path.basename(file);
  return /^[\w.@+-]{1,200}$/.test(base) && base !== '.' && base !== '..' ? base : `${tool.format}.conf`;
}

function renamed(d: Diagnostic, checked: string, file: string): Diagnostic {
  if (checked === file || !file || !d.message.includes(checked)) return d;
  return { ...d, message: d.message.split(checked).join(file) };
}

/** Debian and Red Hat put haproxy, keepalived, corosync and drbdadm in /usr/sbin, which a user's PATH often lacks. */
export function withSbin(pathVar: string | undefined): string {
  const dirs = (pathVar ?? '').split(path.delimiter).filter(Boolean);
  if (process.platform === 'win32') return dirs.join(path.delimiter);
  for (const d of ['/usr/local/sbin', '/usr/sbin', '/sbin']) if (!dirs.includes(d)) dirs.push(d);
  return dirs.join(path.delimiter);
}

function lastLine(s: string): string {
  return s.trim().split('\n').at(-1) ?? '';
}
