/**
 * keepalived value facts. The census (keepalived.tsv: parser source handlers, read_unsigned_strvec & co.) gives
 * most ranges; this table adds what it leaves out or gets wrong, each fact with its source.
 */
import type { FormatSchema } from '../../service/schema';
import * as T from '../../service/values/types';
import { type KeywordSpec, type Problem, type ValueSpec } from '../../service/values/specs';
import { num, skipValue } from '../../service/values/specs';

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

/** Health checkers of a real_server (their blocks take the checker's connection options). */
const CHECKERS = new Set(['HTTP_GET', 'SSL_GET', 'TCP_CHECK', 'SMTP_CHECK', 'MISC_CHECK', 'DNS_CHECK', 'PING_CHECK', 'UDP_CHECK', 'FILE_CHECK', 'BFD_CHECK']);

const UINT_MAX = 4294967295n;
/** lib/parser.h TIMER_MAXIMUM (ULONG_MAX - 1 microseconds). */
const TIMER_MAXIMUM = 18446744073709551614n;
const ULLONG_MAX = 18446744073709551615n;

/**
 * Timers of virtual_server, real_server and the checkers (check_parser.c / check_api.c handlers, read_timer): a
 * non-negative decimal number of seconds with at most 6 decimal places, bounds in microseconds.
 */
const TIMERS: Record<string, [bigint, bigint]> = {
  connect_timeout: [1n, UINT_MAX],
  delay_loop: [1n, TIMER_MAXIMUM],
  delay_before_retry: [0n, TIMER_MAXIMUM],
  warmup: [0n, TIMER_MAXIMUM],
};

