/**
 * HAProxy semantic checks: what `haproxy -c` rejects or warns about once every line parses (two frontends with one
 * name, an http frontend sending traffic to a tcp backend, an `ssl` bind without a certificate, missing timeouts,
 * HTTP rules in a tcp proxy), and what a seasoned admin would flag besides (two proxies on one address, a backend
 * whose servers are all backups, a pool of servers without health checks).
 *
 * Each top-level section's facts (its role, name, mode, binds, timeouts, routes) are worked out once per section
 * object with ctx.memo, and its servers and options when a check asks for them; the judgements across sections
 * (which defaults apply, which backend a frontend routes to, which binds overlap) then run over those cached facts.
 *
 * Severity follows haproxy 2.6 (`haproxy -c`): an error only where it refuses the file, a warning where it warns.
 * A finding inside an `.if` block is at most a warning: the block may not be read at all.
 */
import { exactList, NONE, type ConfigNode } from '../../service/model';
import type { Finding, SemanticContext, SemanticRule, Severity } from '../../service/features/semantic';
import { loadSchema } from '../../service/schema';
import { tcpCheckConnect } from './values';

type Role = 'frontend' | 'backend' | 'listen' | 'defaults' | 'other';

interface Located {
  node: ConfigNode;
  /** The `.if` depth at this line, counted from the start of its section. */
  depth: number;
}

interface BindAddress {
  /** `KEY|port` (the first port of a range), where KEY is the address without its port, with what else makes it
   * distinct (protocol, namespace, interface; keyOf). Made once with the facts, as one flat string, so that the
   * check across sections, which runs on every edit, looks each bind up in one table by a string whose hash V8 has
   * already worked out. */
  slot: string;
  lo: number;
  hi: number;
  text: string;
}

const BIND_SSL = 1;
const BIND_CERTIFICATE = 2;
const BIND_STRICT_SNI = 4;

/**
 * A bind line (2,500 of them kept in the 24,000-line benchmark file): its one address in a field of its own (most
 * binds have one; a list for the others), and its three yes/no facts in one number.
 */
class BindFact implements Located {
  constructor(
    readonly node: ConfigNode,
    readonly depth: number,
    private readonly only: BindAddress | readonly BindAddress[],
    private readonly bits: number,
  ) {}
  /** Its addresses, in order. */
  get addresses(): readonly BindAddress[] {
    const only = this.only;
    return Array.isArray(only) ? (only as readonly BindAddress[]) : [only as BindAddress];
  }
  get ssl(): boolean {
    return (this.bits & BIND_SSL) !== 0;
  }
  /** `crt`, `crt-list` or `default-crt` on the line. */
  get certificate(): boolean {
    return (this.bits & BIND_CERTIFICATE) !== 0;
  }
  get strictSni(): boolean {
    return (this.bits & BIND_STRICT_SNI) !== 0;
  }
}

interface ServerFact extends Located {
  name: string;
  /** A `server-template` line (several servers named from a prefix). */
  template: boolean;
  /** `backup` / `no-backup` on the line, or undefined when it says neither (then `default-server` decides). */
  backup?: boolean;
  /** `check` / `no-check` likewise. */
  check?: boolean;
  /** SSL to the server (`ssl`) or for its checks (`check-ssl`), from the line or an earlier `default-server` line of
   * the section (undefined: neither says; then the defaults' `default-server` decides). */
  ssl?: boolean;
  /** `verify none|required`, likewise. */
  verify?: string;
  /** A `ca-file`, likewise. */
  caFile?: boolean;
}

interface DefaultServerFact {
  backup?: boolean;
  check?: boolean;
  ssl?: boolean;
  checkSsl?: boolean;
  verify?: string;
  caFile?: boolean;
}

/** What the `default-server` lines of a proxy's defaults (nearest first) say of `what`; undefined when none does. */
function defaultsSay<K extends keyof DefaultServerFact>(p: Proxy, what: K): DefaultServerFact[K] {
  for (const d of p.defaults) if (d.defaultServer[what] !== undefined) return d.defaultServer[what];
  return undefined;
}

/** Server and default-server settings that take a value (haproxy -dKall, 2.6): the word after one of them is that
 * value, not a setting (`sni ssl` names an SNI expression). */
const SERVER_VALUE_OPTIONS = new Set(
  ('addr agent-addr agent-inter agent-port agent-send alpn ca-file check-alpn check-proto check-sni ciphers ciphersuites ' +
    'cookie crl-file crt downinter error-limit fall fastinter id init-addr inter log-proto max-reuse maxconn maxqueue ' +
    'minconn namespace npn observe on-error on-marked-down on-marked-up pool-low-conn pool-max-conn pool-purge-delay ' +
    'port proto proxy-v2-options redir resolve-net resolve-opts resolve-prefer resolvers rise slowstart sni socks4 ' +
    'source ssl-max-ver ssl-min-ver tcp-ut track verify verifyhost weight ws').split(' '),
);

/** The settings of a server or default-server line from word `from` on, over what `into` already says. */
function serverSettings(node: ConfigNode, from: number, into: DefaultServerFact): void {
  for (let i = from; i < node.argCount; i++) {
    const w = node.argValue(i);
    if (w === 'backup') into.backup = true;
    else if (w === 'no-backup') into.backup = false;
    else if (w === 'check') into.check = true;
    else if (w === 'no-check') into.check = false;
    else if (w === 'ssl') into.ssl = true;
    else if (w === 'no-ssl') into.ssl = false;
    else if (w === 'check-ssl') into.checkSsl = true;
    else if (w === 'no-check-ssl') into.checkSsl = false;
    else if (w === 'verify' && i + 1 < node.argCount) into.verify = node.argValue(i + 1);
    else if (w === 'ca-file' && i + 1 < node.argCount) into.caFile = true;
    if (SERVER_VALUE_OPTIONS.has(w)) i++;
  }
}

interface RouteFact extends Located {
  keyword: 'default_backend' | 'use_backend';
  backend: string;
}

interface OptionFact extends Located {
  on: boolean;
}

const ROLES: readonly Role[] = ['frontend', 'backend', 'listen', 'defaults', 'other'];
/** SectionFacts' yes/no facts, one bit each, above the role's index (3 bits). */
const LOG_FORMAT = 1 << 3;
const HAS_SERVERS = 1 << 4;
const TCP_CHECK_SSL = 1 << 5;
const DISABLED = 1 << 6;
const SSL_F_USE = 1 << 7;
const BIND_RANGES = 1 << 8;

/**
 * What one top-level section says, as far as the checks need it. Kept per section while it is unchanged (2,500 of
 * them in the 24,000-line benchmark file): its role and its yes/no facts are one number, its keyword is its node's.
 */
class SectionFacts {
  name: string | undefined = undefined;
  /** `from NAME`: the named defaults section it takes its defaults from. */
  from: string | undefined = undefined;
  mode: { value: string; node: ConfigNode } | undefined = undefined;
  /** A global section's `ssl-server-verify` (none or required). */
  sslServerVerify: string | undefined = undefined;
  /** The last `timeout <what>` of each kind; `set` is false for a zero value (HAProxy's "not set"). */
  timeouts: ReadonlyMap<string, { set: boolean; node: ConfigNode }> = NO_TIMEOUTS;
  // The lists and tables are made at their first entry (most sections have few of them), and kept at their exact
  // length.
  binds: BindFact[] = NONE as never[];
  /** What `default-server` lines say (undefined: nothing). */
  defaultServer: DefaultServerFact = NO_DEFAULT_SERVER;
  routes: RouteFact[] = NONE as never[];
  /** The `.if` depth after the section, relative to its start (top-level `.if` lines count here). */
  depthDelta = 0;
  /** The proxy made of these facts the last time (proxyFor), to be kept while it fits. */
  proxy: Proxy | undefined = undefined;
  private bits: number;

