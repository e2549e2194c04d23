#!/usr/bin/env node
// `npm run agreement`: how far haconf agrees with the real tools (haproxy -c, keepalived -t, corosync -t, drbdadm,
// ceph-conf), on the corpus (../shared/corpus, its recorded verdicts) and on seeded mutants of the accepted corpus
// files run through the real tools (test/agreement/). Prints Markdown tables and the first disagreements.
// Options: --seed N (default 1), --per-file N mutants per accepted file (default 30), --formats a,b,
//          --max-sources N (files per format), --json FILE (write the figures), --strict (exit 1 below the targets:
//          precision 100%, recall 95%).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const m = require(path.join(root, 'out/test/agreement/measure.js'));
const { sharedDir, corpus } = require(path.join(root, 'out/test/helpers.js'));

const arg = (name, def) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : def);
const seed = Number(arg('--seed', '1'));
const perFile = Number(arg('--per-file', '30'));
const maxSources = arg('--max-sources') ? Number(arg('--max-sources')) : undefined;
const formats = arg('--formats') ? arg('--formats').split(',') : m.FORMATS;
const jsonOut = arg('--json');
const strict = process.argv.includes('--strict');

if (!sharedDir()) {
  console.log('agreement: skipped: ../shared (the corpus) is not present');
  process.exit(0);
}
const started = Date.now();
console.log(`agreement: seed ${seed}, ${perFile} mutants per accepted file, formats ${formats.join(', ')}; tools ${m.sandboxed() ? 'sandboxed (unshare -n -u -m)' : 'NOT sandboxed (needs root and unshare): verdicts may depend on this machine'}`);

// 1. Does the sandboxed tool reproduce the corpus verdicts? (The mutants are only as good as this.)
const entries = corpus().filter((e) => formats.includes(e.format));
let same = 0;
const differ = [];
for (const e of entries) {
  const text = fs.readFileSync(e.path, 'utf8');
  const v = await m.toolVerdict(e.format, text, path.basename(e.file), text);
  if ((v.verdict === 'accepted') === e.accepted) same++;
  else differ.push(`${e.file}: SOURCES.tsv ${e.verdict.slice(0, 60)}; sandboxed tool ${v.verdict} ${v.message.slice(0, 100)}`);
}
console.log(`\nSandboxed tools reproduce ${same}/${entries.length} corpus verdicts of SOURCES.tsv.${differ.length ? '\n  ' + differ.join('\n  ') : ''}`);

// 2. The corpus, by its recorded verdicts.
const corpusStats = await m.measureCorpus(formats);
console.log('\n## Corpus (SOURCES.tsv verdicts)\n');
console.log(m.corpusTable(corpusStats));
for (const s of corpusStats) {
  for (const f of s.acceptedWithError) console.log(`  ${s.format}: error on an accepted file: ${f}`);
  for (const f of s.genuineMissed) console.log(`  ${s.format}: genuine error missed: ${f}`);
}

// 3. Mutants.
const stats = await m.measureMutants({ seed, perFile, formats, maxSources, concurrency: 2, progress: (s) => console.error(`  ${s}`) });
console.log(`\n## Mutants (seed ${seed}, ${perFile} per file)\n`);
console.log(m.mutantTable(stats));
console.log(m.details(stats, 10));
console.log(`\nagreement: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (jsonOut) {
  const slim = stats.map(({ misses, false: f, laxCases, ...rest }) => ({ ...rest, misses: misses.length, false: f.length, laxCases: laxCases.length }));
  fs.writeFileSync(jsonOut, JSON.stringify({ seed, perFile, corpus: corpusStats, mutants: slim }, null, 2) + '\n');
}
const below = stats.filter((s) => m.precision(s) < 1 || m.recall(s) < 0.95).map((s) => s.format);
const corpusBelow = corpusStats.filter((s) => s.acceptedWithError.length).map((s) => s.format);
if (below.length || corpusBelow.length) console.log(`below target (precision 100%, recall 95%): ${[...new Set([...below, ...corpusBelow])].join(', ')}`);
process.exit(strict && (below.length || corpusBelow.length) ? 1 : 0);
