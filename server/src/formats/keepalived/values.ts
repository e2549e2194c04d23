/**
 * keepalived value facts. The census (keepalived.tsv: parser source handlers, read_unsigned_strvec & co.) gives
 * most ranges; this table adds what it leaves out or gets wrong, each fact with its source.
 */
import type { FormatSchema } from '../../service/schema';
import * as T from '../../service/values/types';
import { type KeywordSpec, type ValueSpec } from '../../service/values/specs';
import { num } from '../../service/values/specs';

const IP: ValueSpec = { kind: 'ip' };

/** Facts by keyword (any context) or `context keyword`. */
const HAND: Record<string, KeywordSpec> = {
  // vrrp_parser.c vrrp_state_handler: strcmp "MASTER" / "BACKUP"; anything else is "unknown state ..., defaulting
  // to BACKUP" (keepalived -t exits 5). Case-sensitive: `state master` is rejected (checked with keepalived 2.2.7).
  'vrrp_instance state': { args: [{ kind: 'enum', values: ['MASTER', 'BACKUP'] }], minArgs: 1 },
  // vrrp_parser.c vrrp_vrid_handler / vrrp_prio_handler: read_unsigned_strvec(.., 1, 255) ("number '0' outside
  // range [1, 255]"); priority 255 is accepted (keepalived 2.2.7 -t).
  'vrrp_instance virtual_router_id': { args: [{ kind: 'int', min: 1, max: 255 }], minArgs: 1 },
  'vrrp_instance priority': { args: [{ kind: 'int', min: 1, max: 255 }], minArgs: 1 },
  // vrrp_parser.c vrrp_adv_handler: read_decimal_unsigned_strvec(.., 1, 255 * TIMER_HZ?, 2) -> 0.01..255
  'vrrp_instance advert_int': { args: [{ kind: 'decimal', min: 0.01, max: 255 }], minArgs: 1 },
  // vrrp_parser.c vrrp_auth_type_handler: strcmp "PASS" / "AH" ("unknown authentication type 'pass'").
  'vrrp_instance/authentication auth_type': { args: [{ kind: 'enum', values: ['PASS', 'AH'] }], minArgs: 1 },
  // vrrp_parser.c vrrp_srcip_handler: inet_stosockaddr; keepalived.conf(5) "mcast_src_ip <IPADDR>"
  'vrrp_instance mcast_src_ip': { args: [IP], minArgs: 1 },
  'vrrp_instance unicast_src_ip': { args: [IP], minArgs: 1 },
  // check_parser.c lbalgo_handler: ipvs scheduler names (keepalived.conf(5) "lvs_sched rr|wrr|lc|wlc|lblc|sh|mh|dh|fo|ovf|lblcr|sed|nq|twos");
  // "Invalid lvs_scheduler 'RR'": case-sensitive.
  'virtual_server lb_algo': { args: [{ kind: 'enum', values: SCHED() }], minArgs: 1 },
  'virtual_server lvs_sched': { args: [{ kind: 'enum', values: SCHED() }], minArgs: 1 },
  // check_parser.c lbkind_handler: "NAT", "DR", "TUN" (keepalived.conf(5) "lvs_method NAT|DR|TUN")
  'virtual_server lb_kind': { args: [{ kind: 'enum', values: ['NAT', 'DR', 'TUN'], ignoreCase: true }], minArgs: 1 },
  'virtual_server lvs_method': { args: [{ kind: 'enum', values: ['NAT', 'DR', 'TUN'], ignoreCase: true }] },
  'virtual_server/real_server lvs_method': { args: [{ kind: 'enum', values: ['NAT', 'DR', 'TUN'], ignoreCase: true }] },
};

function SCHED(): string[] {
  return ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos'];
}

/** Census facts that are wrong or do not describe the first argument (leave them out). */
const SKIP = new Set([
  'virtual_server persistence_granularity', // takes a netmask (255.255.255.0) as well as a prefix length
  'virtual_server weight', // census row mixes real_server facts
  'global_defs lvs_sync_daemon', // several ranges for several positions
  'global_defs lvs_timeouts', // `tcp SECS` pairs
  'global_defs vrrp_rx_bufs_policy', // MTU|ADVERT|NUMBER
  'global_defs vrrp_garp_extra_if', // [all] 100
  'vrrp_instance garp_extra_if',
  'global_defs umask',
  'global_defs max_auto_priority', // optional, symbolic bound
]);