  constructor(readonly node: ConfigNode) {
    this.bits = ROLES.indexOf(node.kind === 'section' ? roleOf(node.keyword) : 'other');
  }
  get role(): Role {
    return ROLES[this.bits & 7];
  }
  /** The section keyword (`frontend`, `peers`, `cache`, ...). */
  get keyword(): string {
    return this.node.kind === 'section' ? this.node.keyword : '';
  }
  /** @internal sets a yes/no fact (sectionFacts reads them in; each only ever turns on). */
  mark(bit: number): void {
    this.bits |= bit;
  }
  private has(bit: number): boolean {
    return (this.bits & bit) !== 0;
  }
  /** The section chooses its log format (a log format option or `log-format`): the defaults' one does not apply. */
  get logFormat(): boolean {
    return this.has(LOG_FORMAT);
  }
  /** Whether it has `server` or `server-template` lines (their facts: serversOf). */
  get hasServers(): boolean {
    return this.has(HAS_SERVERS);
  }
  /** `tcp-check connect ... ssl`: the checks of every server of the section use SSL. */
  get tcpCheckSsl(): boolean {
    return this.has(TCP_CHECK_SSL);
  }
  get disabled(): boolean {
    return this.has(DISABLED);
  }
  /** A frontend-level `ssl-f-use` (HAProxy 3.2) gives its ssl binds their certificates. */
  get sslFUse(): boolean {
    return this.has(SSL_F_USE);
  }
  /** A bind address with a port range (`:8000-8010`): the bind-conflict check then compares every bind in order. */
  get bindRanges(): boolean {
    return this.has(BIND_RANGES);
  }
}

/** Proxies' facts with their context in the file. */
interface Proxy {
  facts: SectionFacts;
  /** The `.if` depth at the section header. */
  depth: number;
  /** The defaults that apply, nearest first (a defaults' own `from` chain follows). */
  defaults: SectionFacts[];
  /** What the local rules found (rule code, findings), worked out once for this proxy object. */
  local?: [string, readonly Finding[]][];
  /** Its mode, worked out once for this proxy object. */
  mode?: ProxyMode;
  /** Its servers reached over SSL without a CA file, worked out once for this proxy object. */
  sslCandidates?: SslCandidate[];
}

/** A proxy's mode, and the defaults section it comes from when it is not its own. */
interface ProxyMode {
  value: string;
  from?: SectionFacts;
}

interface Index {
  sections: Proxy[];
  /** The frontends, backends and listens. */
  proxies: Proxy[];
  /** The first backend or listen of each name. */
  backends: Map<string, Proxy>;
  /** Sections whose name an earlier section of the same kind already has, with that earlier one. */
  duplicates: { p: Proxy; first: Proxy }[];
  /** The configuration may go on in other files (`haproxy -f DIR`): a global section may be there. */
  shared: boolean;
  /** The document the index is of (what rules keep state across its edits under). */
  owner: object;
}

/** A check: either judged on one proxy with its defaults (`local`, cached while they stay the same objects), or
 * across the sections of the file (`cross`, run on every check over the cached facts). */
interface HaproxyRule extends Omit<SemanticRule, 'check'> {
  local?(p: Proxy): readonly Finding[];
  cross?(idx: Index): Finding[];
}


/** Options HAProxy ignores outside HTTP mode (and warns about), with the proxy side they act on. */
const HTTP_OPTIONS: Record<string, 'fe' | 'be' | 'both'> = {
  httplog: 'fe',
  httpslog: 'fe',
  forwardfor: 'both',
  originalto: 'both',
  checkcache: 'be',
  http_proxy: 'both',
  'http-buffer-request': 'both',
  'http-ignore-probes': 'fe',
  'idle-close-on-response': 'fe',
  'prefer-last-server': 'be',
  'accept-invalid-http-request': 'fe',
  'accept-invalid-http-response': 'be',
  'accept-unsafe-violations-in-http-request': 'fe',
  'accept-unsafe-violations-in-http-response': 'be',
  'http-use-proxy-header': 'fe',
  'http-pretend-keepalive': 'be',
  'http-no-delay': 'both',
  'disable-h2-upgrade': 'fe',
};

/** The log format options: one replaces another, and a `log-format` line replaces them all. */
const LOG_FORMATS = ['httplog', 'httpslog', 'tcplog'];

/** HTTP connection options HAProxy accepts silently in tcp mode, where they do nothing. */
const QUIET_HTTP_OPTIONS = new Set(['http-server-close', 'http-keep-alive', 'httpclose', 'forceclose', 'http-tunnel']);

/** Rule keywords HAProxy ignores outside HTTP mode. */
const HTTP_RULES = new Set(['http-request', 'http-response', 'http-after-response', 'redirect']);
/** The rule sets a defaults section may hold only when it has a name (HAProxy 2.5+). */
const RULE_SETS = new Set(['http-request', 'http-response', 'http-after-response', 'tcp-request', 'tcp-response']);

/** `balance` algorithms that hash on HTTP data (HAProxy falls back to round robin in tcp mode). */
const L7_BALANCE = /^(uri|url_param|hdr\(.*\))$/;

/** Named top-level sections whose names must be unique (besides proxies), and how HAProxy treats a repeat. */
const UNIQUE_SECTIONS: Record<string, Severity> = {
  peers: 'error',
  resolvers: 'error',
  cache: 'error',
  ring: 'error',
  'http-errors': 'error',
  mailers: 'error',
  program: 'error',
  userlist: 'warning',
};

/** Bind settings that take a value (from the schema): the word after them is not a setting. */
let bindValued: Set<string> | undefined;
function bindTakesValue(word: string): boolean {
  if (!bindValued) {
    const schema = loadSchema('haproxy');
    bindValued = new Set((schema.contexts.bind ?? []).filter((k) => k.args && !/^\[?\s*\]?$/.test(k.args)).map((k) => k.name));
  }
  return bindValued.has(word);
}

function roleOf(keyword: string): Role {
  return keyword === 'frontend' || keyword === 'backend' || keyword === 'listen' || keyword === 'defaults' ? keyword : 'other';
}

const hasFrontend = (role: Role) => role === 'frontend' || role === 'listen';
const hasBackend = (role: Role) => role === 'backend' || role === 'listen';

/** Whether a timeout value means "not set": HAProxy reads 0 (in any unit) as no timeout. */
const zeroTime = (value: string) => /^0+(\.0*)?(us|ms|s|m|h|d)?$/.test(value);

/** The port range of a `[host]:port[-port]` address, or undefined when it has none or uses a variable. */
function parseAddress(raw: string, ns: string): BindAddress | undefined {
  if (raw.includes('$')) return undefined;
  let proto = 'tcp';
  let rest = raw;
  const at = /^([a-z0-9]+)@(.*)$/i.exec(raw);
  if (at) {
    const p = at[1].toLowerCase();
    if (/^(ipv4|ipv6|tcp|tcp4|tcp6)$/.test(p)) proto = 'tcp';
    else if (/^(udp|udp4|udp6|quic4|quic6)$/.test(p)) proto = 'udp';
    else return address(`${p}|${ns}|${at[2]}`, 0, 0, raw);
    rest = at[2];
  }
  if (rest.startsWith('/')) return address(`unix|${ns}|${rest}`, 0, 0, raw);
  let host: string;
  let port: string;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0 || rest[close + 1] !== ':') return undefined;
    host = rest.slice(1, close);
    port = rest.slice(close + 2);
  } else {
    const colon = rest.lastIndexOf(':');
    if (colon < 0) return undefined;
    host = rest.slice(0, colon);
    port = rest.slice(colon + 1);
  }
  const m = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!m) return undefined;
  const lo = Number(m[1]);
  const hi = m[2] ? Number(m[2]) : lo;
  if (host === '' || host === '*' || host === '0.0.0.0') host = '0.0.0.0';
  else if (/^(::|0*:0*:0*:0*:0*:0*:0*:0*)$/.test(host)) host = '::';
  return address(`${proto}|${ns}|${host.toLowerCase()}`, lo, hi, raw);
}

