/**
 * DRBD value facts: the census gives each drbdsetup option's type, range, unit and enum values (`drbdsetup
 * xml-help` of drbd-utils 9.22); drbdadm rejects values outside them ("Value is too big", "Value is not valid").
 */
import type { FormatSchema } from '../../service/schema';
import { skipValue, type KeywordSpec, type ValueSpec } from '../../service/values/specs';
import * as T from '../../service/values/types';
import { drbdGrammar } from './statements';

/** Options whose census range drbdadm 9.22 does not enforce (al-extents 70000 and 66 are accepted). */
const NO_RANGE = new Set(['al-extents']);
/** Options the census calls numeric that also take names: drbd.conf(5) "resync-after res-name/volume". */
const NOT_NUMERIC = new Set(['resync-after']);

/** drbdadm's startup timeouts, values it reads as numbers: the ranges of drbd_limits.h (drbd-utils 9.22), which
 * `drbdsetup xml-help` does not list ("while parsing value ('300001') for wfc-timeout. Value is too big"). */
const STARTUP_NUMBERS: Record<string, [number, number]> = {
  'wfc-timeout': [0, 300000],
  'degr-wfc-timeout': [0, 300000],
  'outdated-wfc-timeout': [0, 300000],
};

export function drbdSpec(schema: FormatSchema, context: string, keyword: string): KeywordSpec | undefined {
  const last = context.split('/').pop() ?? '';
  const grammar = drbdGrammar(context, last, keyword);
  // A value with a ';' in it was quoted (or its quote never closed, which the syntax check reports): the token
  // reading below would cut it where drbdadm does not.
  if (grammar) return { custom: (args) => (args.some((a) => skipValue(a) || a.includes(';')) ? [] : grammar(args)) };
  if (last === 'startup' && STARTUP_NUMBERS[keyword]) {
    const [min, max] = STARTUP_NUMBERS[keyword];
    return { args: [{ kind: 'drbd-number', min, max }] };
  }
  const contexts = last === 'disk' ? ['disk', 'disk(peer-device-options)'] : [last];
  for (const c of contexts) {
    const info = schema.contexts[c]?.find((k) => k.name === keyword);
    if (!info || NOT_NUMERIC.has(keyword)) continue;
    const fact = parseDrbdFact(info.args, info.rangeDefault);
    if (!fact) return undefined;
    if (fact.kind === 'drbd-number' && NO_RANGE.has(keyword)) return { args: [{ ...fact, min: undefined, max: undefined }] };
    return { args: [fact] };
  }
  return undefined;
}

/** DRBD facts: `args` like `policy [handler{a|b}]`, `[boolean]`, `time [numeric]`; `rangeDefault` like
 * `range=1..120; default=10; unit=seconds; unit_prefix=k`. */
export function parseDrbdFact(args: string | undefined, rangeDefault: string | undefined): ValueSpec | undefined {
  if (!args) return undefined;
  const h = /\[handler\{([^}]*)\}\]/.exec(args);
  if (h) return { kind: 'enum', values: h[1].split('|'), ignoreCase: true };
  if (/\[boolean\]/.test(args)) return { kind: 'bool', spellings: T.BOOLEANS.drbd };
  const numeric = /\[numeric\]/.test(args);
  const symbolic = /\[numeric-or-symbol\]/.test(args);
  if (!numeric && !symbolic) return undefined;
  const facts = new Map((rangeDefault ?? '').split(';').map((p) => p.trim().split('=') as [string, string]));
  const range = /^(-?\d+)\.\.(-?\d+)$/.exec(facts.get('range') ?? '');
  const unit = facts.get('unit') ?? '';
  const prefix = facts.get('unit_prefix');
  let unitBytes: number | undefined;
  if (/^bytes/.test(unit)) unitBytes = prefix === 'k' ? 1024 : prefix === 's' ? 512 : prefix === 'M' ? 1024 ** 2 : 1;
  return {
    kind: 'drbd-number',
    min: range ? Number(range[1]) : undefined,
    max: range ? Number(range[2]) : undefined,
    unitBytes,
    symbols: symbolic ? ['off', 'majority', 'all'] : undefined,
  };
}
