/**
 * corosync value facts. Integer keys come from the census (exec/coroparse.c main_config_parser_cb typed
 * conversions: "Value of key "totem.token" is expected to be integer in range (0..4294967295)"); enums and the
 * logging on/off words are hand-written here with their sources.
 */
import type { FormatSchema } from '../../service/schema';
import { skipValue, type KeywordSpec, type ValueSpec } from '../../service/values/specs';
import * as T from '../../service/values/types';

const en = (...values: string[]): KeywordSpec => ({ args: [{ kind: 'enum', values }] });
const YES_NO: ValueSpec = { kind: 'enum', values: ['yes', 'no', 'on', 'off'] };
const ON_OFF: ValueSpec = { kind: 'enum', values: ['on', 'off'] };

/** Logging keys (exec/logconfig.c parse_logger_config; corosync.conf(5) "logging" section). corosync -t 3.1.7
 * accepts yes/no/on/off for the to_* keys but only on/off for the others ("unknown value for timestamp" for
 * `timestamp: yes`; `to_syslog: 1` and `true` are rejected too). */
const LOGGING: Record<string, KeywordSpec> = {
  to_stderr: { args: [YES_NO] },
  to_logfile: { args: [YES_NO] },
  to_syslog: { args: [YES_NO] },
  debug: en('on', 'off', 'trace'),
  fileline: { args: [ON_OFF] },
  function_name: { args: [ON_OFF] },
  timestamp: en('on', 'off', 'hires'),
  blackbox: { args: [ON_OFF] },
};

const HAND: Record<string, KeywordSpec> = {
  // exec/totemconfig.c totem_get_crypto / totem_config_read: "Invalid cipher type. Should be none, aes256, aes192 or aes128"
  'totem crypto_cipher': en('none', 'aes256', 'aes192', 'aes128'),
  // exec/totemconfig.c: "Invalid hash type. Should be none, md5, sha1, sha256, sha384 or sha512"
  'totem crypto_hash': en('none', 'md5', 'sha1', 'sha256', 'sha384', 'sha512'),
  // exec/totemconfig.c totem_config_read: transport "udpu" | "udp" | "knet" (strcmp; `UDPU` is rejected by corosync -t)
  'totem transport': en('udpu', 'udp', 'knet'),
  // exec/coroparse.c: "Invalid ip_version type" (ipv4, ipv6, ipv4-6, ipv6-4)
  'totem ip_version': en('ipv4', 'ipv6', 'ipv4-6', 'ipv6-4'),
  // corosync.conf(5) totem.version: "The only valid version is 2" (corosync -t rejects 3)
  'totem version': en('2'),
  // corosync.conf(5) knet_transport: udp | sctp
  'totem/interface knet_transport': en('udp', 'sctp'),
  // corosync.conf(5) link_mode: passive | active | rr
  'totem link_mode': en('passive', 'active', 'rr'),
  // exec/totemconfig.c: "Invalid crypto model. Should be nss or openssl" (corosync -t 3.1.7; `NSS` is rejected too)
  'totem crypto_model': en('nss', 'openssl'),
  // exec/coroparse.c system section: "Invalid system.qb_ipc_type", "Invalid system.sched_rr value",
  // "Invalid system.move_to_root_cgroup", "Invalid system.allow_knet_handle_fallback" (corosync -t 3.1.7: lower case
  // only; on/off/1 are rejected)
  'system qb_ipc_type': en('native', 'shm', 'socket'),
  'system sched_rr': en('yes', 'no'),
  'system move_to_root_cgroup': en('yes', 'no', 'auto'),
  'system allow_knet_handle_fallback': en('yes', 'no'),
};

/** Syslog facilities and priorities as libqb names them (exec/logconfig.c: "unknown syslog facility specified",
 * "unknown syslog priority specified", "unknown logfile priority specified"; corosync -t 3.1.7 takes priorities in
 * any case, `trace` and `warn` not at all, and facilities in lower case only). */
const FACILITY: KeywordSpec = { args: [{ kind: 'enum', values: ['auth', 'authpriv', 'cron', 'daemon', 'ftp', 'kern', 'lpr', 'mail', 'news', 'syslog', 'user', 'uucp', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7'] }] };
const PRIORITY: KeywordSpec = { args: [{ kind: 'enum', values: ['emerg', 'alert', 'crit', 'err', 'error', 'warning', 'notice', 'info', 'debug'], ignoreCase: true }] };

/** Keys holding an address or host name (corosync.conf(5) nodelist "ringX_addr", totem interface "bindnetaddr",
 * "mcastaddr"): digits-and-dots that are no IPv4 address are an error, host names are left alone. */
const HOST_KEYS = /^(ring\d+_addr|bindnetaddr|mcastaddr)$/;

export function corosyncSpec(schema: FormatSchema, context: string, keyword: string): KeywordSpec | undefined {
  const hand = HAND[`${context} ${keyword}`];
  if (hand) return hand;
  if (HOST_KEYS.test(keyword)) {
    return {
      custom(args) {
        // getaddrinfo reads `10.16.35` as inet_aton does (10.16.0.35): corosync -t accepts it.
        const bad = args[0] === undefined || skipValue(args[0]) || T.isShortIPv4(args[0]) ? undefined : T.host(args[0], keyword);
        // With a nodelist, corosync 3 ignores bindnetaddr ("Nodelist one is going to be used") and accepts any value:
        // a warning there.
        return bad ? [{ arg: 0, code: 'address', message: bad, ...(keyword === 'bindnetaddr' ? { severity: 'warning' as const } : {}) }] : [];
      },
    };
  }
  const last = context.split('/').pop();
  if (last === 'logging' || last === 'logger_subsys' || last === 'logging_daemon') {
    if (LOGGING[keyword]) return LOGGING[keyword];
    if (keyword === 'syslog_facility') return FACILITY;
    if (keyword === 'syslog_priority' || keyword === 'logfile_priority') return PRIORITY;
  }
  const info = schema.contexts[context]?.find((k) => k.name === keyword);
  const fact = parseCorosyncFact(info?.args, info?.rangeDefault);
  return fact ? { args: [fact] } : undefined;
}

/** corosync coroparse.c typed keys: `uint32`, `uint8`, `uint16`, `int32` (with an optional `range=a..b`). */
export function parseCorosyncFact(args: string | undefined, rangeDefault: string | undefined): ValueSpec | undefined {
  const m = /^(u?)int(8|16|32)\b/.exec(args ?? '');
  if (!m) return undefined;
  const bits = Number(m[2]);
  let min = m[1] ? 0 : -(2 ** (bits - 1));
  let max = m[1] ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
  const r = /range=(-?\d+)\.\.(-?\d+)/.exec(rangeDefault ?? '');
  if (r) [min, max] = [Number(r[1]), Number(r[2])];
  return { kind: 'int', min, max };
}