function address(key: string, lo: number, hi: number, text: string): BindAddress {
  return { slot: slotOf(key, lo), lo, hi, text };
}

/** The slot of one port of an address (BindAddress.slot): joined, which makes one flat string (a template literal
 * keeps its parts, and the key's, as a tree of strings: 0.15 MB on the 24,000-line benchmark file). */
function slotOf(key: string, port: number): string {
  return [key, port].join('|');
}

/** The address of a slot without its port (its KEY). */
function keyOf(a: BindAddress): string {
  return a.slot.slice(0, a.slot.lastIndexOf('|'));
}

function bindFact(node: ConfigNode, depth: number): BindFact {
  const n = node.argCount;
  let ssl = false;
  let certificate = false;
  let strictSni = false;
  let ns = '';
  for (let i = 1; i < n; i++) {
    const w = node.argValue(i);
    if (w === 'ssl') ssl = true;
    else if (w === 'strict-sni') strictSni = true;
    else if (w === 'crt' || w === 'crt-list' || w === 'default-crt') certificate = true;
    else if ((w === 'namespace' || w === 'interface') && i + 1 < n) ns += `${w}=${node.argValue(i + 1)};`;
    if (bindTakesValue(w)) i++;
  }
  const addresses: BindAddress[] = [];
  if (n) {
    for (const raw of node.argValue(0).split(',')) {
      const a = parseAddress(raw.trim(), ns);
      if (a) addresses.push(a);
    }
  }
  // A QUIC listener is TLS by nature.
  if (addresses.some((a) => a.text.startsWith('quic'))) ssl = true;
  // Kept while the section is unchanged: at its exact length.
  const bits = (ssl ? BIND_SSL : 0) | (certificate ? BIND_CERTIFICATE : 0) | (strictSni ? BIND_STRICT_SNI : 0);
  return new BindFact(node, depth, addresses.length === 1 ? addresses[0] : exactList(addresses), bits);
}

function serverFact(node: ConfigNode, depth: number, ds: DefaultServerFact): ServerFact {
  const template = node.keyword === 'server-template';
  // `server NAME ADDRESS [settings]`, `server-template PREFIX COUNT ADDRESS [settings]`. Backup and check: the line's
  // own (default-server decides later, over the whole section); SSL: the section's default-server lines so far, then
  // the line's own.
  const own: DefaultServerFact = { ssl: ds.ssl, checkSsl: ds.checkSsl, verify: ds.verify, caFile: ds.caFile };
  serverSettings(node, template ? 3 : 2, own);
  const ssl = own.ssl === undefined && own.checkSsl === undefined ? undefined : !!(own.ssl || own.checkSsl);
  return { node, depth, name: node.argValue(0), template, backup: own.backup, check: own.check, ssl, verify: own.verify, caFile: own.caFile };
}

const NO_TIMEOUTS: SectionFacts['timeouts'] = new Map();
/** What a section without `default-server` lines says (shared: a section's own object is made at its first one). */
const NO_DEFAULT_SERVER: DefaultServerFact = Object.freeze({});
const NO_OPTIONS: ReadonlyMap<string, OptionFact> = new Map();

/** The facts of one top-level node. */
function sectionFacts(node: ConfigNode): SectionFacts {
  const facts = new SectionFacts(node);
  if (node.kind === 'section' && node.argCount) {
    facts.name = node.argValue(0);
    for (let i = 1; i + 1 < node.argCount; i++) if (node.argValue(i) === 'from') facts.from = node.argValue(i + 1);
  }
  let timeouts: Map<string, { set: boolean; node: ConfigNode }> | undefined;
  let binds: BindFact[] | undefined;
  let routes: RouteFact[] | undefined;
  facts.depthDelta = eachLine(node.kind === 'section' ? node.children : [node], (c, k, depth) => {
    if (node.kind !== 'section') return;
    switch (k) {
      case 'mode':
        if (c.argCount) facts.mode = { value: c.argValue(0), node: c };
        break;
      case 'timeout':
        if (c.argCount >= 2) (timeouts ??= new Map()).set(c.argValue(0), { set: !zeroTime(c.argValue(1)), node: c });
        break;
      case 'option':
        // The options themselves: optionsOf().
        if (c.argCount && LOG_FORMATS.includes(c.argValue(0))) facts.mark(LOG_FORMAT);
        break;
      case 'log-format':
        facts.mark(LOG_FORMAT);
        break;
      case 'bind':
        (binds ??= []).push(bindFact(c, depth));
        break;
      case 'server':
      case 'server-template':
        if (c.argCount) facts.mark(HAS_SERVERS);
        break;
      case 'default-server':
        if (facts.defaultServer === NO_DEFAULT_SERVER) facts.defaultServer = {};
        serverSettings(c, 0, facts.defaultServer);
        break;
      case 'tcp-check':
        if (tcpCheckConnect((i) => c.argValue(i), c.argCount)?.ssl) facts.mark(TCP_CHECK_SSL);
        break;
      case 'ssl-server-verify':
        if (node.keyword === 'global' && c.argCount) facts.sslServerVerify = c.argValue(0);
        break;
      case 'default_backend':
      case 'use_backend':
        if (c.argCount) (routes ??= []).push({ node: c, depth, keyword: k, backend: c.argValue(0) });
        break;
      case 'disabled':
        facts.mark(DISABLED);
        break;
      case 'ssl-f-use':
        facts.mark(SSL_F_USE);
        break;
    }
  });
  // Facts are kept while their section is unchanged: lists at their exact length, empty tables shared.
  if (binds) {
    facts.binds = exactList(binds);
    if (binds.some((b) => b.addresses.some((a) => a.lo !== a.hi))) facts.mark(BIND_RANGES);
  }
  if (routes) facts.routes = exactList(routes);
  if (timeouts?.size) facts.timeouts = timeouts;
  return facts;
}

/**
 * Calls `visit` on each directive of `lines` other than a conditional one (`.if`, `.endif`, ...), with the `.if` depth
 * at it counted from the first line (a signed balance); returns the depth after the last line. Section facts and the
 * lines checks ask for (namedLines) walk a section this way.
 */
function eachLine(lines: readonly ConfigNode[], visit: (c: ConfigNode, keyword: string, depth: number) => void): number {
  let depth = 0;
  for (const c of lines) {
    if (c.kind !== 'directive') continue;
    const k = c.keyword;
    if (k.startsWith('.')) {
      if (k === '.if') depth++;
      else if (k === '.endif') depth--;
      continue;
    }
    visit(c, k, depth);
  }
  return depth;
}

/** A line of a section that a check names by what it is (`stats enable`, `cookie`, `http-request`), with its depth. */
type NamedLine = Located & { what: string };

/**
 * The lines of a section that `what` names, with their `.if` depth from the section's start. Worked out when a check
 * needs them (a proxy in tcp mode, a defaults section without a name) rather than kept with every section's facts:
 * most sections never need them, and keeping them cost 0.6 MB on the 24,000-line benchmark file.
 */
function namedLines(f: SectionFacts, what: (c: ConfigNode, keyword: string) => string | undefined): NamedLine[] {
  const out: NamedLine[] = [];
  if (f.node.kind !== 'section') return out;
  eachLine(f.node.children, (c, k, depth) => {
    const w = what(c, k);
    if (w !== undefined) out.push({ node: c, depth, what: w });
  });
  return out;
}

/** The last section serversOf() read, and its servers: the local rules of one proxy ask in turn. */
let lastServers: { facts: SectionFacts; servers: ServerFact[] } | undefined;

/**
 * The servers of a section, in order, each with what its line and the section's `default-server` lines before it
 * say. Worked out when a check needs them, which the local rules do once per proxy object (their findings are kept
 * with it), rather than kept with every section's facts: 0.4 MB on the 24,000-line benchmark file.
 */
