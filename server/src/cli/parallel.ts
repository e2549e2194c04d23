/**
 * `haconf check` over many files on several cores. The main thread checks the files that share a configuration with
 * others (they need the workspace index it built) and takes its turn with the rest; worker threads, each with the
 * same language service, check the others in chunks handed out as they finish the previous one. Results come back in
 * the order of the targets, each file once (its first result), exactly as a single pass gives them.
 *
 * Workers are used for 150 files or more on a machine with three cores or more, and not with --native (the real
 * tools are processes of their own). HACONF_CHECK_WORKERS sets how many (0: none).
 */
import * as fs from 'fs';
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { pathToFileURL } from 'url';
import * as path from 'path';
import type { DiagnoseOptions, WorkspaceIndex } from '../service';
import { CheckRun, type ReadTexts, type Target, type TargetResults } from './checkRun';
import type { FileResult } from './formats';
import type { NativeCheck } from './native';

export interface CheckSettings {
  opts: DiagnoseOptions;
  followIncludes: boolean;
  lang: string | undefined;
}

/** How many targets the worker threads checked in the last run (tests look). */
export const lastRun = { workerTargets: 0 };

/** Below this many files a worker's start-up (loading the service and its parsers) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 150;
/** Files per chunk handed to a worker. */
const CHUNK = 16;
const MAX_WORKERS = 3;

interface Job {
  /** The target's place in the run. */
  i: number;
  file: string;
  explicit: boolean;
}

type ToWorker = { jobs: Job[] } | { done: true };
type FromWorker = { ready: true } | { results: { i: number; group: TargetResults }[] } | { failed: string };

function workerCount(files: number, native: boolean): number {
  const env = process.env.HACONF_CHECK_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Math.min(Number(env), 16);
  if (native || files < MIN_FILES_FOR_WORKERS) return 0;
  // Each worker is a V8 isolate of its own that compiles and optimises the whole service again: on two cores one
  // worker beside the main thread measured no faster than the main thread alone (about 2 s for 1,000 files either
  // way, with 1.5 s more CPU), so workers start from three cores on.
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores < 3 ? 0 : Math.min(MAX_WORKERS, cores - 1);
}

/**
 * Starts the worker threads for a run of `files` files, when it is worth it: early, so that they load the service
 * while this thread walks the folders and builds the index.
 */
export function startWorkers(files: number, settings: CheckSettings, native: boolean): Pool | undefined {
  const n = workerCount(files, native);
  return n ? new Pool(n, settings) : undefined;
}

/** Checks every target; the results in target order, each file once. */
export async function checkTargets(
  targets: readonly Target[],
  settings: CheckSettings,
  index?: WorkspaceIndex,
  native?: NativeCheck,
  pool?: Pool,
  texts?: ReadTexts,
): Promise<FileResult[]> {
  const run = new CheckRun(settings.opts, settings.followIncludes, index, native, texts);
  lastRun.workerTargets = 0;
  const groups: (TargetResults | undefined)[] = new Array(targets.length);
  // The files that share a configuration with others are checked here, with the index; the rest can go anywhere.
  const free: Job[] = [];
  const local: number[] = [];
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if ('error' in t) continue;
    if (pool && !index?.view(pathToFileURL(path.resolve(t.file)).href).shared) free.push({ i, file: t.file, explicit: t.explicit });
    else local.push(i);
  }
  pool?.assign(free, groups);
  for (const i of local) {
    const t = targets[i] as { file: string; explicit: boolean };
    groups[i] = await run.target(t.file, settings.lang, t.explicit);
  }
  if (pool) {
    // This thread takes chunks too, between which the workers' messages are handled (HACONF_CHECK_MAIN_SHARE=0 leaves
    // them all to the workers: the tests use it to be sure the workers did the work).
    const share = process.env.HACONF_CHECK_MAIN_SHARE !== '0';
    for (let jobs = share ? pool.take() : undefined; jobs; jobs = pool.take()) {
      for (const j of jobs) groups[j.i] = await run.target(j.file, settings.lang, j.explicit);
      await new Promise((r) => setImmediate(r));
    }
    await pool.finished();
    // What a failed worker left undone.
    for (const j of free) if (!groups[j.i]) groups[j.i] = await run.target(j.file, settings.lang, j.explicit);
  }

  const out: FileResult[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if ('error' in t) {
      out.push({ file: t.file, diagnostics: [], error: t.error });
      continue;
    }
    const g = groups[i]!;
    for (let k = 0; k < g.results.length; k++) {
      if (seen.has(g.reals[k])) continue;
      seen.add(g.reals[k]);
      out.push(g.results[k]);
    }
  }
  return out;
}

