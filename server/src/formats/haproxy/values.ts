/**
 * HAProxy value facts. The census ranges for HAProxy are a heuristic over the prose, so only facts checked against
 * configuration.txt and haproxy 2.6 (`haproxy -c`) are used, each with its source.
 */
import type { FormatSchema } from '../../service/schema';
import { skipValue, type KeywordSpec, type Problem } from '../../service/values/specs';
import * as T from '../../service/values/types';

/** Address prefixes (configuration.txt §11 "Address formats") after which there is no IP address and port. */
const NO_PORT_PREFIXES = ['unix', 'abns', 'abnsz', 'fd', 'sockpair', 'uxst', 'uxdg'];
const IP_PREFIXES = ['ipv4', 'ipv6', 'udp', 'udp4', 'udp6', 'tcp', 'tcp4', 'tcp6', 'quic4', 'quic6', 'rhttp'];

interface AddrCheck {
  /** bind: port or range required (haproxy: "missing port specification"); server: optional, may be +N/-N */
  bind: boolean;
}


/** One address as bind / server take it; a problem message or undefined. */
export function haproxyAddress(a: string, what: string, opts: AddrCheck): { code: string; message: string } | undefined {
  if (skipValue(a) || a.startsWith('/') || a === '') return undefined;
  const at = a.indexOf('@');
  if (at >= 0) {
    const prefix = a.slice(0, at);
    if (NO_PORT_PREFIXES.includes(prefix)) return undefined;
    if (!IP_PREFIXES.includes(prefix)) return undefined; // unknown prefixes: haproxy says so itself
    a = a.slice(at + 1);
  }
  const { host, port } = T.splitHostPort(a);
  // The resolver reads `127.0.0` and `10.1` as inet_aton does (127.0.0.0, 10.0.0.1): accepted by haproxy -c.
  const bad = T.isShortIPv4(host) ? undefined : T.host(host, what);
  if (bad) return { code: 'address', message: bad };
  if (port === undefined || port === '') {
    // "'bind' : missing port specification in '1.2.3.4'"
    if (opts.bind && (T.isIPv4(host) || host === '*' || host === '')) return { code: 'port-range', message: `${what}: '${a}' has no port (expected address:port)` };
    return undefined;
  }
  if (opts.bind) {
    // "'bind' : invalid port '0'", "invalid port range '8010-8000'"
    const p = T.portRange(port, what);
    return p ? { code: 'port-range', message: p } : undefined;
  }
  // server: "port range not permitted here"; +N / -N are offsets (configuration.txt §5.2 "server <name> <address>[:[port]]")
  if (/^\d+-\d+$/.test(port)) return { code: 'port-range', message: `${what}: a port range (${port}) is not allowed in a ${what} address` };
  // +N / -N: an offset from the port the client reached, which haproxy 2.6 -c does not bound (+70000 passes).
  if (/^[+-]\d+$/.test(port)) return undefined;
  // A server port of 2^32 or more wraps round in haproxy's 32-bit read (4294967296 passes haproxy 2.6 -c as 0).
  if (/^\d{10,}$/.test(port) && Number(port) >= 2 ** 32) return undefined;
  const p = T.port(port, what, 0);
  return p ? { code: 'port-range', message: p } : undefined;
}

/** Server options with checked values (configuration.txt §5.2): `weight` 0..256 ("weight of server s is not within 0
 * and 256"); check timers are HAProxy times ("unexpected character 'x' in 'agent-inter' argument"). */
const SERVER_TIMERS = new Set(['inter', 'fastinter', 'downinter', 'slowstart', 'agent-inter']);

