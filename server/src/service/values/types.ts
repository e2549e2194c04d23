/**
 * Value validators: pure functions from a value as written to `undefined` (the value is fine) or a message in the
 * user's terms. `what` names the value in the message, usually the keyword ("priority must be between 1 and 255").
 *
 * Each validator accepts everything the real tool accepts (precision first): when in doubt a validator says nothing.
 */

export type Validator = (value: string, what: string) => string | undefined;

const DEC = /^[+-]?\d+$/;

/** Four decimal parts of one to three digits, each at most 255 (leading zeros allowed). Read character by
 * character: it runs for every address of a file on every check, and splitting made garbage each time. */
export function isIPv4(v: string): boolean {
  let parts = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255 || ++parts > 4) return false;
      digits = 0;
      value = 0;
    } else if (c >= 48 && c <= 57) {
      if (++digits > 3) return false;
      value = value * 10 + c - 48;
    } else return false;
  }
  return parts === 4;
}

export function isIPv6(v: string): boolean {
  // Every IPv6 address has a colon (`::` at the least): most values a check meets have none.
  if (v.indexOf(':') < 0) return false;
  const zone = v.indexOf('%');
  if (zone >= 0) v = v.slice(0, zone);
  if (!/^[0-9a-fA-F:.]+$/.test(v) || v.length < 2) return false;
  let groups = v.split(':');
  // an embedded IPv4 address counts as two groups
  const last = groups[groups.length - 1];
  if (last.includes('.')) {
    if (!isIPv4(last)) return false;
    groups = [...groups.slice(0, -1), '0', '0'];
  }
  const dbl = v.indexOf('::');
  if (dbl !== v.lastIndexOf('::')) return false;
  if (dbl < 0) return groups.length === 8 && groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g));
  const nonEmpty = groups.filter((g) => g !== '');
  if (!nonEmpty.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  // '::' stands for at least one group; leading/trailing single ':' is not allowed
  if (v.startsWith(':') && !v.startsWith('::')) return false;
  if (v.endsWith(':') && !v.endsWith('::')) return false;
  return nonEmpty.length <= 7;
}

/** Looks like an attempt at an IPv4 address (digits and dots only), so a hostname it is not. */
export function looksLikeIPv4(v: string): boolean {
  return /^[\d.]+$/.test(v) && v.includes('.');
}

export const ipv4: Validator = (v, what) => (isIPv4(v) ? undefined : `${what}: '${v}' is not a valid IPv4 address`);
export const ipv6: Validator = (v, what) => (isIPv6(v) ? undefined : `${what}: '${v}' is not a valid IPv6 address`);
export const ip: Validator = (v, what) => (isIPv4(v) || isIPv6(v) ? undefined : `${what}: '${v}' is not a valid IP address`);

/** An IP address with an optional prefix length (`10.0.0.1/24`, `fe80::1/64`). */
export const cidr: Validator = (v, what) => {
  const slash = v.indexOf('/');
  const addr = slash < 0 ? v : v.slice(0, slash);
  const v4 = isIPv4(addr);
  if (!v4 && !isIPv6(addr)) return `${what}: '${addr}' is not a valid IP address`;
  if (slash < 0) return undefined;
  const len = v.slice(slash + 1);
  const max = v4 ? 32 : 128;
  if (!/^\d+$/.test(len) || Number(len) > max) return `${what}: prefix length '${len}' must be between 0 and ${max}`;
  return undefined;
};

/** A port: 1-65535 (`min` 0 where the tool allows port 0). */
export function port(v: string, what: string, min = 1): string | undefined {
  if (!/^\d+$/.test(v)) return `${what}: '${v}' is not a port number`;
  const n = Number(v);
  if (n < min || n > 65535) return `${what}: port ${v} must be between ${min} and 65535`;
  return undefined;
}

/** A port or a port range `low-high` (HAProxy bind). */
export function portRange(v: string, what: string): string | undefined {
  const m = /^(\d+)-(\d+)$/.exec(v);
  if (!m) return port(v, what);
  const lo = port(m[1], what) ?? port(m[2], what);
  if (lo) return lo;
  if (Number(m[1]) > Number(m[2])) return `${what}: port range '${v}' ends before it starts`;
  return undefined;
}

/** An integer in [min, max] (either bound may be absent). */
export function integer(v: string, what: string, min?: number, max?: number): string | undefined {
  if (!DEC.test(v)) return `${what} must be an integer, not '${v}'`;
  return inRange(Number(v), v, what, min, max);
}

/** A decimal number in [min, max]. */
export function decimal(v: string, what: string, min?: number, max?: number): string | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) return `${what} must be a number, not '${v}'`;
  return inRange(Number(v), v, what, min, max);
}

export function inRange(n: number, v: string, what: string, min?: number, max?: number): string | undefined {
  if (min !== undefined && max !== undefined && (n < min || n > max)) return `${what} must be between ${fmt(min)} and ${fmt(max)}`;
  if (min !== undefined && n < min) return `${what} must be at least ${fmt(min)}, not ${v}`;
  if (max !== undefined && n > max) return `${what} must be at most ${fmt(max)}, not ${v}`;
  return undefined;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
}