function serversOf(f: SectionFacts): ServerFact[] {
  if (!f.hasServers) return NONE as never[];
  if (lastServers?.facts === f) return lastServers.servers;
  const servers: ServerFact[] = [];
  // The default-server lines so far (the section's own, as sectionFacts reads them).
  const so: DefaultServerFact = {};
  eachLine(f.node.children, (c, k, depth) => {
    if (k === 'default-server') serverSettings(c, 0, so);
    else if ((k === 'server' || k === 'server-template') && c.argCount) servers.push(serverFact(c, depth, so));
  });
  lastServers = { facts: f, servers };
  return servers;
}

/**
 * `option X` / `no option X` of a section, the last one of each name (a log format option or `log-format` drops the
 * log format options before it; `default option X` drops X). Worked out when a check needs them (a proxy in tcp mode,
 * its defaults, a backend of backups) rather than kept with every section's facts: 0.2 MB on the 24,000-line
 * benchmark file, where every backend has one option.
 */
function optionsOf(f: SectionFacts): ReadonlyMap<string, OptionFact> {
  if (f.node.kind !== 'section') return NO_OPTIONS;
  let options: Map<string, OptionFact> | undefined;
  eachLine(f.node.children, (c, k, depth) => {
    switch (k) {
      case 'option':
        if (c.argCount) {
          const name = c.argValue(0);
          if (options && LOG_FORMATS.includes(name)) for (const l of LOG_FORMATS) options.delete(l);
          (options ??= new Map()).set(name, { node: c, depth, on: true });
        }
        break;
      case 'log-format':
        if (options) for (const l of LOG_FORMATS) options.delete(l);
        break;
      case 'no':
      case 'default':
        if (c.argCount >= 2 && c.argValue(0) === 'option') {
          if (k === 'no') (options ??= new Map()).set(c.argValue(1), { node: c, depth, on: false });
          else options?.delete(c.argValue(1));
        }
        break;
    }
  });
  return options ?? NO_OPTIONS;
}

/** Statements that need HTTP mode (rules, stats, cookie, a layer-7 balance algorithm), besides options. */
function httpOnlyWhat(c: ConfigNode, k: string): string | undefined {
  switch (k) {
    case 'stats':
      // `stats` lines set up the HTTP statistics page, except the global-only ones.
      return c.argCount && !/^(socket|timeout|maxconn|bind-process)$/.test(c.argValue(0)) ? `stats ${c.argValue(0)}` : undefined;
    case 'cookie':
      return 'cookie';
    case 'balance':
      return c.argCount && L7_BALANCE.test(c.argValue(0)) ? `balance ${c.argValue(0)}` : undefined;
    default:
      return HTTP_RULES.has(k) ? k : undefined;
  }
}

/** Rule lines (http-request, http-response, http-after-response, tcp-request, tcp-response). */
function ruleWhat(c: ConfigNode, k: string): string | undefined {
  if (!RULE_SETS.has(k)) return undefined;
  return k.startsWith('tcp-') && c.argCount ? `${k} ${c.argValue(0)}` : k;
}

/**
 * The defaults chain of a defaults section (itself, then what its `from` names), kept while it stays valid so that
 * the proxies under unchanged defaults keep the same chain object, and with it their cached findings.
 */
const chains = new WeakMap<SectionFacts, SectionFacts[]>();
function chainOf(first: SectionFacts | undefined, named: Map<string, SectionFacts>, run: Map<SectionFacts, SectionFacts[]>): SectionFacts[] {
  if (!first) return NO_DEFAULTS;
  let chain = run.get(first);
  if (chain) return chain;
  const fresh: SectionFacts[] = [];
  for (let d: SectionFacts | undefined = first; d && fresh.length < 16 && !fresh.includes(d); d = d.from !== undefined ? named.get(d.from) : undefined) fresh.push(d);
  const kept = chains.get(first);
  chain = kept && kept.length === fresh.length && kept.every((d, i) => d === fresh[i]) ? kept : fresh;
  chains.set(first, chain);
  run.set(first, chain);
  return chain;
}
const NO_DEFAULTS: SectionFacts[] = [];

/** The proxy object of a section, kept (on its facts) while its defaults and `.if` depth stay, and with it its local
 * findings. */
function proxyFor(facts: SectionFacts, depth: number, defaults: SectionFacts[]): Proxy {
  let p = facts.proxy;
  if (!p || p.defaults !== defaults || p.depth !== depth) facts.proxy = p = { facts, depth, defaults, local: undefined, mode: undefined, sslCandidates: undefined };
  return p;
}

/** The last index of each document, with the facts it was built from (one per top-level node, in order). */
const lastIndexes = new WeakMap<object, { facts: SectionFacts[]; index: Index }>();

/** At most this many sections changed for the last index to be brought up to date rather than built again. */
const MAX_PATCHED = 8;

/**
 * The facts of every top-level node, with the defaults each proxy takes and the name tables; one per check run.
 * After an edit that replaced a few sections without changing what the index is made of (their role, name, `from`,
 * `.if` balance; no defaults section among them), the last index is patched instead of built again: rebuilding its
 * name tables on every keystroke was 0.3 MB of garbage per edit on a 24,000-line file.
 */
function buildIndex(ctx: SemanticContext): Index {
  const facts = ctx.model.nodes.map((node) => ctx.memo('haproxy.section', node, sectionFacts));
  const shared = !!ctx.workspace?.shared;
  const last = lastIndexes.get(ctx.owner);
  const index = (last && last.index.shared === shared && patchedIndex(last.facts, last.index, facts)) || freshIndex(facts, shared, ctx.owner);
  lastIndexes.set(ctx.owner, { facts, index });
  return index;
}

/**
 * Where two lists of the same length hold different objects (an edit replaces the facts of the sections it touched
 * and keeps the others' objects); undefined when their lengths differ or more than `max` places changed.
 */
function changedPositions<T>(before: readonly T[], now: readonly T[], max = Infinity): number[] | undefined {
  if (before.length !== now.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < now.length; i++) if (before[i] !== now[i] && changed.push(i) > max) return undefined;
  return changed;
}

/** The last index with the sections that changed put in, or undefined when the changes reach further than them. */
function patchedIndex(before: readonly SectionFacts[], index: Index, now: readonly SectionFacts[]): Index | undefined {
  const changed = changedPositions(before, now, MAX_PATCHED);
  if (!changed) return undefined;
  for (const i of changed) {
    const o = before[i];
    const f = now[i];
    if (o.role === 'defaults' || f.role !== o.role || f.keyword !== o.keyword || f.name !== o.name || f.from !== o.from || f.depthDelta !== o.depthDelta) return undefined;
  }
  if (!changed.length) return index;
  const sections = index.sections.slice();
  const proxies = index.proxies.slice();
  const duplicates = index.duplicates.map((d) => ({ ...d }));
  // The name table is updated in place: the last index is not used again once this one is made.
  const backends = index.backends;
  for (const i of changed) {
    const old = sections[i];
    const f = now[i];
    const p = proxyFor(f, old.depth, old.defaults);
    sections[i] = p;
    const at = proxies.indexOf(old);
    if (at >= 0) proxies[at] = p;
    if (f.name !== undefined && backends.get(f.name) === old) backends.set(f.name, p);
    for (const d of duplicates) {
      if (d.p === old) d.p = p;
      if (d.first === old) d.first = p;
    }
  }
  return { ...index, sections, proxies, backends, duplicates };
}

