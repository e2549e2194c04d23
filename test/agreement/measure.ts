/**
 * Agreement between haconf and the real tools, measured:
 *   - on the corpus (../shared/corpus, SOURCES.tsv verdicts): precision on the files the tool accepts, recall on the
 *     files it rejects for a genuine error (category CONFIG);
 *   - on mutants of the accepted corpus files (mutate.ts), each run through the real tool in a sandbox (sandbox.ts):
 *     recall on the mutants the tool rejects, precision on those it still accepts.
 * Precision: the share of tool-accepted files on which haconf raises no error-severity diagnostic.
 * Recall: the share of tool-rejected files on which haconf raises an error (and, among those where the tool names
 * a line, an error on that very line).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { registry } from '../../server/src/formats';
import { nativeTools } from '../../server/src/native';
import { SECURITY } from '../../server/src/native/keepalived';
import { ConfigDocument, diagnose } from '../../server/src/service';
import { corpus, verdictLine, type CorpusEntry } from '../helpers';
import { mutants, type Mutant } from './mutate';
import { environmentFor, runTool, sandboxed } from './sandbox';

/** The versions the installed tools are (Debian bookworm): haconf checks against the same. */
export const TOOL_VERSIONS = { haproxy: '2.6', keepalived: '2.2.7' };
export const FORMATS = ['haproxy', 'keepalived', 'corosync', 'drbd', 'ceph'];

