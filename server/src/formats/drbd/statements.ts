/**
 * The argument grammar of drbdadm's own statements (drbd-utils 9.22, user/v9/drbdadm_parser.c), read token by token
 * as drbdadm reads them (scanner.ts): where its parser stops with "Parse error: 'TK_INTEGER' expected" or
 * "'ssocks | sdp | ipv4 | ipv6 | <ipv4 address>' expected", and the ranges it checks ("port 99999 => 99999 out of
 * range [1..65535]").
 *
 *   address [ipv4|ssocks|sdp|sci] A.B.C.D:PORT | address ipv6 [ADDR]:PORT     (on, stacked-on-top-of, connection, path)
 *   floating ADDRESS { ... }                  inside ADDRESS; outside ADDRESS; (proxy)
 *   host NAME [address ADDRESS | port N] [via proxy on NAME... { | via outside-address ADDRESS]  (connection, path)
 *   volume N { ... }      node-id N;      _peer_node_id N;      device NAME [minor N] | device minor N;
 *   meta-disk internal | meta-disk PATH [ '[' N ']' ]      minor-count N; dialog-refresh N; cmd-timeout-* N;
 *   usage-count yes|no|ask;      tiebreaker yes|no;
 */
import type { Problem } from '../../service/values/specs';
import { integerValue, scanArgs, type Token } from './scanner';

type Tok = Token & { arg: number };
type Check = (args: readonly string[]) => Problem[];

/** The blocks that describe a host of a resource (where `address`, `node-id` and host volumes stand). */
const HOSTS = new Set(['on', 'stacked-on-top-of', 'floating', '_this_host']);

/** Ranges drbdadm checks on its own integers (drbd_limits.h of drbd-utils 9.22, and what drbdadm 9.22 was seen to
 * do: "node-id 33 => 33 out of range [0..32]"; the documentation says 0..31). */
const PORT: [number, number] = [1, 65535];
const NODE_ID_MAX = 32;
const GLOBAL_INTEGERS: Record<string, [number, number]> = {
  'minor-count': [1, 255],
  'dialog-refresh': [0, 600],
  'cmd-timeout-short': [0, 900],
  'cmd-timeout-medium': [0, 900],
  'cmd-timeout-long': [0, 900],
};

const show = (t: Tok | undefined) => (t ? `'${t.text}'` : 'nothing');

/** A reader over the tokens of a statement's arguments. */
class Reader {
  i = 0;
  constructor(
    readonly toks: Tok[],
    readonly args: readonly string[],
  ) {}
  peek(): Tok | undefined {
    return this.toks[this.i];
  }
  next(): Tok | undefined {
    return this.toks[this.i++];
  }
  /** The argument to blame for a problem at the current token (the last one when the tokens ran out). */
  argAt(t: Tok | undefined): number {
    return t ? t.arg : Math.max(-1, this.args.length - 1);
  }
}

function integer(r: Reader, what: string, range?: [number, number], code = 'range'): Problem | undefined {
  const t = r.next();
  if (!t || t.kind !== 'integer') {
    return {
      arg: r.argAt(t),
      code: 'number',
      message: `${what} must be a whole number of at most 8 digits (drbdadm reads no other integer), not ${show(t)}`,
    };
  }
  if (range) {
    const v = integerValue(t.text);
    if (!(v >= range[0] && v <= range[1])) return { arg: t.arg, code, message: `${what} ${t.text} is out of range: drbdadm takes ${range[0]} to ${range[1]}` };
  }
  return undefined;
}

