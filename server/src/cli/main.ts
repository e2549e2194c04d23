/**
 * `haconf check [--format text|json|sarif|github] [--severity error|warning] [--lang ID] FILE|DIR...`: the language
 * service's diagnostics on the command line, for people and CI. Includes (keepalived `include`, DRBD
 * `include "drbd.d/*.res";`) are followed. Exit codes: 0 clean, 1 problems at or above the --severity threshold,
 * 2 usage or I/O error. Output formats live in formats.ts, include following in includes.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread } from 'worker_threads';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { registry } from '../formats';
import { WorkspaceIndex } from '../service';
import { DEFAULT_LIMITS } from '../service/document';
import { syncDiskSource } from '../lsp/disk';
import { selectVersion } from '../service/features/schemaDiagnostics';
import { ReadTexts, type Target } from './checkRun';
import { OUTPUT_FORMATS, report, type Output, type OutputFormat } from './formats';
import { formatMain } from './format';
import { ioMessage } from './io';
import { NativeCheck } from './native';
import { checkTargets, startWorkers } from './parallel';

const USAGE = `usage: haconf check [--format text|json|sarif|github] [--severity error|warning]
                    [--lang ${registry.ids.join('|')}] [--no-includes]
                    [--haproxy-version 3.2|2.6] [--keepalived-version 2.4|2.2.7] [--native] FILE|DIR...

Checks HAProxy, keepalived, corosync, DRBD and Ceph configuration files. The format comes from the file name or
its content; --lang forces it. A directory is searched for files of the five formats. Files that keepalived or
DRBD configurations include are checked too, each once (--no-includes: not followed).
Keywords are checked against the newest HAProxy and keepalived versions the schema knows unless
--haproxy-version / --keepalived-version name another.
--native also runs the real tool of each file (haproxy -c, keepalived -t, corosync -t, drbdadm dump, ceph-conf) when
it is installed and merges what it says.
--format: text (file:line:col: severity: message [code]), json, sarif (SARIF 2.1.0) or github (workflow
annotations). --severity: the lowest severity that fails the check (default error).
Exit status: 0 clean, 1 problems at or above --severity, 2 usage or I/O error.

       haconf format [--check | --write] [--lang ID] [--indent tab|N] FILE...   (haconf format --help)`;

const THRESHOLD: Record<string, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning };

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  const args = [...argv];
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    out.write(USAGE + '\n');
    return 0;
  }
  if (args[0] === '--version') {
    out.write(`${VERSION}\n`);
    return 0;
  }
  if (args[0] === 'format') return formatMain(args.slice(1), out, err);
  if (args.shift() !== 'check') {
    err.write(USAGE + '\n');
    return 2;
  }
  let format = 'text';
  let severity = 'error';
  let lang: string | undefined;
  let followIncludes = true;
  const versions: Record<string, string | undefined> = {};
  const files: string[] = [];
  let native: NativeCheck | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string): string | undefined => {
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
      return args[++i];
    };
    if (a === '--format' || a.startsWith('--format=')) format = value('--format') ?? '';
    else if (a === '--severity' || a.startsWith('--severity=')) severity = value('--severity') ?? '';
    else if (a === '--lang' || a.startsWith('--lang=')) lang = value('--lang');
    else if (a === '--no-includes') followIncludes = false;
    else if (a === '--haproxy-version' || a.startsWith('--haproxy-version=')) versions.haproxy = value('--haproxy-version') ?? '';
    else if (a === '--keepalived-version' || a.startsWith('--keepalived-version=')) versions.keepalived = value('--keepalived-version') ?? '';
    else if (a === '--native') native = new NativeCheck(err);
    else if (a === '--help' || a === '-h') {
      out.write(USAGE + '\n');
      return 0;
    } else if (a === '--') files.push(...args.slice(i + 1)), (i = args.length);
    else if (a.startsWith('-') && a !== '-') {
      err.write(`haconf: unknown option '${a}'\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    err.write(`haconf: --format must be one of ${OUTPUT_FORMATS.join(', ')}, not '${format}'\n`);
    return 2;
  }
  if (!THRESHOLD[severity]) {
    err.write(`haconf: --severity must be error or warning, not '${severity}'\n`);
    return 2;
  }
  if (lang !== undefined && !registry.get(lang)) {
    err.write(`haconf: --lang must be one of ${registry.ids.join(', ')}, not '${lang}'\n`);
    return 2;
  }
  for (const [id, v] of Object.entries(versions)) {
    const known = registry.get(id)!.schema.versions;
    if (v === undefined || !selectVersion(known, v)) {
      err.write(`haconf: --${id}-version must be one of ${known.join(', ')}, not '${v ?? ''}'\n`);
      return 2;
    }
  }
  if (!files.length) {
    err.write(`haconf: no files given\n${USAGE}\n`);
    return 2;
  }

  // What is read from the disk is read once: the folder walk's listings and texts go on to the index, and the texts
  // the index read go on to the check.
  const texts = new ReadTexts();
  const targets = [...expand(files, lang, err, texts)];
  const settings = { opts: { versions }, followIncludes, lang };
  const pool = startWorkers(targets.length, settings, !!native);
  // The configuration sets the files belong to (includes, an HAProxy directory): the folders given, and the folder of
  // each file given, so that a name defined in another file of the set is found there.
  const index = new WorkspaceIndex(registry, texts.wrap(syncDiskSource), { maxFiles: 5000, setsOnly: true });
  const folders = new Set<string>();
  for (const t of targets) if (!('error' in t)) folders.add(path.resolve(path.dirname(t.file)).replace(/\\/g, '/'));
  for (const f of files) if (fs.existsSync(f) && fs.statSync(f).isDirectory()) folders.add(path.resolve(f).replace(/\\/g, '/'));
  const roots = [...folders].sort().filter((f, i, all) => !all.slice(0, i).some((r) => f.startsWith(`${r}/`)));
  await index.build(roots);

  const results = await checkTargets(targets, settings, index, native, pool, texts);

  report(format as OutputFormat, results, { cwd: process.cwd(), version: VERSION }, out, err);
  if (results.some((r) => r.error)) return 2;
  const threshold = THRESHOLD[severity];
  return results.some((r) => r.diagnostics.some((d) => (d.severity ?? DiagnosticSeverity.Error) <= threshold)) ? 1 : 0;
}

const VERSION = process.env.HACONF_VERSION ?? '0.1.0';


function* expand(paths: string[], lang: string | undefined, err: Output, texts: ReadTexts): Generator<Target> {
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      yield { file: p, error: ioMessage(e) };
      continue;
    }
    if (st.isDirectory()) {
      let found = 0;
      for (const f of walk(p, texts)) {
        if (lang || registry.fromPath(path.resolve(f)) || sniffFile(f, texts)) {
          found++;
          yield { file: f, explicit: false };
        }
      }
      if (!found) err.write(`haconf: no HAProxy, keepalived, corosync, DRBD or Ceph files found in ${p}\n`);
    } else yield { file: p, explicit: true };
  }
}

function* walk(dir: string, texts: ReadTexts): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = texts.listSync(dir);
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full, texts);
    else if (e.isFile()) yield full;
  }
}

/** Whether a file's content shows one of the five formats (from its first 32 KiB). Files up to the size the service
 * checks are read whole, once, and kept for the index and the check. */
function sniffFile(file: string, texts: ReadTexts): boolean {
  if (!/\.(cfg|conf|res)$/i.test(file)) return false;
  const whole = texts.readSync(file, DEFAULT_LIMITS.maxChars);
  if (whole !== undefined) return !!registry.fromContent(whole.length > 32768 ? whole.slice(0, 32768) : whole);
  try {
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(32768);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    fs.closeSync(fd);
    return !!registry.fromContent(buf.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  }
}


if (require.main === module && isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`haconf: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