function serverOptions(args: readonly string[], from: number): Problem[] {
  const out: Problem[] = [];
  for (let i = from; i < args.length - 1; i++) {
    const opt = args[i];
    const v = args[i + 1];
    if (skipValue(v)) continue;
    if (opt === 'weight') {
      // haproxy reads the number with atol into an int: 4294967552 wraps to 256 and passes (haproxy 2.6 -c), while
      // 99999999999 wraps to 1215752191 ("weight of server s is not within 0 and 256 (1215752191)").
      const n = asInt32(v);
      if (n !== undefined && (n < 0 || n > 256)) {
        const shown = String(n) === v.replace(/^\+/, '') ? '' : ` (haproxy reads it as ${n})`;
        out.push({ arg: i + 1, code: 'integer-range', message: `server weight must be between 0 and 256${shown}` });
      }
      i++;
    } else if (opt === 'rise' || opt === 'fall') {
      // "'fall' has to be > 0" (haproxy 2.6 -c reads the number with atol into an int: 2147483648 is negative there,
      // 4294967297 is 1)
      const n = asInt32(v);
      if (n !== undefined && n <= 0) {
        const shown = String(n) === v.replace(/^\+/, '') ? '' : ` (haproxy reads ${v} as ${n})`;
        out.push({ arg: i + 1, code: 'integer-range', message: `server ${opt} must be at least 1, not ${v}${shown}` });
      }
      i++;
    } else if (opt === 'socks4' || opt === 'source' || opt === 'addr') {
      const bad = optionAddress(opt, v);
      if (bad) out.push({ arg: i + 1, ...bad });
      i++;
    } else if (SERVER_TIMERS.has(opt)) {
      const bad = T.haproxyDuration(v, opt);
      if (bad) out.push({ arg: i + 1, code: 'duration', message: bad });
      i++;
    }
  }
  return out;
}


/** A decimal integer as haproxy's atol-into-int reads it (wrapping round at 32 bits); undefined for anything else or
 * for numbers too long to say (atol saturates beyond 64 bits). */
export function asInt32(v: string): number | undefined {
  // Up to 9 plain digits: the number itself (the common case, without a match or a BigInt).
  if (v.length > 0 && v.length <= 9) {
    let n = 0;
    for (let i = 0; i < v.length; i++) {
      const d = v.charCodeAt(i) - 48;
      if (d < 0 || d > 9) {
        n = -1;
        break;
      }
      n = n * 10 + d;
    }
    if (n >= 0) return n;
  }
  const m = /^([+-]?)(\d{1,18})$/.exec(v);
  if (!m) return undefined;
  const n = BigInt.asIntN(32, BigInt(m[1] === '-' ? -Number(m[2]) : m[2]));
  return Number(n);
}

/** The address of a server `socks4` (address:port, port 1..65535), `source` (address[:port or range]) or `addr`
 * (an address; haproxy 2.6 -c: "'socks4 127.0.0.1' : missing port specification", "invalid port '0'", "invalid
 * address: '1.2.3.256'", "invalid character 'h' in port number"). */
export function optionAddress(opt: string, a: string): { code: string; message: string } | undefined {
  if (skipValue(a) || a.includes('@') || a.startsWith('/')) return undefined;
  const { host, port } = T.splitHostPort(a);
  const bad = T.isShortIPv4(host) || host === '*' ? undefined : T.host(host, opt);
  if (bad) return { code: 'address', message: bad };
  if (opt === 'addr') return undefined;
  if (opt === 'socks4') {
    if (port === undefined || port === '') return T.isIPv4(host) ? { code: 'port-range', message: `socks4: '${a}' has no port (expected address:port)` } : undefined;
    const p = T.port(port, 'socks4');
    return p ? { code: 'port-range', message: p } : undefined;
  }
  if (port === undefined || port === '') return undefined;
  const p = /^\d+-\d+$/.test(port) ? T.portRange(port, opt) : T.port(port, opt, 0);
  return p ? { code: 'port-range', message: p } : undefined;
}

/** The socket `mode` of a bind line or `stats socket` is read as an octal number (strtol base 8, nothing after it):
 * "'mode' : missing or invalid mode '0668' (octal integer expected)" (haproxy 2.6 -c). */
function socketMode(args: readonly string[], from: number, at = 0): Problem[] {
  const out: Problem[] = [];
  for (let i = from; i < args.length; i++) {
    if (args[i] !== 'mode') continue;
    const v = args[i + 1];
    if (v === undefined) {
      out.push({ arg: i - at, code: 'number', message: "'mode' needs an octal file mode (like 0660)" });
    } else if (!skipValue(v) && !/^[ \t]*[+-]?[0-7]+$/.test(v)) {
      out.push({ arg: i + 1 - at, code: 'number', message: `'mode' takes an octal file mode (digits 0 to 7, like 0660), not '${v}'` });
    }
    i++;
  }
  return out;
}

