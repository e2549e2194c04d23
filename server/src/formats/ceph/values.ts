/**
 * Ceph value facts: every option's type, range and enum values come from the census (src/common/options/*.yaml.in,
 * quincy). Any option may be set in any section, so options are found by name alone, with spaces and dashes read as
 * underscores (as Ceph's config parser does).
 */
import type { FormatSchema } from '../../service/schema';
import * as T from '../../service/values/types';
import { type KeywordSpec, type ValueSpec } from '../../service/values/specs';
import { num } from '../../service/values/specs';

/** Options typed `str` upstream whose values have a known shape (doc/rados/configuration/network-config-ref.rst:
 * "public_network ... comma-delimited list of IP address and netmask (CIDR)"). */
const HAND: Record<string, KeywordSpec> = {
  public_network: { args: [{ kind: 'cidr-list' }], what: 'public_network' },
  cluster_network: { args: [{ kind: 'cidr-list' }], what: 'cluster_network' },
  // mon_host is `str` upstream but parsed as a list of address vectors or host names (mon/MonMap.cc
  // MonMap::build_initial -> init_with_ips / init_with_hosts; doc/rados/configuration/mon-lookup-dns.rst)
  mon_host: { args: [{ kind: 'addrvec' }], what: 'mon_host' },
  // legacy `[mon.a] mon addr = ip:port` (doc/rados/configuration/mon-config-ref.rst), read as an address vector
  mon_addr: { args: [{ kind: 'addrvec' }], what: 'mon_addr' },
};

const index = new WeakMap<FormatSchema, Map<string, KeywordSpec | null>>();

export function cephName(keyword: string): string {
  return keyword.trim().replace(/[\s-]+/g, '_');
}

export function cephSpec(schema: FormatSchema, keyword: string): KeywordSpec | undefined {
  let map = index.get(schema);
  if (!map) {
    map = new Map();
    for (const [ctx, list] of Object.entries(schema.contexts)) {
      if (ctx === '(section)') continue;
      for (const info of list) {
        const fact = parseCephFact(info.args, info.rangeDefault);
        map.set(info.name, fact ? { args: [fact], what: info.name } : null);
      }
    }
    index.set(schema, map);
  }
  const name = cephName(keyword);
  return HAND[name] ?? map.get(name) ?? undefined;
}

/** Ceph facts: `args` is the option type; `rangeDefault` may hold `range=min..max` and `enum=a|b`. */
export function parseCephFact(type: string | undefined, rangeDefault: string | undefined): ValueSpec | undefined {
  const facts = new Map((rangeDefault ?? '').split(';').map((p) => {
    const t = p.trim();
    const i = t.indexOf('=');
    return [t.slice(0, i), t.slice(i + 1)] as [string, string];
  }));
  const range = /^([^.]*(?:\.\d+)?)\.\.(.*)$/.exec(facts.get('range') ?? '');
  const min = num(range?.[1]);
  const max = num(range?.[2]);
  const en = facts.get('enum');
  switch (type) {
    case 'bool':
      return { kind: 'bool', spellings: T.BOOLEANS.ceph, integersToo: true };
    case 'int':
      return { kind: 'ceph-int', min, max };
    case 'uint':
      return { kind: 'ceph-int', unsigned: true, min, max };
    case 'float':
      return { kind: 'ceph-float', min, max };
    case 'size':
      return { kind: 'size', min, max };
    case 'secs':
      return { kind: 'ceph-secs' };
    case 'millisecs':
      return { kind: 'ceph-int', unsigned: true, min, max };
    case 'uuid':
      return { kind: 'uuid' };
    case 'addr':
      return { kind: 'ceph-addr' };
    case 'addrvec':
      return { kind: 'addrvec' };
    case 'str':
      return en ? { kind: 'enum', values: en.split('|') } : undefined;
  }
  return undefined;
}