/** `[family] address:port`, as drbdadm's address parser reads it. */
function address(r: Reader, what: string): Problem | undefined {
  let t = r.next();
  let family = 'ipv4';
  if (t?.kind === 'keyword' && ['ipv4', 'ipv6', 'ssocks', 'sdp', 'sci'].includes(t.text)) {
    family = t.text;
    t = r.next();
  }
  if (family === 'ipv6') {
    if (t?.text !== '[') return { arg: r.argAt(t), code: 'address', message: `${what}: an IPv6 address goes in brackets ('ipv6 [fd00::1]:7789'), not ${show(t)}` };
    t = r.next();
    if (t?.kind !== 'ipv6') return { arg: r.argAt(t), code: 'address', message: `${what}: ${show(t)} is not an IPv6 address` };
    const close = r.next();
    if (close?.text !== ']') return { arg: r.argAt(close), code: 'address', message: `${what}: missing ']' after the IPv6 address` };
  } else if (t?.kind !== 'ipv4') {
    const lead = family === 'ipv4' && t === r.toks[0] ? 'an address family (ipv4, ipv6, ssocks, sdp) or ' : '';
    return {
      arg: r.argAt(t),
      code: 'address',
      message: `${what}: drbdadm wants ${lead}an IPv4 address (four numbers separated by dots; no host name) here, not ${show(t)}`,
    };
  } else if (t.text.split('.').some((p) => Number(p) > 255)) {
    // The scanner takes any four groups of up to three digits (drbdadm -c accepts 256.1.1.1): only a warning.
    const colon = r.peek();
    if (colon?.text === ':') {
      r.next();
      const bad = integer(r, `${what}: port`, PORT, 'port-range');
      if (bad) return bad;
    }
    return { arg: t.arg, code: 'address', message: `${what}: '${t.text}' is not a valid IPv4 address (each part is 0 to 255)`, severity: 'warning' };
  }
  const colon = r.next();
  if (colon?.text !== ':') return { arg: r.argAt(colon), code: 'port-range', message: `${what} has no port: drbdadm wants address:port (e.g. 10.0.0.1:7789)` };
  return integer(r, `${what}: port`, PORT, 'port-range');
}

function end(r: Reader, what: string): Problem | undefined {
  const t = r.next();
  return t ? { arg: t.arg, code: 'arity', message: `unexpected ${show(t)} after ${what}: drbdadm wants ';' here` } : undefined;
}

const run =
  (parse: (r: Reader) => Problem | undefined): Check =>
  (args) => {
    const r = new Reader(scanArgs(args), args);
    const p = parse(r);
    return p ? [p] : [];
  };

const addressStatement = (what: string): Check => run((r) => address(r, what) ?? end(r, 'the address'));

const integerStatement = (what: string, range?: [number, number]): Check => run((r) => integer(r, what, range) ?? end(r, what));

/** What may follow a connection's host address: nothing, or `via proxy on NAME...` / `via outside-address ADDRESS`. */
function via(r: Reader): Problem | undefined {
  const t = r.next();
  if (!t) return undefined;
  if (t.text !== 'via') return { arg: t.arg, code: 'arity', message: `only 'via ...' may follow the address, not ${show(t)}` };
  const how = r.next();
  if (how?.text === 'outside-address') return address(r, 'outside-address') ?? end(r, 'the address');
  if (how?.text !== 'proxy') return { arg: r.argAt(how), code: 'arity', message: `'via' takes 'proxy on NAME' or 'outside-address ADDRESS', not ${show(how)}` };
  return undefined;
}

/** `host NAME [address ADDRESS | port N] [via ...]` in a connection or path. */
const hostStatement: Check = run((r) => {
  const name = r.next();
  if (name?.kind !== 'string') return { arg: r.argAt(name), code: 'name', message: `host wants a host name, not ${show(name)}` };
  let t = r.next();
  if (t?.text === 'address') {
    const bad = address(r, 'address');
    if (bad) return bad;
    t = r.next();
  } else if (t?.text === 'port') {
    const bad = integer(r, 'port');
    if (bad) return bad;
    t = r.next();
  }
  if (t && t.text !== 'via') return { arg: t.arg, code: 'arity', message: `host NAME takes 'address ADDRESS', 'port N' or 'via ...' after the name, not ${show(t)}` };
  if (t) r.i--;
  return via(r);
});