/** syslog facilities and levels (configuration.txt §3.1 "log"): "unknown log facility 'local9'". */
const LOG_FACILITIES = ['kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'cron', 'auth2', 'ftp', 'ntp', 'audit', 'alert', 'cron2', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7'];
const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'];

/** `log <target> [len N] [format F] [sample R:S] <facility> [<level> [<minlevel>]]`, or `log global` in a proxy. */
function logSpec(context: string): KeywordSpec {
  return {
    custom(args) {
      if (!args.length || args.some(skipValue)) return [];
      if (args[0] === 'global') {
        if (context === 'global') return [{ arg: 0, code: 'enum', message: "'log global' only works in a proxy section: in 'global' give a log target and a facility" }];
        return [];
      }
      const out: Problem[] = [];
      const bad = haproxyAddress(args[0], 'log', { bind: false });
      if (bad) out.push({ arg: 0, ...bad });
      let i = 1;
      while (i < args.length && (args[i] === 'len' || args[i] === 'format' || args[i] === 'sample')) i += 2;
      if (i >= args.length) {
        out.push({ arg: Math.min(i, args.length) - 1, code: 'arity', message: `'log ${args[0]}' needs a syslog facility (${LOG_FACILITIES.slice(0, 4).join(', ')}, ..., local0 to local7)` });
        return out;
      }
      if (!LOG_FACILITIES.includes(args[i])) out.push({ arg: i, code: 'enum', message: `unknown log facility '${args[i]}' (expected one of ${LOG_FACILITIES.join(', ')})` });
      else if (args[i + 1] !== undefined && !LOG_LEVELS.includes(args[i + 1])) out.push({ arg: i + 1, code: 'enum', message: `unknown log level '${args[i + 1]}' (expected one of ${LOG_LEVELS.join(', ')})` });
      else if (args[i + 2] !== undefined && !LOG_LEVELS.includes(args[i + 2])) out.push({ arg: i + 2, code: 'enum', message: `unknown minimum log level '${args[i + 2]}' (expected one of ${LOG_LEVELS.join(', ')})` });
      else if (args[i + 3] !== undefined) out.push({ arg: i + 3, code: 'arity', message: `'log' takes nothing after the facility and its two levels, not '${args[i + 3]}'` });
      return out;
    },
  };
}

/** The global `stats` lines: their first word is one of those the schema lists for global `stats` ("'stats' only
 * supports 'socket', 'maxconn', 'bind-process' and 'timeout'", haproxy 2.6 -c). */
function globalStatsSpec(schema: FormatSchema): KeywordSpec {
  const subs = [...new Set((schema.contexts['global'] ?? []).filter((k) => k.name === 'stats' && k.args).map((k) => k.args!.split(/\s+/)[0]))];
  return {
    custom(args) {
      const sub = args[0];
      if (sub !== undefined && skipValue(sub)) return [];
      if (sub === undefined || !subs.includes(sub)) {
        return [{ arg: 0, code: 'enum', message: `in 'global', 'stats' takes ${subs.map((x) => `'${x}'`).join(', ')}${sub === undefined ? '' : `, not '${sub}'`} (the other stats settings belong in a frontend, backend or listen)` }];
      }
      return sub === 'socket' ? socketMode(args, 2) : [];
    },
  };
}

/** Sample fetches whose output is an address (`haproxy -dKsmp`, HAProxy 2.6.12: output type ipv4 or ipv6): an ACL on
 * them matches its patterns as addresses (`-m ip`) unless told otherwise. `ipv4()`/`ipv6()` are constants. */
const IP_FETCHES = new Set(['src', 'dst', 'fc_src', 'fc_dst', 'hdr_ip', 'req.hdr_ip', 'res.hdr_ip', 'shdr_ip', 'url_ip']);
/** ACL flags that take a value (configuration.txt §7.1 "Using ACLs to form conditions"). */
const ACL_FLAGS_WITH_VALUE = new Set(['-f', '-m', '-M', '-u']);
const ACL_FLAGS = new Set(['-i', '-n']);