function freshIndex(all: readonly SectionFacts[], shared: boolean, owner: object): Index {
  const sections: Proxy[] = [];
  const proxies: Proxy[] = [];
  let depth = 0;
  let lastDefaults: SectionFacts | undefined;
  const named = new Map<string, SectionFacts>();
  const run = new Map<SectionFacts, SectionFacts[]>();
  // Name spaces: frontends, backends (a listen is in both), and one per other named section keyword.
  const frontends = new Map<string, Proxy>();
  const backends = new Map<string, Proxy>();
  const others = new Map<string, Map<string, Proxy>>();
  const duplicates: { p: Proxy; first: Proxy }[] = [];
  for (const facts of all) {
    const role = facts.role;
    const isProxy = role === 'frontend' || role === 'backend' || role === 'listen';
    const defaults = isProxy || role === 'defaults' ? chainOf(facts.from !== undefined ? named.get(facts.from) : lastDefaults, named, run) : NO_DEFAULTS;
    const p = proxyFor(facts, depth, defaults);
    sections.push(p);
    depth = Math.max(0, depth + facts.depthDelta);
    const name = facts.name;
    if (isProxy) {
      proxies.push(p);
      if (name !== undefined) {
        let first: Proxy | undefined;
        if (role !== 'backend') {
          first = frontends.get(name);
          if (!first) frontends.set(name, p);
        }
        if (role !== 'frontend') {
          const b = backends.get(name);
          if (!b) backends.set(name, p);
          first ??= b;
        }
        if (first) duplicates.push({ p, first });
      }
    } else if (role === 'defaults') {
      lastDefaults = facts;
      if (name) named.set(name, facts);
    } else if (name !== undefined && UNIQUE_SECTIONS[facts.keyword]) {
      let table = others.get(facts.keyword);
      if (!table) others.set(facts.keyword, (table = new Map()));
      const first = table.get(name);
      if (first) duplicates.push({ p, first });
      else table.set(name, p);
    }
  }
  return { sections, proxies, backends, duplicates, shared, owner };
}

/** A proxy's mode: its own, else its defaults', else tcp (HAProxy's default). */
function modeOf(p: Proxy): ProxyMode {
  return (p.mode ??= ownMode(p));
}

/** The modes a proxy states itself, one object per value (`http`, `tcp`, and the few a file misspells). */
const ownModes = new Map<string, ProxyMode>();
const TCP_MODE: ProxyMode = Object.freeze({ value: 'tcp' });

function ownMode(p: Proxy): ProxyMode {
  const own = p.facts.mode?.value;
  if (own !== undefined) {
    let mode = ownModes.get(own);
    if (!mode) {
      mode = Object.freeze({ value: own });
      if (ownModes.size < 64) ownModes.set(own, mode);
    }
    return mode;
  }
  for (const d of p.defaults) if (d.mode) return { value: d.mode.value, from: d };
  return TCP_MODE;
}

function timeoutOf(p: Proxy, what: string): boolean {
  const own = p.facts.timeouts.get(what);
  if (own) return own.set;
  for (const d of p.defaults) {
    const t = d.timeouts.get(what);
    if (t) return t.set;
  }
  return false;
}


/**
 * A finding whose message names the line of another node, worked out when the message is read: local findings are
 * kept while their proxy is unchanged, and an edit above may move that line.
 */
function lazyMessage(f: Omit<Finding, 'message'>, message: () => string): Finding {
  return Object.defineProperty(f, 'message', { get: message, enumerable: true }) as Finding;
}

const conditional = (p: Proxy, item?: Located) => p.depth + (item?.depth ?? 0) > 0;

/** A finding's severity inside an `.if` block: an error becomes a warning. */
const within = (cond: boolean, severity: Severity): Severity | undefined => (cond && severity === 'error' ? 'warning' : undefined);

const label = (f: SectionFacts) => (f.name !== undefined ? `${f.keyword} '${f.name}'` : f.keyword);

const duplicateProxy: HaproxyRule = {
  code: 'haproxy.duplicate-proxy',
  severity: 'error',
  concept: 'haproxy-structure',
  description: 'two frontends (or two backends) with one name; a listen counts as both; also repeated peers, resolvers, cache, ring, http-errors, mailers, program and userlist names',
  cross(idx) {
    const out: Finding[] = [];
    for (const { p, first } of idx.duplicates) {
      const f = p.facts;
      const cond = conditional(p) || conditional(first);
      const base: Severity = f.role === 'other' ? UNIQUE_SECTIONS[f.keyword] : 'error';
      const why =
        f.role === 'other'
          ? f.keyword === 'userlist'
            ? 'HAProxy ignores the second one'
            : 'HAProxy refuses the configuration'
          : `a name may be shared by one frontend and one backend only (a listen is both); HAProxy refuses the configuration`;
      out.push({
        node: f.node,
        arg: 0,
        message: `${label(f)} has the same name as ${label(first.facts)} on line ${first.facts.node.keywordRange.start.line + 1}: ${why}${cond ? ' (unless .if blocks keep only one of them)' : ''}`,
        severity: within(cond, base) ?? (base !== 'error' ? base : undefined),
        related: [{ node: first.facts.node, message: `first ${label(first.facts)}` }],
      });
    }
    return out;
  },
};

const duplicateServer: HaproxyRule = {
  code: 'haproxy.duplicate-server',
  severity: 'error',
  concept: 'haproxy-structure',
  description: 'two servers with one name in a backend or listen',
  local(p) {
    let out: Finding[] | undefined;
    const servers = serversOf(p.facts);
    if (servers.length < 2) return NONE;
    const seen = new Map<string, ServerFact>();
    for (const s of servers) {
      if (s.template) continue;
      const first = seen.get(s.name);
      if (!first) {
        seen.set(s.name, s);
        continue;
      }
      const cond = conditional(p, s) || conditional(p, first);
      (out ??= []).push(
        lazyMessage(
          { node: s.node, arg: 0, severity: within(cond, 'error'), related: [{ node: first.node, message: `first server '${s.name}'` }] },
          () =>
            `${label(p.facts)} already has a server named '${s.name}' (line ${first.node.keywordRange.start.line + 1}): server names identify servers in logs, stats and the runtime API, and HAProxy refuses a repeat`,
        ),
      );
    }
    return out ?? NONE;
  },
};

const noBind: HaproxyRule = {
  code: 'haproxy.no-bind',
  severity: 'warning',
  concept: 'haproxy-structure',
  description: "a frontend or listen with no 'bind' line: it accepts no connection",
  local(p) {
    const f = p.facts;
    // `frontend NAME ADDRESS` (an address on the header line) is an error of its own.
    if (!hasFrontend(f.role) || f.binds.length || f.disabled || (f.node.argCount > 1 && f.from === undefined)) return NONE;
    return [{
      node: f.node,
      arg: f.name !== undefined ? 0 : undefined,
      message: `${label(f)} has no 'bind' line, so it listens on no address and receives no traffic${f.role === 'frontend' ? '; declare it as a backend if that is what it is' : ''}`,
    }];
  },
};

/** A finding kept from one check to the next, with what it was made of. */
interface KeptFinding {
  of: readonly unknown[];
  finding: Finding;
}

/**
 * A cross-section finding kept while what it was made of (`of`) are the same objects: its diagnostic is then kept too
 * (its message reads the lines it cites when it is read).
 */
function keptFinding<K extends object>(table: WeakMap<K, KeptFinding>, key: K, of: readonly unknown[], make: () => Finding): Finding {
  const kept = table.get(key);
  if (kept && kept.of.length === of.length && kept.of.every((x, i) => x === of[i])) return kept.finding;
  const finding = make();
  table.set(key, { of, finding });
  return finding;
}

/** mode-mismatch's finding per route (made of the route's proxy and target). */
const modeFindings = new WeakMap<RouteFact, KeptFinding>();

