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
  if (/^\d+-\d+$/.test(port)) return { code: 'port-range', message: `${what}: a port range (${port}) is not allowed in a server address` };
  const off = /^[+-](\d+)$/.exec(port);
  // A server port of 2^32 or more wraps round in haproxy's 32-bit read (4294967296 passes haproxy 2.6 -c as 0).
  const digits = off ? off[1] : port;
  if (/^\d{10,}$/.test(digits) && Number(digits) >= 2 ** 32) return undefined;
  const p = T.port(digits, what, 0);
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
      // haproxy reads the number into 32 bits: 4294967296 wraps to 0 and passes (haproxy 2.6 -c); no verdict there.
      const bad = /^\d{10,}$/.test(v) && Number(v) >= 2 ** 32 ? undefined : T.integer(v, 'server weight', 0, 256);
      if (bad && /^[+-]?\d+$/.test(v)) out.push({ arg: i + 1, code: 'integer-range', message: bad });
      i++;
    } else if (opt === 'rise' || opt === 'fall') {
      // "'fall' has to be > 0" (haproxy 2.6 -c; it reads the number with atol)
      if (/^[+-]?\d+$/.test(v) && Number(v) <= 0) out.push({ arg: i + 1, code: 'integer-range', message: `server ${opt} must be at least 1, not ${v}` });
      i++;
    } else if (SERVER_TIMERS.has(opt)) {
      const bad = T.haproxyDuration(v, opt);
      if (bad) out.push({ arg: i + 1, code: 'duration', message: bad });
      i++;
    }
  }
  return out;
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
          return out;
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
  }
  return undefined;
}