/** Why a dotted-number pattern is no IPv4 address (with an optional /mask) as haproxy reads it; undefined when it
 * is one or when the case is not clear-cut (hex or octal parts, names: haproxy may resolve those). */
export function dottedAddressProblem(p: string): string | undefined {
  const slash = p.indexOf('/');
  const addr = slash < 0 ? p : p.slice(0, slash);
  const parts = addr.split('.');
  if (parts.some((x) => x !== '' && !/^\d+$/.test(x))) return undefined;
  if (parts.some((x) => /^0\d/.test(x))) return undefined; // octal parts: left to haproxy
  if (parts.length > 4) return `'${addr}' has ${parts.length} parts: an IPv4 address has at most 4`;
  if (parts.some((x) => x === '')) return `'${addr}' has an empty part`;
  const last = 2 ** (8 * (5 - parts.length)) - 1;
  const bad = parts.findIndex((x, i) => Number(x) > (i === parts.length - 1 ? last : 255));
  if (bad >= 0) return `'${parts[bad]}' is out of range in the address '${addr}' (at most ${bad === parts.length - 1 ? last : 255})`;
  if (slash < 0) return undefined;
  const mask = p.slice(slash + 1);
  if (mask === '') return `'${p}' has an empty mask after '/'`;
  if (/^\d+$/.test(mask)) return Number(mask) > 32 ? `mask /${mask} is over 32 bits` : undefined;
  if (/^[\d.]+$/.test(mask) && !T.isIPv4(mask)) return `mask '${mask}' is not an IPv4 address`;
  return undefined;
}

/** The fetches whose ACL patterns are dotted versions (`3.1`), ranges of them (`3.1:3.3`, `3.0-3.1`, `:3`, `3:`), or
 * an operator (`lt`, `le`, `eq`, `ge`, `gt`) before a version. */
const DOTTED_VERSION_FETCHES = new Set(['req.ssl_ver', 'req_ssl_ver']);

/** Why an ACL pattern is no dotted version as haproxy reads it (each number at most 65535: haproxy 2.6 -c says
 * "'3.65536' is not a dotted number", or "... is not a valid dotted number range"); undefined when it is one. */
export function dottedVersionProblem(p: string): string | undefined {
  const dotted = (v: string) => {
    const m = /^(\d+)(?:\.(\d+))?$/.exec(v);
    return !!m && Number(m[1]) <= 65535 && (m[2] === undefined || Number(m[2]) <= 65535);
  };
  const sep = p.search(/[:-]/);
  if (sep < 0) return dotted(p) ? undefined : `'${p}' is not a dotted version (a number or major.minor, each at most 65535, e.g. 3.1)`;
  const lo = p.slice(0, sep);
  const hi = p.slice(sep + 1);
  if ((lo === '' && hi === '') || (lo !== '' && !dotted(lo)) || (hi !== '' && !dotted(hi))) {
    return `'${p}' is not a range of dotted versions (lo:hi or lo-hi, either end may be left out; each a number or major.minor at most 65535)`;
  }
  return undefined;
}

/** `acl <name> <fetch> [flags] <patterns>`: on an address fetch (or with `-m ip`) the dotted-number patterns must be
 * IPv4 addresses ("error detected while parsing ACL 'a' : '10.1.2.256' is not a valid IPv4 or IPv6 address",
 * haproxy 2.6 -c). */