/** The worker threads, and the chunks of jobs not yet handed out. */
export class Pool {
  private next = 0;
  private jobs: readonly Job[] | undefined;
  private groups: (TargetResults | undefined)[] = [];
  private readonly workers: Worker[] = [];
  private readonly ends: Promise<void>[] = [];
  /** Workers ready before the jobs were known. */
  private readonly waiting: (() => void)[] = [];

  constructor(count: number, settings: CheckSettings) {
    const data = { haconfCheckWorker: true, opts: settings.opts, followIncludes: settings.followIncludes, lang: settings.lang };
    // In the bundle, the worker loads it with the V8 code cache the CLI uses (bin/load-cached.js).
    const loader = path.join(__dirname, '..', 'bin', 'load-cached.js');
    const cached = path.basename(__dirname) === 'dist' && fs.existsSync(loader);
    for (let w = 0; w < count; w++) {
      const worker = cached
        ? new Worker(`require(${JSON.stringify(loader)})(${JSON.stringify(__filename)});`, { eval: true, workerData: data })
        : new Worker(__filename, { workerData: data });
      // Until there are jobs, the workers do not keep the process alive (a run that fails before them can exit).
      worker.unref();
      this.workers.push(worker);
      this.ends.push(
        new Promise<void>((resolve) => {
          const give = () => {
            const chunk = this.take();
            if (chunk) worker.postMessage({ jobs: chunk } satisfies ToWorker);
            else {
              worker.postMessage({ done: true } satisfies ToWorker);
              resolve();
            }
          };
          // A worker that fails or exits early leaves its chunk undone: checkTargets does it on this thread.
          worker.on('message', (m: FromWorker) => {
            if ('results' in m) {
              for (const r of m.results) this.groups[r.i] = r.group;
              lastRun.workerTargets += m.results.length;
            }
            if ('failed' in m) resolve();
            else if (this.jobs) give();
            else this.waiting.push(give);
          });
          worker.on('error', () => resolve());
          worker.on('exit', () => resolve());
        }),
      );
    }
  }

  /** The jobs, and where their results go; the workers that were waiting start. */
  assign(jobs: readonly Job[], groups: (TargetResults | undefined)[]): void {
    this.jobs = jobs;
    this.groups = groups;
    for (const w of this.workers) w.ref();
    for (const give of this.waiting.splice(0)) give();
  }

  /** The next chunk of jobs, or undefined when all are handed out. */
  take(): Job[] | undefined {
    if (!this.jobs || this.next >= this.jobs.length) return undefined;
    const chunk = this.jobs.slice(this.next, this.next + CHUNK);
    this.next += chunk.length;
    return chunk;
  }

  /** Resolves when every worker has finished or failed (after assign()). */
  async finished(): Promise<void> {
    await Promise.all(this.ends);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

// A worker thread: checks the chunks it is given, without the index (its files share no configuration).
if (!isMainThread && (workerData as { haconfCheckWorker?: boolean } | null)?.haconfCheckWorker && parentPort) {
  const port = parentPort;
  const data = workerData as { opts: DiagnoseOptions; followIncludes: boolean; lang: string | undefined };
  const run = new CheckRun(data.opts, data.followIncludes);
  port.on('message', (m: ToWorker) => {
    if ('done' in m) {
      port.close();
      return;
    }
    void (async () => {
      try {
        const results: { i: number; group: TargetResults }[] = [];
        for (const j of m.jobs) results.push({ i: j.i, group: await run.target(j.file, data.lang, j.explicit) });
        port.postMessage({ results } satisfies FromWorker);
      } catch (e) {
        port.postMessage({ failed: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
      }
    })();
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