/** `device NAME [minor N]` or `device minor N`; a name drbdadm checks (on this host) starts with /dev/drbd. */
const deviceStatement =
  (strictName: boolean): Check =>
  (args) => {
    const r = new Reader(scanArgs(args), args);
    const out: Problem[] = [];
    const t = r.next();
    if (t?.kind === 'string') {
      const name = t.text.startsWith('drbd') ? `/dev/${t.text}` : t.text;
      if (!name.startsWith('/dev/drbd')) {
        out.push({
          arg: t.arg,
          code: 'device',
          message: `device '${t.text}': a DRBD device name starts with /dev/drbd (/dev/ may be left out), e.g. /dev/drbd0${strictName ? '' : ' (drbdadm checks it on the host the section is for)'}`,
          ...(strictName ? {} : { severity: 'warning' as const }),
        });
      }
      const m = r.next();
      if (!m) return out;
      if (m.text !== 'minor') {
        out.push({ arg: m.arg, code: 'arity', message: `device NAME takes 'minor N' after the name or nothing, not ${show(m)}` });
        return out;
      }
    } else if (t?.text !== 'minor') {
      out.push({ arg: r.argAt(t), code: 'device', message: `device wants a device name (/dev/drbdN) or 'minor N', not ${show(t)}` });
      return out;
    }
    const bad = integer(r, 'minor') ?? end(r, 'the minor');
    if (bad) out.push(bad);
    return out;
  };

/** `meta-disk internal` or `meta-disk PATH [N]`. */
const metaDiskStatement: Check = run((r) => {
  const t = r.next();
  if (t?.kind !== 'string') return { arg: r.argAt(t), code: 'arity', message: `meta-disk wants 'internal' or a device path, not ${show(t)}` };
  if (t.text === 'internal' || t.text === '"internal"') return end(r, "'internal'");
  const open = r.next();
  if (!open) return undefined;
  if (open.text !== '[') return { arg: open.arg, code: 'arity', message: `meta-disk PATH takes an index in brackets ('[0]') or nothing, not ${show(open)}` };
  const bad = integer(r, 'the meta-disk index');
  if (bad) return bad;
  const close = r.next();
  if (close?.text !== ']') return { arg: r.argAt(close), code: 'arity', message: "missing ']' after the meta-disk index" };
  return end(r, 'the index');
});

const words =
  (what: string, allowed: readonly string[]): Check =>
  run((r) => {
    const t = r.next();
    if (!t || !allowed.includes(t.text) || t.kind !== 'keyword') return { arg: r.argAt(t), code: 'enum', message: `${what} must be ${allowed.join(', ')} (in lower case), not ${show(t)}` };
    return end(r, what);
  });

/**
 * The check of a drbdadm statement (or block header) `keyword` in schema context `context` (its last part `last`),
 * or undefined where the drbdsetup option facts apply instead.
 */
export function drbdGrammar(context: string, last: string, keyword: string): Check | undefined {
  const inHost = HOSTS.has(last);
  switch (keyword) {
    case 'address':
      if (inHost) return addressStatement('address');
      if (last === 'connection' || last === 'path') return run((r) => address(r, 'address') ?? via(r));
      return undefined;
    case 'floating':
      return last === 'resource' ? addressStatement('floating') : undefined;
    case 'inside':
    case 'outside':
      return last === 'proxy' || last === 'host' ? addressStatement(keyword) : undefined;
    case 'host':
      return last === 'connection' || last === 'path' ? hostStatement : undefined;
    case 'volume':
      return last === 'resource' || inHost || last === 'connection' ? integerStatement('volume') : undefined;
    case 'node-id':
      return inHost ? integerStatement('node-id', [0, NODE_ID_MAX]) : undefined;
    case '_peer_node_id':
      return last === 'connection' ? integerStatement('_peer_node_id', [0, NODE_ID_MAX]) : undefined;
    case 'device':
      if (last === 'resource') return deviceStatement(true);
      if (last === 'volume') return deviceStatement(/^(\(top\)\/)?resource\/volume$/.test(context));
      return inHost ? deviceStatement(false) : undefined;
    case 'meta-disk':
      return last === 'resource' || last === 'volume' || inHost ? metaDiskStatement : undefined;
    case 'usage-count':
      return last === 'global' ? words('usage-count', ['yes', 'no', 'ask']) : undefined;
    case 'tiebreaker':
      return last === 'volume' ? words('tiebreaker', ['yes', 'no']) : undefined;
  }
  if (last === 'global' && GLOBAL_INTEGERS[keyword]) return integerStatement(keyword, GLOBAL_INTEGERS[keyword]);
  return undefined;
}