/** The spec for a keyword in a context (e.g. `vrrp_instance`, `virtual_server/real_server/HTTP_GET`). */
export function keepalivedSpec(schema: FormatSchema, context: string, keyword: string): KeywordSpec | undefined {
  const hand = HAND[`${context} ${keyword}`];
  if (hand) return hand;
  const last = context.split('/').pop() ?? '';
  // blocks whose lines are addresses: the keyword is the address (vrrp_parser.c alloc_ipaddress / alloc_unicast_peer)
  if (last === 'unicast_peer') return { what: 'unicast peer', keywordValue: IP };
  if (last === 'virtual_ipaddress' || last === 'virtual_ipaddress_excluded')
    return { what: 'virtual address', keywordValue: { kind: 'cidr' } };
  // virtual_server IP PORT | fwmark N | group NAME (check_parser.c vs_handler: "number '70000' outside range [1, 65535]")
  if (keyword === 'virtual_server' && context === '(top)') return { alternatives: [
    { args: [{ kind: 'enum', values: ['fwmark', 'group'] }] },
    { args: [IP, { kind: 'port', min: 1 }] },
  ] };
  // real_server IP [PORT] (check_parser.c rs_handler; port 0 is accepted)
  if (keyword === 'real_server' && last === 'virtual_server') return { args: [IP, { kind: 'port', min: 0 }] };
  if (SKIP.has(`${context} ${keyword}`)) return undefined;
  const list = schema.contexts[context]?.filter((k) => k.name === keyword) ?? [];
  const alts: KeywordSpec[] = [];
  for (const info of list) {
    const fact = parseKeepalivedFact(info.rangeDefault);
    if (!fact) return undefined; // an entry without a usable fact: say nothing
    if (fact.kind === 'enum' && fact.values.includes(keyword)) return undefined; // a group of flag keywords
    alts.push({ args: [fact] });
  }
  if (!alts.length) return undefined;
  return alts.length === 1 ? alts[0] : { alternatives: alts };
}

/**
 * keepalived `rangeDefault` facts (census from the parser source): `uint[1..255]`, `int[-1..BFD_TTL_MAX]`,
 * `decimal[0.01..255]`, `words{A|B}`, `bool(optional true|false|on|off|yes|no)`. Symbolic bounds count as
 * unbounded. Returns undefined when the string holds no single usable fact.
 */
export function parseKeepalivedFact(rangeDefault: string | undefined): ValueSpec | undefined {
  if (!rangeDefault) return undefined;
  const parts = rangeDefault.split(';').map((p) => p.trim()).filter((p) => !p.startsWith('default=') && !p.startsWith('range='));
  if (parts.length !== 1) return undefined;
  const p = parts[0];
  let m = /^(uint|int|decimal)\[([^.\]]*(?:\.\d+)?(?:e[+-]?\d+)?)\.\.([^\]]*)\]$/.exec(p);
  if (m) {
    const min = num(m[2]);
    const max = num(m[3]);
    // a non-integral bound on a uint is a timer scaled by the parser (UINT_MAX / TIMER_HZ): accept decimals
    const kind = m[1] === 'decimal' || (max !== undefined && !Number.isInteger(max)) ? 'decimal' : 'int';
    // census bounds printed with 6 significant digits (4.29497e+06, 4294.97): round the max up to be safe
    const loose = /e\+|\.\d\d$/.test(m[3]) ? (max ?? 0) * 1.0001 : max;
    return { kind, min, max: max === undefined ? undefined : loose } as ValueSpec;
  }
  m = /^words\{([^}]*)\}$/.exec(p);
  if (m) return { kind: 'enum', values: m[1].split('|'), ignoreCase: true };
  if (/^bool\(/.test(p)) return { kind: 'bool', spellings: T.BOOLEANS.keepalived };
  return undefined;
}