const modeMismatch: HaproxyRule = {
  code: 'haproxy.mode-mismatch',
  severity: 'error',
  concept: 'haproxy-structure',
  description: "an http frontend or listen routing (default_backend, use_backend) to a tcp backend",
  cross(idx) {
    const all = idx.proxies;
    const backends = idx.backends;
    const out: Finding[] = [];
    for (const p of all) {
      if (!hasFrontend(p.facts.role) || !p.facts.routes.length) continue;
      if (modeOf(p).value !== 'http') continue;
      for (const r of p.facts.routes) {
        if (r.backend.includes('%')) continue; // a log-format name, worked out per request
        const target = backends.get(r.backend);
        if (!target || target === p) continue;
        const tmode = modeOf(target);
        if (tmode.value !== 'tcp') continue;
        out.push(
          keptFinding(modeFindings, r, [p, target], () => {
            const cond = conditional(p, r) || conditional(target);
            const where = () =>
              target.facts.mode ? `its 'mode tcp' on line ${target.facts.mode.node.keywordRange.start.line + 1}` : tmode.from ? `the defaults on line ${tmode.from.node.keywordRange.start.line + 1}` : 'no mode set: tcp is the default';
            return lazyMessage(
              { node: r.node, arg: 0, severity: within(cond, 'error'), related: [{ node: target.facts.mode?.node ?? target.facts.node, message: `${label(target.facts)} is in tcp mode` }] },
              () => `${label(p.facts)} works in http mode but ${r.keyword} sends it to ${label(target.facts)}, which works in tcp mode (${where()}): HAProxy refuses an http frontend with a tcp backend; set the same mode on both`,
            );
          }),
        );
      }
    }
    return out;
  },
};

const routeLoop: HaproxyRule = {
  code: 'haproxy.route-loop',
  severity: 'error',
  concept: 'haproxy-structure',
  description: 'a listen or backend whose default_backend or use_backend names the section itself',
  local(p) {
    let out: Finding[] | undefined;
    const f = p.facts;
    if (!hasBackend(f.role) || f.name === undefined) return NONE;
    for (const r of f.routes) {
      if (r.backend !== f.name) continue;
      (out ??= []).push({
        node: r.node,
        arg: 0,
        message: `${r.keyword} sends ${label(f)} to itself: HAProxy refuses the configuration ("loop detected for ${r.keyword}"); name another backend`,
        severity: within(conditional(p, r), 'error'),
      });
    }
    return out ?? NONE;
  },
};

/** A proxy's servers reached over SSL with no CA file, and whether each says `verify` itself (own, else from a
 * default-server): worked out once per proxy object, as the local rules are, since this check runs on every edit. */
interface SslCandidate {
  server: ServerFact;
  verify?: string;
}
const NO_SSL_CANDIDATES: SslCandidate[] = [];

function sslCandidatesOf(p: Proxy): SslCandidate[] {
  let list = p.sslCandidates;
  if (list) return list;
  list = NO_SSL_CANDIDATES;
  const f = p.facts;
  if (hasBackend(f.role) && f.hasServers) {
    for (const s of serversOf(f)) {
      const ssl = s.ssl ?? (defaultsSay(p, 'ssl') === true || defaultsSay(p, 'checkSsl') === true);
      if ((!ssl && !f.tcpCheckSsl) || s.caFile || defaultsSay(p, 'caFile')) continue;
      if (list === NO_SSL_CANDIDATES) list = [];
      list.push({ server: s, verify: s.verify ?? defaultsSay(p, 'verify') });
    }
  }
  p.sslCandidates = list;
  return list;
}

const serverSslVerify: HaproxyRule = {
  code: 'haproxy.server-ssl-verify',
  severity: 'error',
  concept: 'haproxy-structure',
  description: "a server reached over SSL (ssl, check-ssl, tcp-check connect ssl) that verifies certificates without a 'ca-file'",
  cross(idx) {
    const out: Finding[] = [];
    const globals = idx.sections.filter((p) => p.facts.keyword === 'global');
    // Another file of the configuration may hold the global section that turns verification off.
    if (idx.shared && !globals.length) return out;
    let globalVerify: string | undefined;
    for (const g of globals) if (g.facts.sslServerVerify !== undefined) globalVerify = g.facts.sslServerVerify;
    for (const p of idx.proxies) {
      for (const { server: s, verify: own } of sslCandidatesOf(p)) {
        if ((own ?? globalVerify ?? 'required') !== 'required') continue;
        const how = own ? "has 'verify required'" : globalVerify ? "verifies its certificate ('ssl-server-verify required')" : 'verifies its certificate (the default)';
        out.push({
          node: s.node,
          arg: 0,
          message: `${s.template ? 'server-template' : 'server'} '${s.name}' is reached over SSL and ${how} but has no 'ca-file': HAProxy refuses to start ("verify is enabled but no CA file specified"); add 'ca-file <file>' (here or on 'default-server'), or 'verify none' where the network is trusted`,
          severity: within(conditional(p, s), 'error'),
        });
      }
    }
    return out;
  },
};

const missingTimeout: HaproxyRule = {
  code: 'haproxy.missing-timeout',
  severity: 'warning',
  concept: 'haproxy-structure',
  description: "no 'timeout client' (frontend, listen) or 'timeout connect' / 'timeout server' (backend or listen with servers), here or in its defaults",
  local(p) {
    const mode = modeOf(p).value;
    if (mode !== 'http' && mode !== 'tcp') return NONE;
    const missing: string[] = [];
    if (hasFrontend(p.facts.role) && !timeoutOf(p, 'client')) missing.push('client');
    if (hasBackend(p.facts.role) && p.facts.hasServers) {
      if (!timeoutOf(p, 'connect')) missing.push('connect');
      // In tcp mode a tunnel timeout stands in for the server timeout.
      if (!timeoutOf(p, 'server') && (mode === 'http' || !timeoutOf(p, 'tunnel'))) missing.push('server');
    }
    if (!missing.length) return NONE;
    const list = missing.map((m) => `'timeout ${m}'`).join(', ');
    return [{
      node: p.facts.node,
      arg: p.facts.name !== undefined ? 0 : undefined,
      message: `${label(p.facts)} has no ${list} (nor do its defaults): connections that stall are then never closed and pile up until HAProxy runs out of them; set ${missing.length > 1 ? 'them' : 'it'} here or in a defaults section`,
      data: { missing },
    }];
  },
};