const aclSpec: KeywordSpec = {
  custom(args) {
    if (args.length < 3 || args.some(skipValue)) return [];
    const fetch = args[1];
    let method: string | undefined;
    let i = 2;
    for (; i < args.length && args[i].startsWith('-'); i++) {
      const flag = args[i];
      if (flag === '--') {
        i++;
        break;
      }
      if (ACL_FLAGS_WITH_VALUE.has(flag)) {
        if (flag === '-m') method = args[i + 1];
        i++;
      } else if (!ACL_FLAGS.has(flag)) {
        return []; // a flag not known here: no judgement
      }
    }
    const base = fetch.replace(/\(.*$/, '');
    if (method === undefined && !fetch.includes(',') && DOTTED_VERSION_FETCHES.has(base)) {
      const out: Problem[] = [];
      for (; i < args.length; i++) {
        if (/^(eq|le|lt|ge|gt)$/.test(args[i])) continue;
        const bad = dottedVersionProblem(args[i]);
        if (bad) out.push({ arg: i, code: 'version', message: `acl ${args[0]}: ${bad}` });
      }
      return out;
    }
    const ip = method === 'ip' || (method === undefined && !fetch.includes(',') && IP_FETCHES.has(base));
    if (!ip) return [];
    const out: Problem[] = [];
    for (; i < args.length; i++) {
      if (!/^[\d.]+(\/[\d.]*)?$/.test(args[i])) continue;
      const bad = dottedAddressProblem(args[i]);
      if (bad) out.push({ arg: i, code: 'address', message: `acl ${args[0]}: ${bad}; ${method === 'ip' ? "with '-m ip' the patterns" : `the patterns of '${base}'`} are IP addresses` });
    }
    return out;
  },
};

/** `redirect` options (haproxy 2.6 -c: "expects 'code', 'prefix', 'location', 'scheme', 'set-cookie', 'clear-cookie',
 * 'drop-query', 'ignore-empty' or 'append-slash'"; 3.x adds keep-query and set-cookie-fmt) up to `if`/`unless`;
 * `code` is 301, 302, 303, 307 or 308. */
const REDIRECT_WITH_VALUE = new Set(['code', 'prefix', 'location', 'scheme', 'set-cookie', 'clear-cookie', 'set-cookie-fmt']);
const REDIRECT_FLAGS = new Set(['drop-query', 'ignore-empty', 'append-slash', 'keep-query']);
const REDIRECT_CODES = ['301', '302', '303', '307', '308'];
const redirectSpec: KeywordSpec = {
  custom(args) {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === 'if' || a === 'unless' || skipValue(a)) return [];
      if (REDIRECT_FLAGS.has(a)) continue;
      if (!REDIRECT_WITH_VALUE.has(a)) {
        return [{ arg: i, code: 'enum', message: `redirect takes ${[...REDIRECT_WITH_VALUE].slice(0, 6).join(', ')} (each with a value), ${[...REDIRECT_FLAGS].slice(0, 3).join(', ')} or a condition, not '${a}'` }];
      }
      const v = args[i + 1];
      if (v === undefined) return [{ arg: i, code: 'arity', message: `redirect '${a}' needs a value` }];
      if (a === 'code' && !skipValue(v) && !REDIRECT_CODES.includes(v)) return [{ arg: i + 1, code: 'enum', message: `redirect code must be one of ${REDIRECT_CODES.join(', ')}, not '${v}'` }];
      i++;
    }
    return [];
  },
};

/** Section names of proxies, peers, userlists, resolvers and rings: letters, digits, '.', '_', '-' and ':' only
 * ("character '/' is not permitted in 'frontend' name 'www/x'", haproxy 2.6 -c; defaults names are not checked). */
function nameProblem(keyword: string, name: string | undefined): Problem | undefined {
  if (name === undefined || skipValue(name)) return undefined;
  const bad = /[^A-Za-z0-9._:-]/.exec(name);
  return bad ? { arg: 0, code: 'enum', message: `character '${bad[0]}' is not allowed in a ${keyword} name: use letters, digits, '.', '_', '-' and ':'` } : undefined;
}

/** `mode` values (configuration.txt §4.2 "mode { tcp|http|log }"; `log` is 3.x, `spop` 3.1+; `health` was removed in 2.4). */
const MODES = ['tcp', 'http', 'log', 'spop'];

const BALANCE_EXTRA = ['hdr']; // hdr(<name>) is written with its parentheses (configuration.txt §4.2 "balance")

