/**
 * Value checks against the real-configuration corpus (../shared/corpus): zero errors on every file the real tool
 * accepts (precision), and the share of broken values found in mutants of those files (recall, reported).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { describe, it } from 'node:test';
import { walkModel, type ConfigNode } from '../../../server/src/service/model';
import { checkModelValues } from '../../../server/src/service/values/check';
import { corpus, describeDiags, open, SKIP_NO_SHARED } from '../../helpers';

const FORMATS = ['haproxy', 'keepalived', 'corosync', 'drbd', 'ceph'];
const accepted = corpus().filter((e) => e.accepted && FORMATS.includes(e.format));

describe('values: corpus precision', { skip: SKIP_NO_SHARED }, () => {
  for (const e of accepted) {
    it(`${e.format}: ${e.file.split('/').pop()}`, async () => {
      const doc = await open(e.format, fs.readFileSync(e.path, 'utf8'));
      const diags = checkModelValues(doc.model.nodes, doc.format);
      doc.dispose();
      assert.deepEqual(diags, [], describeDiags(diags));
    });
  }
});

/** A broken version of one argument, chosen by its shape alone (not by the specs under test). */
function breakValue(keyword: string, v: string): string | undefined {
  if (/^\d+$/.test(v)) return '99999999999';
  if (/^\d+(\.\d+)?$/.test(v)) return '-5.5x';
  const ipPort = /^(\d+\.\d+\.\d+\.)\d+(:\d+)?$/.exec(v);
  if (ipPort) return `${ipPort[1]}999${ipPort[2] ?? ''}`;
  if (/^[^:\s]*:\d+$/.test(v)) return v.replace(/\d+$/, '99999');
  if (/^\d+(us|ms|s|m|h|d)$/.test(v)) return v.replace(/[a-z]+$/, 'x');
  if (/^(yes|no|on|off|true|false)$/i.test(v)) return 'maybe';
  if (/^[A-Za-z][\w-]*$/.test(v) && ['state', 'protocol', 'transport', 'mode', 'balance', 'lb_kind', 'lb_algo', 'crypto_cipher', 'crypto_hash', 'auth_type', 'after-sb-0pri', 'after-sb-1pri', 'after-sb-2pri', 'fencing', 'on-io-error', 'rr-conflict', 'lvs_sched', 'lvs_method'].includes(keyword)) return 'bogus';
  return undefined;
}

describe('values: mutant recall (lower bound: a mutant may still be valid)', { skip: SKIP_NO_SHARED }, () => {
  for (const format of FORMATS) {
    it(format, async () => {
      let made = 0;
      let found = 0;
      for (const e of accepted.filter((x) => x.format === format)) {
        const text = fs.readFileSync(e.path, 'utf8');
        const doc = await open(format, text);
        const targets: { start: number; end: number; bad: string }[] = [];
        walkModel(doc.model.nodes, (n: ConfigNode) => {
          if (n.kind !== 'directive') return;
          const a = n.args[n.keyword === 'timeout' || n.keyword === 'server' ? 1 : 0];
          const bad = a && breakValue(n.keyword, a.value);
          if (bad && a.text === a.value) targets.push({ start: a.startIndex, end: a.endIndex, bad });
        });
        doc.dispose();
        for (const t of targets.slice(0, 40)) {
          const mutated = text.slice(0, t.start) + t.bad + text.slice(t.end);
          const line = text.slice(0, t.start).split('\n').length - 1;
          const mdoc = await open(format, mutated);
          const diags = checkModelValues(mdoc.model.nodes, mdoc.format);
          mdoc.dispose();
          made++;
          if (diags.some((d) => d.range.start.line === line)) found++;
        }
      }
      const rate = made ? found / made : 1;
      console.log(`# recall ${format}: ${found}/${made} = ${(rate * 100).toFixed(1)}%`);
      assert.ok(made > 0);
    });
  }
});