const seconds = (us: bigint): string => {
  const frac = (us % 1000000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${us / 1000000n}${frac ? `.${frac}` : ''}`;
};

/** lib/parser.c read_decimal_unsigned_long_func with 6 decimal places: the problem with a timer value, if any. */
export function timerProblem(v: string, what: string, min: bigint, max: bigint): string | undefined {
  if (v.startsWith('-')) return `${what} must not be negative, not ${v}`;
  const m = /^\+?(\d*)(?:\.(\d*))?$/.exec(v);
  if (!m) return `${what} must be a number of seconds, not '${v}'`;
  if ((m[2] ?? '').length > 6) return `${what}: '${v}' has more than 6 decimal places (keepalived counts in microseconds)`;
  const us = BigInt(m[1] || '0') * 1000000n + BigInt((m[2] ?? '').padEnd(6, '0'));
  if (us > ULLONG_MAX || us < min || us > max) return `${what} must be between ${seconds(min)} and ${seconds(max)} seconds, not ${v}`;
  return undefined;
}

const timerSpec = (min: bigint, max: bigint): KeywordSpec => ({
  custom: (args, keyword) => (args.length && !skipValue(args[0]) ? problem(0, 'number', timerProblem(args[0], keyword, min, max)) : []),
});

const problem = (arg: number, code: string, message: string | undefined): Problem[] => (message ? [{ arg, code, message }] : []);

/** An address as lib/utils.c inet_stosockaddr reads it: an IPv4 or IPv6 literal, anything after '-' or '/' aside. */
function addressProblem(v: string, what: string): string | undefined {
  const cut = v.search(/[-/]/);
  return T.ip(cut < 0 ? v : v.slice(0, cut), what);
}

/** A port as inet_stosockaddr reads it (1-65535; all zeros: no port). */
function portProblem(v: string, what: string): string | undefined {
  return /^0+$/.test(v) ? undefined : T.port(v, what, 1);
}

/** `IPADDR [PORT]` (sorry_server, virtual_server_group addresses). */
function addressPort(args: readonly string[], keyword: string, first = 0): Problem[] {
  const out: Problem[] = [];
  if (args.length > first && !skipValue(args[first])) out.push(...problem(first, 'address', addressProblem(args[first], keyword)));
  if (args.length > first + 1 && !skipValue(args[first + 1])) out.push(...problem(first + 1, 'port-range', portProblem(args[first + 1], keyword)));
  return out;
}

/** glibc inet_aton's dotted forms (1 to 4 parts, decimal, 0-octal or 0x-hex, the last part filling the rest). */
function inetAton(v: string): boolean {
  const parts = v.split('.');
  if (parts.length > 4) return false;
  const n: number[] = [];
  for (const p of parts) {
    let x: number;
    if (/^0x[0-9a-f]*$/i.test(p)) x = p.length > 2 ? parseInt(p.slice(2), 16) : 0;
    else if (/^0[0-7]*$/.test(p)) x = parseInt(p, 8);
    else if (/^[1-9]\d*$/.test(p)) x = Number(p);
    else return false;
    n.push(x);
  }
  const last = n[n.length - 1];
  if (n.slice(0, -1).some((x) => x > 255)) return false;
  return last < 2 ** (8 * (5 - n.length));
}

/**
 * global_defs smtp_server HOST [PORT] (global_parser.c smtpserver_handler): an address literal, or a name looked up
 * with getaddrinfo. Only what no lookup can turn into an address is flagged: digits and dots that are no address
 * inet_aton takes, or an IPv6-looking value that is no IPv6 address.
 */
const smtpServer: KeywordSpec = {
  custom(args, keyword) {
    const out: Problem[] = [];
    const host = args[0];
    if (host !== undefined && !skipValue(host)) {
      const v4 = /^\d+(\.\d+)*$/.test(host) && !inetAton(host);
      const v6 = host.includes(':') && /^[0-9a-fA-F:.]+$/.test(host) && !T.isIPv6(host);
      if (v4 || v6) out.push({ arg: 0, code: 'address', message: `${keyword}: '${host}' is neither an IP address nor a host name` });
    }
    if (args.length > 1 && !skipValue(args[1])) out.push(...problem(1, 'port-range', T.port(args[1], keyword, 1)));
    return out;
  },
};

/**
 * A virtual_server_group line (check_data.c alloc_vsg_entry): `fwmark N [inet|inet6]`, or `IPADDR[-END|/MASK]
 * [PORT]` (the keyword is the address).
 */
const vsgEntry: KeywordSpec = {
  custom(args, keyword) {
    if (keyword === 'fwmark') {
      if (!args.length) return [{ arg: -1, code: 'arity', message: 'fwmark needs a value' }];
      const out: Problem[] = [];
      if (!skipValue(args[0])) out.push(...problem(0, 'integer-range', T.integer(args[0], 'fwmark', 0, 4294967295)));
      if (args.length > 1 && !skipValue(args[1])) out.push(...problem(1, 'enum', T.enumValue(args[1], 'fwmark family', ['inet', 'inet6'])));
      return out;
    }
    const out: Problem[] = [];
    const bad = addressProblem(keyword, 'virtual_server_group');
    if (bad) out.push({ arg: -1, code: 'address', message: bad });
    if (args.length && !skipValue(args[0])) out.push(...problem(0, 'port-range', portProblem(args[0], 'virtual_server_group')));
    return out;
  },
};

/**
 * A track_script / track_interface line of a vrrp_instance or vrrp_sync_group: `NAME [weight N [reverse]]`
 * (vrrp_track.c alloc_track_script / alloc_track_if: "unknown track script option", a weight in [-253, 253];
 * -254 and 254 are reported and set to +/-253).
 */
function trackEntry(flags: readonly string[]): KeywordSpec {
  return {
    custom(args) {
      if (!args.length || args.some((a) => skipValue(a))) return [];
      if (args[0] !== 'weight') return [{ arg: 0, code: 'enum', message: `unknown option '${args[0]}': a tracked line takes only 'weight N'${flags.length ? ` [${flags.join('|')}]` : ''}` }];
      if (args.length < 2) return [{ arg: 0, code: 'arity', message: 'weight needs a value' }];
      const out = problem(1, 'integer-range', T.integer(args[1], 'weight', -253, 253));
      if (args.length > 2 && !flags.includes(args[2])) out.push({ arg: 2, code: 'enum', message: `unknown weight option '${args[2]}' (use ${flags.join(' or ')})` });
      return out;
    },
  };
}

/** HTTP_GET / SSL_GET url status_code: codes and ranges `N` / `N-M` within 100-599 (check_http.c status_code_handler,
 * check_http.h HTTP_STATUS_CODE_MIN/MAX). */
const statusCodes: KeywordSpec = {
  custom(args, keyword) {
    const out: Problem[] = [];
    args.forEach((v, i) => {
      if (skipValue(v) || /\s/.test(v)) return;
      const m = /^\+?(\d+)(?:-\+?(\d+))?$/.exec(v);
      const lo = m ? Number(m[1]) : NaN;
      const hi = m ? Number(m[2] ?? m[1]) : NaN;
      if (!m || lo < 100 || hi > 599 || lo > hi)
        out.push({ arg: i, code: 'integer-range', message: `${keyword}: '${v}' is not an HTTP status code or range (100-599, like 200 or 200-299)` });
    });
    return out;
  },
};

/** url digest: an MD5 sum, 32 hexadecimal digits (check_http.c digest_handler). */
const digest: KeywordSpec = {
  custom: (args, keyword) =>
    args.length && !skipValue(args[0]) && !/^[0-9a-fA-F]{32}$/.test(args[0])
      ? [{ arg: 0, code: 'number', message: `${keyword} must be an MD5 sum (32 hexadecimal digits), not '${args[0]}'` }]
      : [],
};

/** The spec for a keyword in a context (e.g. `vrrp_instance`, `virtual_server/real_server/HTTP_GET`). */
export function keepalivedSpec(schema: FormatSchema, context: string, keyword: string): KeywordSpec | undefined {
  const hand = HAND[`${context} ${keyword}`];
  if (hand) return hand;
  const path = context.split('/');
  const last = path[path.length - 1];
  // Timers, addresses and ports of the LVS blocks (virtual_server, real_server, a checker, an SMTP_CHECK host).
  const lvs = path[0] === 'virtual_server' && (last === 'virtual_server' || last === 'real_server' || CHECKERS.has(last) || last === 'host' || last === 'url');
  if (lvs && TIMERS[keyword]) return timerSpec(...TIMERS[keyword]);
  if (lvs && (keyword === 'connect_ip' || keyword === 'bindto') && last !== 'virtual_server' && last !== 'real_server')
    return { custom: (args, k) => (args.length && !skipValue(args[0]) ? problem(0, 'address', addressProblem(args[0], k)) : []) };
  if (context === 'virtual_server' && keyword === 'sorry_server') return { custom: (args, k) => addressPort(args, k) };
  if (context === 'global_defs' && keyword === 'smtp_server') return smtpServer;
  if (context === 'virtual_server_group') return vsgEntry;
  if ((path[0] === 'vrrp_instance' || path[0] === 'vrrp_sync_group') && path.length === 2 && (last === 'track_script' || last === 'track_interface'))
    return trackEntry(last === 'track_script' ? ['reverse', 'noreverse'] : ['reverse']);
  if (lvs && last === 'url' && keyword === 'status_code') return statusCodes;
  if (lvs && last === 'url' && keyword === 'digest') return digest;
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
 * `decimal[0.01..255]`, `words{A|B}`, `bool(optional true|false|on|off|yes|no)`. A symbolic bound is the
 * constant's value where known (SYMBOLS), else the bound of the parser's type: read_unsigned rejects what lies
 * outside [0, UINT_MAX] ("outside unsigned integer range"), read_int what lies outside [INT_MIN, INT_MAX]; a decimal's
 * symbolic bound counts as unbounded. Returns undefined when the string holds no single usable fact.
 */
/** Symbolic bounds of the census ranges: keepalived/include/global_data.h LVS_MAX_TIMEOUT (86400*31),
 * keepalived/include/bfd.h BFD_TTL_MAX, stdint.h INT32_MIN. */
const SYMBOLS: Record<string, number> = { LVS_MAX_TIMEOUT: 86400 * 31, BFD_TTL_MAX: 255, INT32_MIN: -2147483648 };
const TYPE_RANGE = { uint: [0, 4294967295], int: [-2147483648, 2147483647] } as const;

export function parseKeepalivedFact(rangeDefault: string | undefined): ValueSpec | undefined {
  if (!rangeDefault) return undefined;
  const parts = rangeDefault.split(';').map((p) => p.trim()).filter((p) => !p.startsWith('default=') && !p.startsWith('range='));
  if (parts.length !== 1) return undefined;
  const p = parts[0];
  let m = /^(uint|int|decimal)\[([^.\]]*(?:\.\d+)?(?:e[+-]?\d+)?)\.\.([^\]]*)\]$/.exec(p);
  if (m) {
    const type = m[1] as 'uint' | 'int' | 'decimal';
    const bound = (b: string, end: 0 | 1): number | undefined => num(b) ?? SYMBOLS[b] ?? (type === 'decimal' ? undefined : TYPE_RANGE[type][end]);
    const min = bound(m[2], 0);
    const max = bound(m[3], 1);
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