function balanceSpec(schema: FormatSchema): KeywordSpec {
  const names = (schema.contexts['backend/balance'] ?? []).map((k) => k.name);
  const bases = [...new Set([...names.map((n) => n.replace(/\(.*$/, '')), ...BALANCE_EXTRA])];
  const shown = [...new Set(names.filter((n) => !names.includes(`${n}(<draws>)`) && !names.includes(`${n}(<name>)`)).concat('hdr(<name>)'))].sort();
  return {
    // `balance` alone is accepted (haproxy 2.6 -c): roundrobin
    custom(args) {
      const a = args[0];
      if (!a || skipValue(a)) return [];
      const base = a.replace(/\(.*$/, '');
      if (bases.includes(base)) return [];
      return [{ arg: 0, code: 'enum', message: `balance must be one of ${shown.join(', ')}, not '${a}'` }];
    },
  };
}

const PROXIES = new Set(['defaults', 'frontend', 'backend', 'listen']);

/** `http-response set-status <code> [reason <str>]` (and the http-request and http-after-response forms): an integer
 * from 100 to 999 as haproxy reads it into an int (haproxy 2.6 -c: "expects an integer status code between 100 and
 * 999"; 4294967714 wraps round to 418 and passes, a word reads as 0). */
const setStatusSpec: KeywordSpec = {
  custom(args) {
    if (args[0] !== 'set-status' || args[1] === undefined || skipValue(args[1])) return [];
    const v = args[1];
    const integer = /^[+-]?\d+$/.test(v);
    const n = integer ? asInt32(v) : /^[+-]?\d/.test(v) ? undefined : 0;
    if (n === undefined || (n >= 100 && n <= 999)) return [];
    const shown = integer && String(n) !== v.replace(/^\+/, '') ? ` (haproxy reads it as ${n})` : '';
    return [{ arg: 1, code: 'integer-range', message: `set-status needs an HTTP status code from 100 to 999, not '${v}'${shown}` }];
  },
};

/** The `tcp-check connect` options that take a value (configuration.txt §4.2 "tcp-check connect"): the word after
 * one of them is that value, not an option. */
const TCP_CHECK_CONNECT_VALUED = new Set(['port', 'addr', 'sni', 'alpn', 'proto', 'comment']);

/**
 * What a `tcp-check connect [default] [port X] [addr X] [send-proxy] [via-socks4] [ssl] [sni X] [alpn X] [proto X]
 * [linger] [comment X]` line says, from its words after the keyword (undefined for another tcp-check action): where
 * its port is (the index of the port's word) and whether it connects over SSL. Read here for the value check and
 * for the semantic facts (the server-ssl-verify rule) alike.
 */
export function tcpCheckConnect(word: (i: number) => string, count: number): { portAt?: number; ssl: boolean } | undefined {
  if (!count || word(0) !== 'connect') return undefined;
  let portAt: number | undefined;
  let ssl = false;
  for (let i = 1; i < count; i++) {
    const w = word(i);
    if (w === 'ssl') ssl = true;
    else if (TCP_CHECK_CONNECT_VALUED.has(w)) {
      if (w === 'port' && i + 1 < count && portAt === undefined) portAt = i + 1;
      i++;
    }
  }
  return { portAt, ssl };
}

/** `tcp-check connect ... port <port>`: a TCP port from 1 to 65535, or a sample expression, whose fetch name starts
 * with a letter (haproxy 2.6 -c: "expects a valid TCP port (from range 1 to 65535) or a sample expression, got 0",
 * and for `-1` "unknown fetch method '-1'"). */
const tcpCheckSpec: KeywordSpec = {
  custom(args) {
    const at = tcpCheckConnect((i) => args[i], args.length)?.portAt;
    const port = at === undefined ? undefined : args[at];
    if (port === undefined || skipValue(port)) return [];
    if (/^\d+$/.test(port)) {
      const n = Number(port);
      return n >= 1 && n <= 65535 ? [] : [{ arg: at!, code: 'port-range', message: `tcp-check connect: port ${port} is out of range (1 to 65535)` }];
    }
    if (/^[-+\d]/.test(port)) {
      return [{ arg: at!, code: 'port-range', message: `tcp-check connect: '${port}' is neither a port (1 to 65535) nor a sample expression (whose fetch name starts with a letter)` }];
    }
    return [];
  },
};

export function haproxySpec(schema: FormatSchema, context: string, keyword: string): KeywordSpec | undefined {
  switch (keyword) {
    case 'bind':
      if (!PROXIES.has(context) && context !== 'peers' && context !== 'log-forward') return undefined;
      return {
        minArgs: 1,
        custom(args) {
          const out: Problem[] = [];
          if (!args[0]) return out;
          for (const a of args[0].split(',')) {
            const bad = haproxyAddress(a, 'bind', { bind: true });
            if (bad) out.push({ arg: 0, ...bad });
          }
          return out.concat(socketMode(args, 1));
        },
      };
    case 'frontend':
    case 'backend':
    case 'listen':
      // `frontend NAME [from DEFAULTS]`: haproxy 2.6 -c rejects anything else after the name ("please use the 'bind'
      // keyword for listening addresses", "'backend' cannot handle unexpected argument 'x'").
      if (context !== '(top)') return undefined;
      return {
        custom(args) {
          const badName = nameProblem(keyword, args[0]);
          if (badName) return [badName];
          if (args.length < 2 || args.some(skipValue)) return [];
          if (args[1] === 'from' && args.length === 3) return [];
          if (args[1] === 'from' && args.length === 2) return [{ arg: 1, code: 'arity', message: `'${keyword} ${args[0]} from' needs the name of a defaults section` }];
          const at = args[1] === 'from' ? 3 : 1;
          const addr = keyword !== 'backend' && at === 1 && /[:@*]|^\d/.test(args[1]);
          return [
            {
              arg: at,
              code: 'arity',
              message: addr
                ? `'${keyword}' takes no address after its name: use 'bind ${args.slice(1).join(' ')}' inside the section`
                : `'${keyword} ${args[0]}' takes only 'from <defaults>' after its name, not '${args[at]}'`,
            },
          ];
        },
      };
    case 'server':
      if (!PROXIES.has(context)) return undefined;
      return {
        custom(args) {
          const out: Problem[] = [];
          if (args[1] !== undefined) {
            const bad = haproxyAddress(args[1], 'server', { bind: false });
            if (bad) out.push({ arg: 1, ...bad });
          }
          return out.concat(serverOptions(args, 2));
        },
      };
    case 'default-server':
      if (!PROXIES.has(context)) return undefined;
      return { custom: (args) => serverOptions(args, 0) };
    case 'timeout':
      // configuration.txt §4.2 "timeout <name> <timeout>": "'timeout client' expects an integer value"
      return {
        minArgs: 2,
        custom(args) {
          const v = args[1];
          if (v === undefined || skipValue(v)) return [];
          const bad = T.haproxyDuration(v, `timeout ${args[0]}`);
          return bad ? [{ arg: 1, code: 'duration', message: bad }] : [];
        },
      };
    case 'mode':
      if (!PROXIES.has(context)) return undefined;
      // "unknown proxy mode 'foo'"
      return { minArgs: 1, args: [{ kind: 'enum', values: MODES }] };
    case 'balance':
      if (!PROXIES.has(context)) return undefined;
      return balanceSpec(schema);
    case 'acl':
      return PROXIES.has(context) ? aclSpec : undefined;
    case 'peers':
    case 'userlist':
    case 'resolvers':
    case 'ring':
      if (context !== '(top)') return undefined;
      return {
        custom(args) {
          const badName = nameProblem(keyword, args[0]);
          return badName ? [badName] : [];
        },
      };
    case 'redirect':
      return PROXIES.has(context) ? redirectSpec : undefined;
    case 'log':
      if (!PROXIES.has(context) && context !== 'global') return undefined;
      return logSpec(context);
    case 'stats':
      return context === 'global' ? globalStatsSpec(schema) : undefined;
    case 'tcp-check':
      return PROXIES.has(context) ? tcpCheckSpec : undefined;
    case 'http-request':
    case 'http-response':
    case 'http-after-response':
      return PROXIES.has(context) ? setStatusSpec : undefined;
    case 'source':
      if (!PROXIES.has(context)) return undefined;
      return {
        custom(args) {
          const bad = args[0] === undefined ? undefined : optionAddress('source', args[0]);
          return bad ? [{ arg: 0, ...bad }] : [];
        },
      };
  }
  return undefined;
}
