/**
 * DRBD value facts: the census gives each drbdsetup option's type, range, unit and enum values (`drbdsetup
 * xml-help` of drbd-utils 9.22); drbdadm rejects values outside them ("Value is too big", "Value is not valid").
 */
import type { FormatSchema } from '../../service/schema';
import { skipValue, type KeywordSpec, type ValueSpec } from '../../service/values/specs';
import * as T from '../../service/values/types';

/** Options whose census range drbdadm 9.22 does not enforce (al-extents 70000 and 66 are accepted). */
const NO_RANGE = new Set(['al-extents']);
/** Options the census calls numeric that also take names: drbd.conf(5) "resync-after res-name/volume". */
const NOT_NUMERIC = new Set(['resync-after']);

const ADDRESS_FAMILIES = ['ipv4', 'ipv6', 'ssocks', 'sdp', 'sci'];

export function drbdSpec(schema: FormatSchema, context: string, keyword: string): KeywordSpec | undefined {
  const last = context.split('/').pop() ?? '';
  // drbd.conf(5) "address [address-family] address:port": drbdadm needs the port
  if (keyword === 'address' && (last === 'on' || last === 'floating' || last === 'stacked-on-top-of')) {
    return {
      custom(args) {
        const a = args[args.length - 1];
        if (!a || skipValue(a) || args.length > 2) return [];
        if (args.length === 2 && !ADDRESS_FAMILIES.includes(args[0])) return [];
        const bad = T.addressPort(a, 'address', { portRequired: true });
        if (!bad) return [];
        // drbdadm's scanner takes any four dot-separated numbers for an IPv4 address (drbdadm -c accepts 256.1.1.1):
        // only a warning then, though no host has that address.
        const host = T.splitHostPort(a).host;
        const lax = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) && /not a valid IPv4/.test(bad);
        return [{ arg: args.length - 1, code: /port/.test(bad) ? 'port-range' : 'address', message: bad, ...(lax ? { severity: 'warning' as const } : {}) }];
      },
    };
  }
  // drbdadm 9.22: "node-id 33 => 33 out of range [0..32]" (the documentation says 0..31; drbdadm takes 32 too).
  if (keyword === 'node-id' && (last === 'on' || last === 'stacked-on-top-of')) {
    return {
      custom(args) {
        const v = args[0];
        if (v === undefined || skipValue(v)) return [];
        if (!/^\d+$/.test(v) || Number(v) > 32) return [{ arg: 0, code: 'range', message: `node-id must be a whole number from 0 to 32 (drbdadm's limit), not '${v}'` }];
        return [];
      },
    };
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