/** One of `values` (case-sensitive unless `ignoreCase`). */
export function enumValue(v: string, what: string, values: readonly string[], ignoreCase = false): string | undefined {
  const ok = ignoreCase ? values.some((x) => x.toLowerCase() === v.toLowerCase()) : values.includes(v);
  return ok ? undefined : `${what} must be one of ${values.join(', ')}, not '${v}'`;
}

/** Boolean spellings per format. */
export const BOOLEANS = {
  /** keepalived check_true_false(): lib/parser.c */
  keepalived: ['true', 'false', 'on', 'off', 'yes', 'no'],
  /** drbdadm: "Value is not 'yes' or 'no'" (drbdsetup boolean options) */
  drbd: ['yes', 'no'],
  /** Ceph Option::parse_value TYPE_BOOL: strict_strtob accepts true/false/yes/no (any case) or an integer */
  ceph: ['true', 'false', 'yes', 'no'],
} as const;

export function boolean(v: string, what: string, spellings: readonly string[], integersToo = false, ignoreCase = true): string | undefined {
  if (integersToo && DEC.test(v)) return undefined;
  const ok = ignoreCase ? spellings.includes(v.toLowerCase()) : spellings.includes(v);
  return ok ? undefined : `${what} must be ${spellings.join(', ')}${integersToo ? ' or a number' : ''}, not '${v}'`;
}

const HAPROXY_UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };

/**
 * An HAProxy time (configuration.txt §2.5 "Time format"): an integer, optionally followed by us, ms, s, m, h or d;
 * no unit means milliseconds; at most 2147483647 ms (~24.8 days).
 */
export function haproxyDuration(v: string, what: string): string | undefined {
  const m = /^(\d+)([a-zA-Z]*)$/.exec(v);
  if (!m) {
    const bad = /[^0-9]/.exec(v);
    return `${what}: '${v}' is not a time (an integer with an optional unit us, ms, s, m, h or d)${bad ? `; unexpected '${bad[0]}'` : ''}`;
  }
  const unit = m[2];
  if (unit && !(unit in HAPROXY_UNITS)) return `${what}: unknown time unit '${unit}' in '${v}' (use us, ms, s, m, h or d)`;
  const ms = Number(m[1]) * HAPROXY_UNITS[unit || 'ms'];
  if (ms > 2147483647) return `${what}: '${v}' is too long (at most 2147483647 ms, about 24.8 days)`;
  return undefined;
}

/** A plain duration as a non-negative integer (keepalived seconds, corosync milliseconds). */
export function plainDuration(v: string, what: string, unit: string): string | undefined {
  return /^\d+$/.test(v) ? undefined : `${what} must be a whole number of ${unit}, not '${v}'`;
}

/**
 * A Ceph time span (secs options, common/strtol.cc parse_timespan): a number with an optional unit (s, sec, m, min,
 * h, hr, d, w, mo, y ...), possibly several ("1h 30m").
 */
export function cephSeconds(v: string, what: string): string | undefined {
  const unit = '(ns|us|ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|wk|wks|week|weeks|mo|month|months|y|yr|yrs|year|years)';
  const re = new RegExp(`^(\\s*\\d+(\\.\\d+)?\\s*${unit}?)+\\s*$`, 'i');
  return re.test(v) ? undefined : `${what} must be a time span such as 30, 30s, 5m or 1h, not '${v}'`;
}

/** A size with an optional unit: `4096`, `4k`, `4G`, `4GiB`, `4 MB` (Ceph strict_iec_cast, DRBD K/M/G). */
export function size(v: string, what: string): string | undefined {
  return parseSize(v) === undefined ? `${what} must be a size such as 4096, 64K, 4G or 4GiB, not '${v}'` : undefined;
}

/** Bytes of a size with 1024-based unit letters, or undefined when it is not a size. */
export function parseSize(v: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(?:([kmgtpe])(?:i?b)?|b)?$/i.exec(v.trim());
  if (!m) return undefined;
  const pow = m[2] ? 'kmgtpe'.indexOf(m[2].toLowerCase()) + 1 : 0;
  return Number(m[1]) * 1024 ** pow;
}

export function uuid(v: string, what: string): string | undefined {
  const s = v.replace(/^\{(.*)\}$/, '$1');
  return /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/.test(s)
    ? undefined
    : `${what}: '${v}' is not a valid UUID (like 01234567-89ab-cdef-0123-456789abcdef)`;
}

/** Splits `host:port`, `[v6]:port`, `v6` (no port), `:port`, `*:port`. Port is undefined when absent. */
export function splitHostPort(v: string): { host: string; port?: string } {
  if (v.startsWith('[')) {
    const close = v.indexOf(']');
    if (close < 0) return { host: v };
    const rest = v.slice(close + 1);
    return { host: v.slice(1, close), port: rest.startsWith(':') ? rest.slice(1) : undefined };
  }
  const first = v.indexOf(':');
  if (first < 0) return { host: v };
  if (first === v.lastIndexOf(':')) return { host: v.slice(0, first), port: v.slice(first + 1) };
  // several colons: a bare IPv6 address, unless what follows the last colon makes the rest an address
  if (isIPv6(v)) return { host: v };
  const i = v.lastIndexOf(':');
  return { host: v.slice(0, i), port: v.slice(i + 1) };
}