const httpInTcp: HaproxyRule = {
  code: 'haproxy.http-in-tcp-mode',
  severity: 'warning',
  concept: 'haproxy',
  description: 'HTTP-only options and rules (option httplog, forwardfor, http-request, redirect, stats, cookie, balance uri, ...) in a proxy whose mode is tcp',
  local(p) {
    let out: Finding[] | undefined;
    const mode = modeOf(p);
    if (mode.value !== 'tcp') return NONE;
    const f = p.facts;
    // Read when the message is: the defaults' line may move while this proxy's findings are kept.
    const modeText = () =>
      f.mode ? 'is in tcp mode' : mode.from ? `is in tcp mode (from the defaults on line ${mode.from.node.keywordRange.start.line + 1})` : 'has no mode, so it is in tcp mode';
    const applies = (side: 'fe' | 'be' | 'both') => side === 'both' || (side === 'fe' ? hasFrontend(f.role) : hasBackend(f.role));
    // Its own options and rules.
    const own = optionsOf(f);
    for (const [name, o] of own) {
      if (!o.on) continue;
      const side = HTTP_OPTIONS[name];
      if (side && applies(side)) {
        (out ??= []).push(
          lazyMessage({ node: o.node }, () =>
            name === 'httplog' || name === 'httpslog'
              ? `'option ${name}' needs http mode, and ${label(f)} ${modeText()}: HAProxy falls back to 'option tcplog'`
              : `'option ${name}' needs http mode, and ${label(f)} ${modeText()}: HAProxy ignores it`,
          ),
        );
      } else if (QUIET_HTTP_OPTIONS.has(name)) {
        (out ??= []).push(lazyMessage({ node: o.node, severity: 'information' }, () => `'option ${name}' manages HTTP connections, and ${label(f)} ${modeText()}: it has no effect here`));
      }
    }
    for (const h of namedLines(f, httpOnlyWhat)) {
      if (h.what === 'cookie' && !hasBackend(f.role)) continue;
      (out ??= []).push(
        lazyMessage({ node: h.node }, () =>
          h.what.startsWith('balance')
            ? `'${h.what}' hashes on HTTP data, and ${label(f)} ${modeText()}: HAProxy falls back to round robin`
            : h.what.startsWith('http-')
              ? `'${h.what}' rules need http mode, and ${label(f)} ${modeText()}: HAProxy ignores them`
              : `'${h.what}' needs http mode, and ${label(f)} ${modeText()}: HAProxy ignores it`,
        ),
      );
    }
    // Options it takes from its defaults.
    const inherited: { name: string; node: ConfigNode }[] = [];
    const decided = new Set(own.keys());
    if (f.logFormat) for (const l of LOG_FORMATS) decided.add(l);
    for (const d of p.defaults) {
      for (const [name, o] of optionsOf(d)) {
        if (decided.has(name)) continue;
        decided.add(name);
        const side = HTTP_OPTIONS[name];
        if (o.on && side && applies(side)) inherited.push({ name, node: o.node });
      }
      if (d.logFormat) for (const l of LOG_FORMATS) decided.add(l);
    }
    if (inherited.length) {
      const names = inherited.map((i) => `'option ${i.name}'`).join(', ');
      (out ??= []).push(
        lazyMessage(
          {
            node: f.mode?.node ?? f.node,
            arg: f.mode ? undefined : f.name !== undefined ? 0 : undefined,
            related: inherited.map((i) => ({ node: i.node, message: `'option ${i.name}' set here` })),
          },
          () =>
            `${label(f)} ${modeText()} but takes ${names} from its defaults: HAProxy ignores ${inherited.length > 1 ? 'them' : 'it'} here${inherited.some((i) => i.name === 'httplog') ? " ('option httplog' becomes 'option tcplog')" : ''}; give tcp proxies a defaults section of their own (or 'from' a named one)`,
        ),
      );
    }
    return out ?? NONE;
  },
};

/** A bind address of a listening proxy, as the bind-conflict check indexes it. */
type BindEntry = { facts: SectionFacts; b: BindFact; a: BindAddress };

/**
 * The single-port bind addresses of a document's listening proxies, by `key|port`, kept across its edits: an edit
 * replaces the facts of the sections it touched, and only their binds leave and enter the index. The check then looks
 * at the few slots that more than one bind takes, instead of putting every bind of the file in a fresh table on each
 * keystroke (1.5 ms of an edit on a generated file with 2,500 binds).
 */
class BindIndex {
  private facts: readonly SectionFacts[] = [];
  /** The binds of each slot: the one entry (most slots), or a list of them. */
  private readonly bySlot = new Map<string, BindEntry | BindEntry[]>();
  /** The slots with two binds or more. */
  private readonly shared = new Set<string>();

  /** Brings the index to `current` (the listening proxies' facts, in document order). */
  update(current: readonly SectionFacts[]): void {
    const before = this.facts;
    this.facts = current;
    let gone: SectionFacts[];
    let come: SectionFacts[];
    const changed = changedPositions(before, current);
    if (changed) {
      // The common case, an edit inside sections: the facts that differ at the same place.
      gone = changed.map((i) => before[i]);
      come = changed.map((i) => current[i]);
    } else {
      const now = new Set(current);
      const then = new Set(before);
      gone = before.filter((f) => !now.has(f));
      come = current.filter((f) => !then.has(f));
    }
    // All that leaves first, then all that comes (a section that only moved does both).
    for (const f of gone) this.change(f, false);
    for (const f of come) this.change(f, true);
  }

  private change(facts: SectionFacts, add: boolean): void {
    for (const b of facts.binds) {
      for (const a of b.addresses) {
        const slot = a.slot;
        const at = this.bySlot.get(slot);
        if (add) {
          const entry = { facts, b, a };
          if (at === undefined) this.bySlot.set(slot, entry);
          else if (Array.isArray(at)) at.push(entry);
          else this.bySlot.set(slot, [at, entry]);
        } else if (Array.isArray(at)) {
          const i = at.findIndex((e) => e.a === a);
          if (i >= 0) at.splice(i, 1);
          if (at.length === 1) this.bySlot.set(slot, at[0]);
        } else if (at?.a === a) {
          this.bySlot.delete(slot);
        }
        const now = this.bySlot.get(slot);
        if (Array.isArray(now) && now.length > 1) this.shared.add(slot);
        else this.shared.delete(slot);
      }
    }
  }

  /** Each slot that more than one bind takes, with its binds in document order. */
  *conflicts(): Generator<BindEntry[]> {
    for (const slot of this.shared) {
      const list = this.bySlot.get(slot) as BindEntry[];
      const at = new Map(list.map((e) => [e, e.b.node.startIndex * 64 + Math.min(e.b.addresses.indexOf(e.a), 63)]));
      yield [...list].sort((x, y) => at.get(x)! - at.get(y)!);
    }
  }
}
const bindIndexes = new WeakMap<object, BindIndex>();

const bindConflict: HaproxyRule = {
  code: 'haproxy.bind-conflict',
  severity: 'warning',
  concept: 'haproxy-structure',
  description: "two binds on the same address and port (':80', '*:80' and '0.0.0.0:80' are one address)",
  cross(idx) {
    const listening = idx.proxies.filter((p) => hasFrontend(p.facts.role) && !p.facts.disabled);
    return listening.some((p) => p.facts.bindRanges) ? bindConflictsWithRanges(listening) : bindConflictsIndexed(idx.owner, listening);
  },
};

function bindMessage(p: Proxy, b: BindFact, a: BindAddress, clash: { p: Proxy; b: BindFact; a: BindAddress }): Finding {
  const same = clash.p === p;
  return lazyMessage(
    { node: b.node, arg: 0, related: [{ node: clash.b.node, message: `'${clash.a.text}' bound here` }] },
    () =>
      `'${a.text}' is already bound by ${same ? 'this section' : label(clash.p.facts)} ('${clash.a.text}' on line ${clash.b.node.keywordRange.start.line + 1}): both listeners start, and the kernel spreads the connections between them at random${conditional(p, b) || conditional(clash.p, clash.b) ? ' (unless .if blocks keep only one of them)' : ''}`,
  );
}

/** bind-conflict's finding per bind line (made of its clashing address, the first bind of that slot, and both proxies). */
const bindFindings = new WeakMap<BindFact, KeptFinding>();

/** Single ports only: from the document's bind index, kept across edits. */
function bindConflictsIndexed(owner: object, listening: readonly Proxy[]): Finding[] {
  let index = bindIndexes.get(owner);
  if (!index) bindIndexes.set(owner, (index = new BindIndex()));
  index.update(listening.map((p) => p.facts));
  // Every later bind of a slot clashes with its first one; a bind line is reported once, for its first clash.
  const firstClash = new Map<BindFact, { entry: BindEntry; first: BindEntry }>();
  for (const list of index.conflicts()) {
    const first = list[0];
    for (const entry of list.slice(1)) {
      const kept = firstClash.get(entry.b);
      if (!kept || entry.b.addresses.indexOf(entry.a) < kept.entry.b.addresses.indexOf(kept.entry.a)) firstClash.set(entry.b, { entry, first });
    }
  }
  const out: Finding[] = [];
  if (!firstClash.size) return out;
  const proxyOf = new Map<SectionFacts, Proxy>();
  for (const p of listening) proxyOf.set(p.facts, p);
  for (const { entry, first } of firstClash.values()) {
    const p = proxyOf.get(entry.facts)!;
    const fp = proxyOf.get(first.facts)!;
    out.push(keptFinding(bindFindings, entry.b, [entry.a, first.b, first.a, p, fp], () => bindMessage(p, entry.b, entry.a, { p: fp, b: first.b, a: first.a })));
  }
  return out;
}