export interface HaconfView {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export async function haconfDiagnostics(format: string, text: string, name = 'file'): Promise<HaconfView> {
  const def = registry.get(format);
  if (!def) throw new Error(`no format ${format}`);
  const doc = await ConfigDocument.create(def, `file:///agreement/${name}`, text);
  try {
    const diags = diagnose(doc, { versions: TOOL_VERSIONS });
    return { errors: diags.filter((d) => d.severity === DiagnosticSeverity.Error), warnings: diags.filter((d) => d.severity === DiagnosticSeverity.Warning) };
  } finally {
    doc.dispose();
  }
}

export interface ToolView {
  verdict: 'rejected' | 'accepted' | 'unusable';
  /** The lines (1-based) of the tool's errors that name one. */
  lines: number[];
  message: string;
  /** The tool's messages marked host-dependent (a name that does not resolve, an interface the host lacks). */
  hostMessages: string[];
  /** The tool failed with nothing but host-dependent messages to say why, one of them an interface it names that
   * the host lacks (not keepalived's bare "Unknown interface!", which a missing `interface` line also gives). */
  onlyHost?: boolean;
  ms: number;
}

/** Runs the format's tool on `text` (written to a private directory under `name`) in the sandbox. */
export async function toolVerdict(format: string, text: string, name: string, sourceText: string): Promise<ToolView> {
  const tool = nativeTools[format];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-mutant-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const run = await runTool(tool, file, environmentFor(format, sourceText, text));
    if (run.timedOut || run.setupFailed || run.code === null) return { verdict: 'unusable', lines: [], message: run.timedOut ? 'timeout' : run.stderr.trim(), hostMessages: [], ms: run.ms };
    const diags = tool.parse(run, file, text);
    const errors = diags.filter((d) => d.severity === DiagnosticSeverity.Error && d.code !== 'host-dependent');
    // haproxy's exit 2 means "valid, but nothing to listen on", keepalived's 6 script-security complaints (which
    // also hide the exit 5 of other problems): with nothing else said, neither is a configuration error.
    const rejected =
      run.code !== 0 && !(format === 'haproxy' && run.code === 2) && !(format === 'keepalived' && run.code === 6 && errors.every((d) => SECURITY.test(d.message)));
    const lines = errors.map((d) => (d.data as { toolLine?: number | null } | undefined)?.toolLine).filter((l): l is number => typeof l === 'number');
    const first = errors[0] ?? diags[0];
    const hostMessages = diags.filter((d) => d.code === 'host-dependent').map((d) => d.message.split(dir + '/').join(''));
    const message = first ? first.message.split(dir + '/').join('') : '';
    // corosync -t checks the file as the node of the nodelist this host is: the sandbox makes it the source's first
    // node. A mutant rejected (with no parser line) as that node but accepted as the second is rejected only on the
    // node whose section, name or address the mutation took ("No valid name found for local host", "No multicast
    // port specified for interface 0"), and the same change to another node passes: which node checks the file
    // decides, no verdict on the file itself.
    if (rejected && !lines.length && format === 'corosync' && text !== sourceText && (environmentFor(format, sourceText).nodes ?? 0) > 1) {
      const again = await runTool(tool, file, environmentFor(format, sourceText, text, 1));
      if (again.code === 0) return { verdict: 'unusable', lines, message: `host-dependent: accepted as the second node, not as the first: ${message}`, hostMessages, ms: run.ms + again.ms };
    }
    const onlyHost = rejected && !errors.length && hostMessages.some((h) => /interface \S+ .*doesn'?t exist/i.test(h));
    return { verdict: rejected ? 'rejected' : 'accepted', lines, message, hostMessages, onlyHost, ms: run.ms };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface Case {
  mutant: Mutant;
  tool: ToolView;
  haconf: HaconfView;
}

export interface FormatStats {
  format: string;
  sources: number;
  /** Accepted corpus files the sandboxed tool did not accept (not mutated). */
  sourcesRefused: string[];
  mutants: number;
  unusable: number;
  rejected: number;
  /** Tool-rejected mutants with a haconf error anywhere. */
  caught: number;
  /** Tool-rejected mutants where the tool names a line. */
  withLine: number;
  /** ... and haconf has an error on that line. */
  sameLine: number;
  /** Tool-rejected mutants where haconf only warns. */
  onlyWarned: number;
  accepted: number;
  /** Tool-accepted mutants with a haconf error: precision failures. */
  falseErrors: number;
  /** Tool-accepted mutants haconf warns about: where the tool is lax (unknown keys and options, ...). */
  lax: number;
  misses: Case[];
  false: Case[];
  laxCases: Case[];
  byOp: Record<string, { rejected: number; caught: number; accepted: number; falseErrors: number; lax: number }>;
  toolMs: number;
}

/** A small promise pool. */
async function pool<T, R>(items: readonly T[], width: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(width, items.length)) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

export interface MutantOptions {
  seed: number;
  perFile: number;
  formats?: readonly string[];
  concurrency?: number;
  /** At most this many source files per format (spread over the list), for a quick run. */
  maxSources?: number;
  progress?: (s: string) => void;
}

export async function measureMutants(opts: MutantOptions): Promise<FormatStats[]> {
  const entries = corpus();
  const out: FormatStats[] = [];
  for (const format of opts.formats ?? FORMATS) {
    let sources = entries.filter((e) => e.format === format && e.accepted);
    if (opts.maxSources && sources.length > opts.maxSources) {
      const step = sources.length / opts.maxSources;
      sources = Array.from({ length: opts.maxSources }, (_, k) => sources[Math.floor(k * step)]);
    }
    const stats: FormatStats = {
      format, sources: sources.length, sourcesRefused: [], mutants: 0, unusable: 0, rejected: 0, caught: 0, withLine: 0, sameLine: 0, onlyWarned: 0,
      accepted: 0, falseErrors: 0, lax: 0, misses: [], false: [], laxCases: [], byOp: {}, toolMs: 0,
    };
    const all: { m: Mutant; source: string; host: Set<string> }[] = [];
    const origin = await pool(sources, opts.concurrency ?? 2, async (e) => {
      const text = fs.readFileSync(e.path, 'utf8');
      return { e, text, v: await toolVerdict(format, text, path.basename(e.file), text) };
    });
    for (const { e, text, v } of origin) {
      if (v.verdict !== 'accepted') {
        stats.sourcesRefused.push(`${path.basename(e.file)}: ${v.message}`);
        continue;
      }
      const host = new Set(v.hostMessages);
      for (const m of mutants(format, e.file, text, opts.perFile, opts.seed)) all.push({ m, source: text, host });
    }
    opts.progress?.(`${format}: ${all.length} mutants of ${sources.length - stats.sourcesRefused.length} files`);
    const cases = await pool(all, opts.concurrency ?? 2, async ({ m, source, host }) => {
      const tool = await toolVerdict(format, m.text, path.basename(m.source), source);
      // Accepted only thanks to what depends on the machine (haproxy -dr lets a server name that does not resolve
      // pass, as a warning; on a cluster node it would be fatal): no verdict on the file itself.
      if (tool.verdict === 'accepted' && tool.hostMessages.some((h) => !host.has(h))) tool.verdict = 'unusable';
      // Rejected only for what depends on the machine (an interface the sandbox, set up from the original file, lacks):
      // on a host with that interface the file passes, so this is no verdict on the file either.
      if (tool.verdict === 'rejected' && tool.onlyHost && !tool.hostMessages.every((h) => host.has(h))) tool.verdict = 'unusable';
      const haconf = await haconfDiagnostics(format, m.text, path.basename(m.source));
      return { mutant: m, tool, haconf } as Case;
    });
    for (const c of cases) {
      stats.mutants++;
      stats.toolMs += c.tool.ms;
      const op = (stats.byOp[c.mutant.op] ??= { rejected: 0, caught: 0, accepted: 0, falseErrors: 0, lax: 0 });
      if (c.tool.verdict === 'unusable') {
        stats.unusable++;
        continue;
      }
      const errs = c.haconf.errors;
      if (c.tool.verdict === 'rejected') {
        stats.rejected++;
        op.rejected++;
        if (errs.length) {
          stats.caught++;
          op.caught++;
        } else {
          if (c.haconf.warnings.length) stats.onlyWarned++;
          stats.misses.push(c);
        }
        if (c.tool.lines.length) {
          stats.withLine++;
          if (errs.some((d) => c.tool.lines.includes(d.range.start.line + 1))) stats.sameLine++;
        }
      } else {
        stats.accepted++;
        op.accepted++;
        if (errs.length) {
          stats.falseErrors++;
          op.falseErrors++;
          stats.false.push(c);
        } else if (c.haconf.warnings.length) {
          stats.lax++;
          op.lax++;
          stats.laxCases.push(c);
        }
      }
    }
    out.push(stats);
  }
  return out;
}

export interface CorpusStats {
  format: string;
  accepted: number;
  acceptedWithError: string[];
  genuine: number;
  genuineCaught: number;
  genuineSameLine: number;
  genuineWithLine: number;
  genuineMissed: string[];
  /** Rejected files of the other categories (version, environment, legacy, template...): how many haconf flags. */
  otherRejected: number;
  otherFlagged: number;
}

/** The corpus, by its recorded verdicts (SOURCES.tsv), without running the tools. */
export async function measureCorpus(formats: readonly string[] = FORMATS): Promise<CorpusStats[]> {
  const out: CorpusStats[] = [];
  const entries = corpus();
  for (const format of formats) {
    const s: CorpusStats = { format, accepted: 0, acceptedWithError: [], genuine: 0, genuineCaught: 0, genuineSameLine: 0, genuineWithLine: 0, genuineMissed: [], otherRejected: 0, otherFlagged: 0 };
    for (const e of entries.filter((x: CorpusEntry) => x.format === format)) {
      const h = await haconfDiagnostics(format, fs.readFileSync(e.path, 'utf8'), path.basename(e.file));
      if (e.accepted) {
        s.accepted++;
        if (h.errors.length) s.acceptedWithError.push(`${path.basename(e.file)}:${h.errors[0].range.start.line + 1}: ${h.errors[0].message}`);
      } else if (e.category.startsWith('CONFIG')) {
        s.genuine++;
        const line = verdictLine(e.verdict);
        if (h.errors.length) s.genuineCaught++;
        else s.genuineMissed.push(`${path.basename(e.file)}: ${e.verdict}`);
        if (line !== undefined) {
          s.genuineWithLine++;
          if (h.errors.some((d) => d.range.start.line + 1 === line)) s.genuineSameLine++;
        }
      } else {
        s.otherRejected++;
        if (h.errors.length || h.warnings.length) s.otherFlagged++;
      }
    }
    out.push(s);
  }
  return out;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

export function recall(s: FormatStats): number {
  return s.rejected ? s.caught / s.rejected : 1;
}
export function precision(s: FormatStats): number {
  return s.accepted ? (s.accepted - s.falseErrors) / s.accepted : 1;
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The per-format table of the mutant run, as Markdown. */
export function mutantTable(stats: readonly FormatStats[]): string {
  const lines = [
    row(['format', 'mutants', 'tool-rejected', 'recall (error in file)', 'recall (same line)', 'tool-accepted', 'precision', 'tool lax (haconf warns)', 'undecided']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const s of stats) {
    lines.push(
      row([
        s.format, s.mutants, s.rejected, `${pct(s.caught, s.rejected)} (${s.caught})`, `${pct(s.sameLine, s.withLine)} (${s.sameLine}/${s.withLine})`, s.accepted,
        `${pct(s.accepted - s.falseErrors, s.accepted)} (${s.falseErrors} false)`, s.lax, s.unusable,
      ]),
    );
  }
  return lines.join('\n');
}

export function corpusTable(stats: readonly CorpusStats[]): string {
  const lines = [
    row(['format', 'accepted files', 'precision', 'genuine errors (CONFIG)', 'recall (error in file)', 'recall (same line)', 'other rejected (version, env, legacy...)', 'haconf flags them']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const s of stats) {
    lines.push(
      row([
        s.format, s.accepted, pct(s.accepted - s.acceptedWithError.length, s.accepted), s.genuine, `${pct(s.genuineCaught, s.genuine)} (${s.genuineCaught})`,
        `${pct(s.genuineSameLine, s.genuineWithLine)} (${s.genuineSameLine}/${s.genuineWithLine})`, s.otherRejected, s.otherFlagged,
      ]),
    );
  }
  return lines.join('\n');
}

function describeCase(c: Case): string {
  const h = c.haconf.errors[0] ?? c.haconf.warnings[0];
  const hs = h ? `haconf ${h.severity === 1 ? 'error' : 'warning'} ${h.range.start.line + 1}: ${h.message}` : 'haconf: nothing';
  return `${path.basename(c.mutant.source)}:${c.mutant.line} [${c.mutant.op}] ${c.mutant.detail}\n      tool ${c.tool.verdict}${c.tool.lines.length ? ` at ${c.tool.lines.join(',')}` : ''}: ${c.tool.message.slice(0, 200)}\n      ${hs.slice(0, 200)}`;
}

/** The first `n` disagreements of each kind per format, and the per-operator counts. */
export function details(stats: readonly FormatStats[], n = 10): string {
  const out: string[] = [];
  for (const s of stats) {
    out.push(`\n${s.format}: ${s.sources} accepted corpus files${s.sourcesRefused.length ? `, ${s.sourcesRefused.length} refused by the sandboxed tool (not mutated): ${s.sourcesRefused.join('; ')}` : ''}; tool time ${(s.toolMs / 1000).toFixed(1)} s`);
    out.push(
      '  by operator: ' +
        Object.entries(s.byOp)
          .map(([op, o]) => `${op} ${o.caught}/${o.rejected} caught, ${o.falseErrors}/${o.accepted} false, ${o.lax} lax`)
          .join('; '),
    );
    if (s.false.length) out.push(`  haconf errors where the tool accepts (first ${Math.min(n, s.false.length)} of ${s.false.length}):`, ...s.false.slice(0, n).map((c) => `    ${describeCase(c)}`));
    if (s.misses.length) out.push(`  tool rejects, haconf has no error (first ${Math.min(n, s.misses.length)} of ${s.misses.length}):`, ...s.misses.slice(0, n).map((c) => `    ${describeCase(c)}`));
    if (s.laxCases.length) out.push(`  tool accepts, haconf warns: the tool is lax (first ${Math.min(n, s.laxCases.length)} of ${s.laxCases.length}):`, ...s.laxCases.slice(0, n).map((c) => `    ${describeCase(c)}`));
  }
  return out.join('\n');
}

export { sandboxed };
