/**
 * `haconf check [--format text|json] [--lang ID] FILE|DIR...`: the language service's diagnostics on the command
 * line. Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { registry } from '../formats';
import { diagnose, openDocument, type DiagnoseOptions } from '../service';
import { selectVersion } from '../service/features/schemaDiagnostics';
import { NativeCheck } from './native';

const USAGE = `usage: haconf check [--format text|json] [--lang ${registry.ids.join('|')}]
                    [--haproxy-version 3.2|2.6] [--keepalived-version 2.4|2.2.7] [--native] FILE|DIR...

Checks HAProxy, keepalived, corosync, DRBD and Ceph configuration files. The format comes from the file name or
its content; --lang forces it. Keywords are checked against the newest HAProxy and keepalived versions the
schema knows unless --haproxy-version / --keepalived-version name another. A directory is searched for files of the five formats.
--native also runs the real tool of each file (haproxy -c, keepalived -t, corosync -t, drbdadm dump, ceph-conf) when
it is installed and merges what it says.
Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.`;

const SEVERITY: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

interface Output {
  write(s: string): void;
}

interface FileResult {
  file: string;
  format?: string;
  diagnostics: Diagnostic[];
  error?: string;
}

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  const args = [...argv];
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    out.write(USAGE + '\n');
    return 0;
  }
  if (args[0] === '--version') {
    out.write(`${process.env.HACONF_VERSION ?? '0.1.0'}\n`);
    return 0;
  }
  if (args.shift() !== 'check') {
    err.write(USAGE + '\n');
    return 2;
  }
  let format = 'text';
  let lang: string | undefined;
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
    else if (a === '--lang' || a.startsWith('--lang=')) lang = value('--lang');
    else if (a === '--haproxy-version' || a.startsWith('--haproxy-version=')) versions.haproxy = value('--haproxy-version') ?? '';
    else if (a === '--keepalived-version' || a.startsWith('--keepalived-version=')) versions.keepalived = value('--keepalived-version') ?? '';
    else if (a === '--native') native = new NativeCheck(err);
    else if (a === '--') files.push(...args.slice(i + 1)), (i = args.length);
    else if (a.startsWith('-') && a !== '-') {
      err.write(`haconf: unknown option '${a}'\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (format !== 'text' && format !== 'json') {
    err.write(`haconf: --format must be text or json, not '${format}'\n`);
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

  const results: FileResult[] = [];
  for (const target of expand(files, lang, err)) {
    if ('error' in target) {
      results.push({ file: target.file, diagnostics: [], error: target.error });
      continue;
    }
    const result = await checkFile(target.file, lang, !target.explicit, { versions });
    if (native) await native.amend(result);
    results.push(result);
  }

  if (format === 'json') {
    out.write(JSON.stringify(results.map(toJson), null, 2) + '\n');
  } else {
    for (const r of results) {
      if (r.error) err.write(`${r.file}: ${r.error}\n`);
      for (const d of r.diagnostics) {
        const code = d.code !== undefined ? ` [${d.code}]` : '';
        out.write(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY[d.severity ?? 1]}: ${d.message}${code}\n`);
      }
    }
  }
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error)) ? 1 : 0;
}

function toJson(r: FileResult) {
  return {
    file: r.file,
    format: r.format ?? null,
    error: r.error,
    diagnostics: r.diagnostics.map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: SEVERITY[d.severity ?? 1],
      code: d.code,
      source: d.source,
      message: d.message,
    })),
  };
}

type Target = { file: string; explicit: boolean } | { file: string; error: string };

function* expand(paths: string[], lang: string | undefined, err: Output): Generator<Target> {
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
      for (const f of walk(p)) {
        if (lang || registry.fromPath(path.resolve(f)) || sniffFile(f)) {
          found++;
          yield { file: f, explicit: false };
        }
      }
      if (!found) err.write(`haconf: no HAProxy, keepalived, corosync, DRBD or Ceph files found in ${p}\n`);
    } else yield { file: p, explicit: true };
  }
}

function* walk(dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield full;
  }
}

function sniffFile(file: string): boolean {
  if (!/\.(cfg|conf|res)$/i.test(file)) return false;
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

function ioMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}

async function checkFile(file: string, lang: string | undefined, fromDirectory: boolean, opts: DiagnoseOptions): Promise<FileResult> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, diagnostics: [], error: ioMessage(e) };
  }
  const uri = pathToFileURL(path.resolve(file)).href;
  const doc = await openDocument(registry, uri, text, { formatId: lang });
  if (!doc) {
    if (fromDirectory) return { file, diagnostics: [] };
    return {
      file,
      diagnostics: [],
      error: `cannot tell which format this is; name it haproxy.cfg, keepalived.conf, corosync.conf, drbd.conf/*.res or ceph.conf, or pass --lang`,
    };
  }
  const diagnostics = diagnose(doc, opts);
  doc.dispose();
  return { file, format: doc.format.id, diagnostics };
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`haconf: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