/** With port ranges in the file (rare): every bind in order, against the single ports and the ranges before it. */
function bindConflictsWithRanges(listening: readonly Proxy[]): Finding[] {
  const out: Finding[] = [];
  type Entry = { p: Proxy; b: BindFact; a: BindAddress };
  const single = new Map<string, Entry>();
  const ranges: Entry[] = [];
  for (const p of listening) {
    for (const b of p.facts.binds) {
      let reported = false;
      for (const a of b.addresses) {
        let clash: Entry | undefined;
        if (a.lo === a.hi) clash = single.get(a.slot);
        else if (a.hi - a.lo <= 4096) for (let port = a.lo; port <= a.hi && !clash; port++) clash = single.get(slotOf(keyOf(a), port));
        else for (const e of single.values()) if (keyOf(e.a) === keyOf(a) && e.a.lo >= a.lo && e.a.lo <= a.hi) clash ??= e;
        if (!clash && ranges.length) clash = ranges.find((e) => keyOf(e.a) === keyOf(a) && e.a.lo <= a.hi && a.lo <= e.a.hi);
        if (clash && !reported) {
          reported = true;
          out.push(bindMessage(p, b, a, clash));
        }
        if (a.lo !== a.hi) ranges.push({ p, b, a });
        else if (!single.has(a.slot)) single.set(a.slot, { p, b, a });
      }
    }
  }
  return out;
}

const sslWithoutCrt: HaproxyRule = {
  code: 'haproxy.ssl-without-crt',
  severity: 'error',
  concept: 'haproxy-ssl',
  description: "'ssl' on a bind line without 'crt', 'crt-list' or 'default-crt' (nor 'ssl-f-use' in the section)",
  local(p) {
    let out: Finding[] | undefined;
    if (p.facts.sslFUse) return NONE;
    for (const b of p.facts.binds) {
      if (!b.ssl || b.certificate) continue;
      const cond = conditional(p, b);
      (out ??= []).push({
        node: b.node,
        message: b.strictSni
          ? `'ssl' bind without a certificate ('crt' or 'crt-list'): with 'strict-sni' HAProxy starts, but every TLS handshake fails`
          : `'ssl' bind without a certificate: add 'crt /path/to/cert.pem' (or 'crt-list'); HAProxy refuses an ssl bind that has none`,
        severity: b.strictSni ? 'warning' : within(cond, 'error'),
      });
    }
    return out ?? NONE;
  },
};

const allBackup: HaproxyRule = {
  code: 'haproxy.all-backup',
  severity: 'warning',
  concept: 'load-balancing',
  description: "a backend whose servers are all 'backup'",
  local(p) {
    const f = p.facts;
    if (!hasBackend(f.role) || !f.hasServers) return NONE;
    const dflt = defaultServer(p, 'backup');
    if (!serversOf(f).every((s) => s.backup ?? dflt)) return NONE;
    return [{
      node: f.node,
      arg: f.name !== undefined ? 0 : undefined,
      message: `every server of ${label(f)} is a 'backup': backups only take traffic when no active server is up, so here ${optionsOf(f).get('allbackups')?.on ? 'they all serve at once' : 'only the first one serves'} and nothing is balanced; drop 'backup' from the servers meant to take traffic`,
    }];
  },
};

/** What the `default-server` lines that apply to a proxy (its own, else its defaults') say of a setting. */
function defaultServer(p: Proxy, what: 'backup' | 'check'): boolean {
  return p.facts.defaultServer[what] ?? defaultsSay(p, what) ?? false;
}

const noHealthCheck: HaproxyRule = {
  code: 'haproxy.no-health-check',
  severity: 'information',
  concept: 'haproxy-health-check',
  description: "a backend with several servers and no 'check' on any of them",
  local(p) {
    const f = p.facts;
    const servers = serversOf(f);
    if (!hasBackend(f.role) || (servers.length < 2 && !servers.some((s) => s.template))) return NONE;
    const dflt = defaultServer(p, 'check');
    if (servers.some((s) => s.check ?? dflt)) return NONE;
    return [{
      node: f.node,
      arg: f.name !== undefined ? 0 : undefined,
      message: `none of the servers of ${label(f)} has 'check': HAProxy never notices a server that is down and keeps sending it its share of the traffic; add 'check' to the servers (or to 'default-server')`,
    }];
  },
};

const rulesInAnonymousDefaults: HaproxyRule = {
  code: 'haproxy.anonymous-defaults-rules',
  severity: 'error',
  concept: 'haproxy-structure',
  description: "http-request, http-response, http-after-response, tcp-request or tcp-response rules in a defaults section without a name",
  cross(idx) {
    const out: Finding[] = [];
    for (const p of idx.sections) {
      const f = p.facts;
      if (f.role !== 'defaults' || f.name !== undefined) continue;
      for (const r of namedLines(f, ruleWhat)) {
        out.push({
          node: r.node,
          message: `'${r.what}' rules are not allowed in a defaults section without a name (HAProxy refuses them there): name it ('defaults NAME') and have the proxies take it with 'from NAME', or move the rules into the proxies`,
          severity: within(conditional(p, r), 'error'),
        });
      }
    }
    return out;
  },
};

const RULES: readonly HaproxyRule[] = [
  duplicateProxy,
  duplicateServer,
  noBind,
  modeMismatch,
  routeLoop,
  serverSslVerify,
  missingTimeout,
  httpInTcp,
  bindConflict,
  sslWithoutCrt,
  allBackup,
  noHealthCheck,
  rulesInAnonymousDefaults,
];
const LOCAL = RULES.filter((r) => r.local);
/** The findings that depend on which defaults apply (a mode, a timeout). */
const DEFAULTS_DEPENDENT = new Set(['haproxy.missing-timeout', 'haproxy.http-in-tcp-mode', 'haproxy.mode-mismatch', 'haproxy.server-ssl-verify']);

/** Every rule's findings for one check run (all the rules of a run share the context). */
const runs = new WeakMap<SemanticContext, Map<string, Finding[]>>();
function analyse(ctx: SemanticContext): Map<string, Finding[]> {
  let found = runs.get(ctx);
  if (found) return found;
  found = new Map(RULES.map((r) => [r.code, []]));
  const idx = buildIndex(ctx);
  const shared = !!ctx.workspace?.shared;
  const proxies = idx.proxies;
  for (let i = 0; i < proxies.length; i++) {
    const p = proxies[i];
    if (!p.local) {
      let local: [string, readonly Finding[]][] | undefined;
      for (let j = 0; j < LOCAL.length; j++) {
        const list = LOCAL[j].local!(p);
        if (list.length) (local ??= []).push([LOCAL[j].code, list]);
      }
      // Most proxies have no finding: the shared empty list (kept per proxy).
      p.local = local ?? (NONE as never);
      // The cross check of SSL verification reads the servers too: while serversOf() still holds this proxy's.
      sslCandidatesOf(p);
    }
    // In a configuration split across files (`haproxy -f DIR`), a proxy with no defaults of its own in this file
    // may take them from a defaults section of an earlier file: what depends on them is not judged here.
    const unknownDefaults = shared && p.defaults.length === 0;
    for (let j = 0; j < p.local.length; j++) {
      const [code, list] = p.local[j];
      if (!(unknownDefaults && DEFAULTS_DEPENDENT.has(code))) found.get(code)!.push(...list);
    }
  }
  const noLocalDefaults = shared && !idx.sections.some((p) => p.facts.role === 'defaults');
  for (const r of RULES) if (r.cross && !(noLocalDefaults && DEFAULTS_DEPENDENT.has(r.code))) found.get(r.code)!.push(...r.cross(idx));
  runs.set(ctx, found);
  return found;
}

export const haproxySemantic: readonly SemanticRule[] = RULES.map(({ local: _l, cross: _c, ...meta }) => ({
  ...meta,
  check: (ctx: SemanticContext) => analyse(ctx).get(meta.code) ?? [],
}));