/** A host: IPv4, IPv6, or a host name; digits-and-dots that are not IPv4 are an error. */
export function host(h: string, what: string): string | undefined {
  if (h === '' || h === '*' || isIPv4(h) || isIPv6(h)) return undefined;
  if (looksLikeIPv4(h)) return `${what}: '${h}' is not a valid IPv4 address`;
  if (h.includes(':')) return `${what}: '${h}' is not a valid IPv6 address`;
  if (!/^[A-Za-z0-9_.-]+$/.test(h)) return `${what}: '${h}' is not a valid address or host name`;
  return undefined;
}

/**
 * An address with a port: `10.0.0.1:80`, `[::1]:80`, `host:80`; `portRequired` when the port must be there.
 */
export function addressPort(v: string, what: string, opts: { portRequired?: boolean; minPort?: number } = {}): string | undefined {
  const { host: h, port: p } = splitHostPort(v);
  const bad = host(h, what);
  if (bad) return bad;
  if (p === undefined) return opts.portRequired ? `${what}: '${v}' has no port (expected address:port)` : undefined;
  return port(p, what, opts.minPort ?? 1);
}

const ADDRVEC_ITEM = /^(?:(v1|v2|any):)?(.*?)(?:\/(\d+))?$/;

/**
 * A Ceph monitor address list (mon_host, addrvec options; msg/msg_types.cc entity_addrvec_t::parse): items
 * separated by commas, spaces or semicolons, each `[v2:ip:port,v1:ip:port]`, `v2:ip:port`, `ip`, `ip:port`,
 * `[ipv6]:port` or a host name.
 */
export function cephAddrvec(v: string, what: string): string | undefined {
  const items = splitAddrvecList(v);
  if (typeof items === 'string') return `${what}: unbalanced '${items}' in '${v}'`;
  for (const item of items) {
    if (isAddrvec(item)) {
      for (const sub of item.slice(1, -1).split(',')) {
        const bad = cephAddr(sub, what, true);
        if (bad) return bad;
      }
      continue;
    }
    const bad = cephAddr(item, what, false);
    if (bad) return bad;
  }
  return undefined;
}

/** The items of a Ceph address list (commas, spaces or semicolons outside brackets), or the bracket ('[' or ']')
 * that does not balance. */
export function splitAddrvecList(v: string): string[] | '[' | ']' {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of v) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (depth < 0) return ']';
    if (depth === 0 && /[,;\s]/.test(ch)) {
      if (cur) items.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth !== 0) return '[';
  if (cur) items.push(cur);
  return items;
}

/** Whether an item is a bracketed vector of typed addresses (`[v2:…,v1:…]`; `[::1]:6789` is an IPv6 address). */
export function isAddrvec(item: string): boolean {
  return item.startsWith('[') && item.endsWith(']') && /^\[[a-z]\w*:/i.test(item) && !isIPv6(item.slice(1, -1));
}

/** One Ceph address: `[v1:|v2:|any:]ip[:port][/nonce]`, or a host name when untyped. */
export function cephAddr(v: string, what: string, typed = false): string | undefined {
  const m = ADDRVEC_ITEM.exec(v)!;
  if (typed && !m[1]) {
    if (/^[a-z]+\d*:/.test(v) && !isIPv6(v)) return `${what}: unknown address type in '${v}' (expected v1:, v2: or any:)`;
  }
  if (/^v\d+:/.test(v) && !m[1]) return `${what}: unknown address type in '${v}' (expected v1:, v2: or any:)`;
  const { host: h, port: p } = splitHostPort(m[2]);
  if (m[1] && !(isIPv4(h) || isIPv6(h)) && h !== '') return `${what}: '${h}' is not a valid IP address`;
  const bad = host(h, what);
  if (bad) return bad;
  if (p !== undefined) return port(p, what, 0);
  return undefined;
}

/** The two- and three-part dotted forms inet_aton accepts (and so the resolvers of HAProxy and corosync): `a.b` (b < 2^24), `a.b.c` (c < 2^16), parts a, b < 256. */
export function isShortIPv4(h: string): boolean {
  // Two or three decimal parts without leading zeros, of up to 10 digits; the last one fills the rest of the address
  // (24 bits after one part, 16 after two), the others are octets. Read character by character, as isIPv4.
  let parts = 0;
  let digits = 0;
  let value = 0;
  let zeroFirst = false;
  let last = 0;
  for (let i = 0; i <= h.length; i++) {
    const c = i < h.length ? h.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || (zeroFirst && digits > 1) || ++parts > 3) return false;
      if (i < h.length && value > 255) return false;
      last = value;
      digits = 0;
      value = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits === 0) zeroFirst = c === 48;
      if (++digits > 10) return false;
      value = value * 10 + c - 48;
    } else return false;
  }
  return parts >= 2 && last <= (parts === 2 ? 0xffffff : 0xffff);
}
