// Typed facts for the schema data (used by tools/gen-schema.mjs): each keyword's value type, unit, range, enum
// values, default, level and deprecation, read from the census fact strings (each census row names its upstream
// source) and from what the installed tools report (tools/data/, see tools/tool-facts.mjs). Where the census leaves
// a keyword untyped and the upstream manual states the type, a small table below says so, with the manual it comes
// from. Facts only: names, types, ranges and defaults.
//
// Value types (the `type` field): int, decimal, size, duration, enum, bool, ipv4, ipv6, ip, address (an IP address
// or a host name), address-port, cidr, port, name (a reference to something named elsewhere or a name being
// defined), path, text (free text, a command or a format string), uuid, flag (the keyword takes no value), block
// (the keyword opens a section or block).

const num = (s) => {
  if (s === undefined || s === null || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/** `a=b; c=d` fact strings (census range_default) as a map. */
export function facts(rangeDefault) {
  const out = new Map();
  for (const part of (rangeDefault ?? '').split(';')) {
    const t = part.trim();
    const i = t.indexOf('=');
    if (i > 0 && /^[a-z_]+$/.test(t.slice(0, i))) out.set(t.slice(0, i), t.slice(i + 1).trim());
  }
  return out;
}

const unquote = (s) => s?.replace(/^(["'])(.*)\1$/, '$2');

/** Sets the fields of `t` on `entry`, leaving out undefined ones. */
function put(entry, t) {
  if (!t) return;
  for (const [k, v] of Object.entries(t)) if (v !== undefined && !(k in entry && k !== 'type')) entry[k] = v;
}

// ---------------------------------------------------------------- HAProxy

/** Argument placeholders of configuration.txt synopses and the value type they stand for (§2.5 "Time format" and
 * "Size format" define <time> and <size>). */
const HAPROXY_PLACEHOLDERS = [
  [/^<(start_time_in_ms|delay in milliseconds|timeout, in milliseconds)>$/, { type: 'duration', unit: 'ms' }],
  [/^<on\|off>$/, { type: 'bool', values: ['on', 'off'] }],
  [/^<(backlog|maxseg|nbconn|maxqueue|minconn|weight|shard|bufsize|magic number|connections|process_num|idx)>$/, { type: 'int' }],
  [/^<(jail dir|hdrs-file|directory|keyfile|file-name|crt|key|ocsp|issuer|sctl)>$/, { type: 'path' }],
  [/^<(group name|resolvers id|interface|label|uid|gid|username|proxy|logproto)>$/, { type: 'name' }],
  [/^<(secret|passphrase|sni|expression|query|header|desc|errors|errorID|normalizer|policy|directive|family|event)>/, { type: 'text' }],
  [/^<address>\[:port\]$|^<addr>:<port>$|^<address:port>$/, { type: 'address-port' }],
  [/^\(<var-name>|^\(<[\w-]+>(,<[\w-]+>)*\)|^\{ ?<(int|mark|tos|timeout)> ?\| ?<expr> ?\}/, { type: 'text' }],
  [/^<(timeout|time|delay|interval|period|expire|grace|lifetime)>$/, { type: 'duration', unit: 'ms' }],
  [/^<(size|bytes)>$/, { type: 'size', unit: 'bytes' }],
  [/^<(number|count|conns|maxconn|max|nb|int|integer|rate|steps|factor|nice|id|mark|tos|code|status|level-number)>$/, { type: 'int' }],
  [/^<0\.\.100, in percent>$/, { type: 'int', min: 0, max: 100, unit: '%' }],
  [/^<(name|backend|server|aclname|peername|mailersect|resolvers-id|resolvers|section|userlist|var-name|user|group|table|srv|rule|service-name|engine-name|hostname|realm)>$/, { type: 'name' }],
  [/^<(file|path|dir|cafile|crlfile|cert|filename|file path|socket|chroot|pidfile|errorfile|ca-file|crt-file)>$/, { type: 'path' }],
  [/^<(string|fmt|format|text|msg|data|pattern|prefix|uri|url|command|expr|sample|key|match-regex|hexstring|hexfmt|hello|sigalgs|ciphers|ciphersuites|curves|protocols|method|char|emailaddr|cond|target)>$/, { type: 'text' }],
  [/^<port>$/, { type: 'port' }],
  [/^<(addr|address|ip|ipv4\|ipv6)>$/, { type: 'address' }],
  [/^<addr>\[:<port>\]$|^\[<address>\]:<port_range>$/, { type: 'address-port' }],
  [/^<(network|ip\/mask|cidr)>$/, { type: 'cidr' }],
];

/** Keywords whose synopsis placeholder (`<value>`) does not say the type; configuration.txt's text does. */
const HAPROXY_KEYWORDS = {
  retries: { type: 'int' }, // "Set the number of retries to perform on a server after a failure"
  'max-keep-alive-queue': { type: 'int' },
  id: { type: 'int' }, // server id: "a positive integer"
  cookie: { type: 'text' },
};

/** The whole synopsis is a choice of literal words: `{ on | off }`, `[ none|required ]`, `tcp|http`. */
function literalChoice(args) {
  const m = /^[{[]?\s*([\w.+-]+(?:\s*\|\s*[\w.+-]+)+)\s*[}\]]?$/.exec(args.trim());
  return m ? m[1].split('|').map((v) => v.trim()) : undefined;
}

export function haproxyType(row, ctx, live) {
  if (row.flags?.split(',').includes('section')) return { type: 'block' };
  const args = (row.args_or_type ?? '').trim();
  // bind and server options: `haproxy -dKall` says how many arguments each takes (no argument: a flag)
  const liveArgs = ctx === 'bind' ? live?.bind?.[row.keyword] : ctx === 'server' ? live?.server?.[row.keyword] : undefined;
  if (liveArgs === 0 && !args) return { type: 'flag' };
  if (!args) return ctx === 'bind' || ctx === 'server' ? undefined : { type: 'flag' };
  if (ctx === 'backend/balance') return { type: 'enum', values: [row.keyword.replace(/\(.*$/, '')] };
  const hand = HAPROXY_KEYWORDS[row.keyword];
  if (hand) return { ...hand };
  // a rule action without arguments of its own: only the optional condition follows
  if (/^\[\s*\{\s*if\s*\|\s*unless\s*\}\s*<condition>\s*\]$/.test(args)) return { type: 'flag' };
  const pct = /^<(\d+)\.\.(\d+), in percent>$/.exec(args);
  if (pct) return { type: 'int', min: Number(pct[1]), max: Number(pct[2]), unit: '%' };
  const choice = literalChoice(args);
  if (choice) {
    const onOff = choice.length === 2 && choice.includes('on') && choice.includes('off');
    return onOff ? { type: 'bool', values: choice } : { type: 'enum', values: choice };
  }
  const first = args.split(/\s+(?![^<]*>)/)[0];
  for (const [re, t] of HAPROXY_PLACEHOLDERS) if (re.test(first) || re.test(args)) return { ...t };
  if (/^<action>/.test(args)) return { type: 'text' };
  return undefined;
}

/** HAProxy census ranges and defaults are read from the prose: only short, clean ones are kept. */
export function haproxyFacts(rangeDefault) {
  const f = facts(rangeDefault);
  const out = {};
  const d = unquote(f.get('default'));
  if (d && /^[\w.:/-]+$/.test(d) && d !== 'zero') out.default = d;
  const r = /^(-?\d+)\.\.(-?\d+)$/.exec(f.get('range') ?? '');
  if (r) [out.min, out.max] = [Number(r[1]), Number(r[2])];
  return out;
}

/** Deprecated HAProxy keywords and what configuration.txt (3.2) says to use instead. */
export const HAPROXY_REPLACEMENTS = {
  transparent: 'option transparent',
  'set-mark': 'set-fc-mark',
  'set-tos': 'set-fc-tos',
  'tune.ssl.ocsp-update.maxdelay': 'ocsp-update.maxdelay',
  'tune.ssl.ocsp-update.mindelay': 'ocsp-update.mindelay',
  'tune.ssl.capture-cipherlist-size': 'tune.ssl.capture-buffer-size',
  'option accept-invalid-http-request': 'option accept-unsafe-violations-in-http-request',
  'option accept-invalid-http-response': 'option accept-unsafe-violations-in-http-response',
};

// ---------------------------------------------------------------- keepalived

/** keepalived.conf(5) synopsis placeholders. */
const KA_PLACEHOLDERS = [
  [/^<TIMER>$|^SECS$/, { type: 'duration', unit: 's' }],
  [/^<(IPADDR|IP ADDRESS)>( \[<PORT>\])?$/, { type: 'ip' }],
  [/^<PORT>$/, { type: 'port' }],
  [/^(<INTEGER>|NUMBER|NUM|<OFFSET>|PRIORITY)( |$)/, { type: 'int' }],
  [/^<DECIMAL>$/, { type: 'decimal' }],
  [/^\[?<BOOL>\]?/, { type: 'bool', values: ['true', 'false', 'on', 'off', 'yes', 'no'] }],
  [/^<IFNAME>$/, { type: 'name' }],
  [/^(NAME|<STRING>|STRING|<PROTOCOL>|SNI_name|\[TABLENAME\])$/, { type: 'name' }],
  [/^(path|DIRECTORY|<PATH>|FILENAME|FIFO_NAME)( |$)/, { type: 'path' }],
  [/^BYTES$/, { type: 'size', unit: 'bytes' }],
  [/(STRING|QUOTED-STRING|SCRIPT_NAME).*(username|\|)/, { type: 'text' }],
  [/^<QUOTED-STRING>$|^<OPTIONS>$/, { type: 'text' }],
];

/** keepalived.conf(5) blocks whose lines are values (addresses, routes, tracked objects, e-mail addresses). */
const KA_LIST_BLOCKS = new Set([
  'virtual_ipaddress', 'virtual_ipaddress_excluded', 'virtual_routes', 'virtual_rules', 'track_script', 'track_interface',
  'track_process', 'track_file', 'track_bfd', 'unicast_peer', 'group', 'notification_email', 'interfaces',
]);
/** The parser's scheduler and forwarding-method words (check_parser.c lbalgo_handler / lbkind_handler) for the old
 * spellings the census has no synopsis for. */
const KA_HAND = {
  'virtual_server lb_algo': { type: 'enum', values: ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos'] },
  'virtual_server lb_kind': { type: 'enum', values: ['NAT', 'DR', 'TUN'] },
};

export function keepalivedType(row, isBlock) {
  if (isBlock || KA_LIST_BLOCKS.has(row.keyword)) return { type: 'block' };
  const hand = KA_HAND[`${row.context} ${row.keyword}`];
  if (hand) return { ...hand };
  // keepalived.conf(5) writes a keyword that takes no value alone on its line
  if (!row.args_or_type && !row.range_default && !/(^|,)not-in-man(,|$)/.test(row.flags ?? '')) return { type: 'flag' };
  const f = facts(row.range_default);
  const out = {};
  const d = f.get('default');
  if (d !== undefined && /^[\w.:/-]+$/.test(d)) out.default = d;
  for (const part of (row.range_default ?? '').split(';').map((p) => p.trim())) {
    let m = /^(uint|int|decimal)\[([^\]]*)\.\.([^\]]*)\]$/.exec(part);
    if (m) {
      const max = num(m[3]);
      return { type: m[1] === 'decimal' || (max !== undefined && !Number.isInteger(max)) ? 'decimal' : 'int', min: num(m[2]), max, ...out };
    }
    if ((m = /^words\{([^}]*)\}$/.exec(part))) return { type: 'enum', values: m[1].split('|'), ...out };
    if ((m = /^bool\(optional ([^)]*)\)$/.exec(part))) return { type: 'bool', values: m[1].split('|'), ...out };
  }
  const args = (row.args_or_type ?? '').replace(/\s+#.*$/, '').trim();
  if (!args) return Object.keys(out).length ? out : undefined;
  const choice = literalChoice(args);
  if (choice) return { type: 'enum', values: choice, ...out };
  let m = /^<(-?\d+)(?:\.\.| to )(-?\d+)>/.exec(args);
  if (m) return { type: 'int', min: Number(m[1]), max: Number(m[2]), ...out };
  for (const [re, t] of KA_PLACEHOLDERS) if (re.test(args)) return { ...t, ...out };
  return Object.keys(out).length ? out : undefined;
}

// ---------------------------------------------------------------- corosync

const ON_OFF = ['on', 'off'];
const YES_NO = ['yes', 'no'];
/** corosync -t 3.1.7 (libqb's names): priorities in any case, facilities in lower case. */
const PRIORITIES = ['alert', 'crit', 'debug', 'emerg', 'err', 'error', 'info', 'notice', 'warning'];
const FACILITIES = ['auth', 'authpriv', 'cron', 'daemon', 'ftp', 'kern', 'lpr', 'mail', 'news', 'syslog', 'user', 'uucp', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7'];
/** corosync.conf(5) and votequorum(5) (corosync 3.1): keys the census leaves untyped. */
const COROSYNC_MAN = {
  'totem clear_node_high_bit': { type: 'enum', values: YES_NO },
  'totem crypto_model': { type: 'enum', values: ['nss', 'openssl'] },
  'totem crypto_hash': { type: 'enum', values: ['none', 'md5', 'sha1', 'sha256', 'sha384', 'sha512'] },
  'totem crypto_cipher': { type: 'enum', values: ['none', 'aes256', 'aes192', 'aes128'] },
  'totem secauth': { type: 'bool', values: ON_OFF },
  'totem keyfile': { type: 'path' },
  'totem key': { type: 'text' },
  'totem link_mode': { type: 'enum', values: ['passive', 'active', 'rr'] },
  'totem transport': { type: 'enum', values: ['knet', 'udp', 'udpu'] },
  'totem cluster_name': { type: 'name' },
  'totem config_version': { type: 'int', min: 0 },
  'totem ip_version': { type: 'enum', values: ['ipv4', 'ipv6', 'ipv4-6', 'ipv6-4'] },
  'totem ip_dscp': { type: 'text' },
  'totem knet_compression_model': { type: 'name' },
  'totem block_unlisted_ips': { type: 'enum', values: YES_NO },
  'totem cancel_token_hold_on_retransmit': { type: 'enum', values: YES_NO },
  'totem/interface knet_transport': { type: 'enum', values: ['udp', 'sctp'] },
  'totem/interface bindnetaddr': { type: 'address' },
  'totem/interface broadcast': { type: 'enum', values: YES_NO },
  'totem/interface mcastaddr': { type: 'ip' },
  'totem/interface/member memberaddr': { type: 'address' },
  'logging timestamp': { type: 'enum', values: ['on', 'off', 'hires'] },
  'logging fileline': { type: 'bool', values: ON_OFF },
  'logging function_name': { type: 'bool', values: ON_OFF },
  'logging blackbox': { type: 'bool', values: ON_OFF },
  'logging to_stderr': { type: 'bool', values: [...YES_NO, ...ON_OFF] },
  'logging to_logfile': { type: 'bool', values: [...YES_NO, ...ON_OFF] },
  'logging to_syslog': { type: 'bool', values: [...YES_NO, ...ON_OFF] },
  'logging logfile': { type: 'path' },
  'logging logfile_priority': { type: 'enum', values: PRIORITIES },
  'logging syslog_priority': { type: 'enum', values: PRIORITIES },
  'logging syslog_facility': { type: 'enum', values: FACILITIES },
  'logging debug': { type: 'enum', values: ['on', 'off', 'trace'] },
  'logging/logger_subsys subsys': { type: 'name' },
  'logging/logging_daemon subsys': { type: 'name' },
  'logging/logging_daemon name': { type: 'name' },
  'nodelist/node name': { type: 'name' },
  'nodelist/node nodeid': { type: 'int', min: 0 },
  'nodelist/node ring0_addr': { type: 'address' },
  'nodelist/node ringX_addr': { type: 'address' },
  'quorum provider': { type: 'enum', values: ['corosync_votequorum'] },
  'quorum auto_tie_breaker_node': { type: 'text' },
  'quorum/device model': { type: 'name' },
  'system qb_ipc_type': { type: 'enum', values: ['native', 'shm', 'socket'] },
  'system sched_rr': { type: 'enum', values: YES_NO },
  'system priority': { type: 'text' },
  'system move_to_root_cgroup': { type: 'enum', values: ['yes', 'no', 'auto'] },
  'system allow_knet_handle_fallback': { type: 'enum', values: YES_NO },
  'system state_dir': { type: 'path' },
  'nozzle name': { type: 'name' },
  'nozzle ipaddr': { type: 'ip' },
  'nozzle ipprefix': { type: 'int', min: 0, max: 128 },
  'nozzle macaddr': { type: 'text' },
  'resources watchdog_device': { type: 'path' },
  'uidgid uid': { type: 'name' },
  'uidgid gid': { type: 'name' },
};
/** votequorum(5): the 0/1 switches. */
const VOTEQUORUM_SWITCHES = new Set(['two_node', 'wait_for_all', 'last_man_standing', 'auto_tie_breaker', 'allow_downscale']);

export function corosyncType(row, ctx, isBlock) {
  if (isBlock || row.flags?.split(',').includes('section')) return { type: 'block' };
  const f = facts(row.range_default);
  const out = {};
  const d = unquote(f.get('default'));
  if (d !== undefined && /^[\w./-]+$/.test(d)) out.default = d;
  const hand = COROSYNC_MAN[`${ctx} ${row.keyword}`];
  const m = /^(u?)int(8|16|32|64)\b/.exec(row.args_or_type ?? '');
  if (m) {
    const bits = Number(m[2]);
    let [min, max] = m[1] ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
    const r = /^(-?\d+)\.\.(-?\d+)$/.exec(f.get('range') ?? '');
    if (r) [min, max] = [Number(r[1]), Number(r[2])];
    if (ctx === 'quorum' && VOTEQUORUM_SWITCHES.has(row.keyword)) return { type: 'bool', values: ['0', '1'], ...out };
    return { type: 'int', min, max, ...out };
  }
  if (hand) return { ...hand, ...out };
  if (ctx === 'quorum' && VOTEQUORUM_SWITCHES.has(row.keyword)) return { type: 'bool', values: ['0', '1'], ...out };
  return Object.keys(out).length ? out : undefined;
}

// ---------------------------------------------------------------- DRBD

/** drbdsetup units: time units make durations, byte units sizes (drbdsetup xml-help `<unit>`). */
function drbdUnit(unit, prefix) {
  if (!unit) return {};
  if (/seconds$/.test(unit)) return { type: 'duration', unit };
  if (/^bytes/.test(unit)) {
    const scale = prefix === 'k' ? 'KiB' : prefix === 's' ? '512-byte sectors' : prefix === 'M' ? 'MiB' : 'bytes';
    return { type: 'size', unit: unit.replace(/^bytes/, scale) };
  }
  return { unit };
}

/** One drbdsetup xml-help option as schema facts. */
export function drbdOption(opt) {
  switch (opt.type) {
    case 'boolean':
      return { type: 'bool', values: YES_NO, default: opt.default };
    case 'handler':
      return { type: 'enum', values: opt.handlers, default: opt.default };
    case 'string':
      return { type: 'text', default: opt.default };
    case 'numeric':
    case 'numeric-or-symbol': {
      const u = drbdUnit(opt.unit, opt.unit_prefix);
      return { type: u.type ?? 'int', unit: u.unit, min: num(opt.min), max: num(opt.max), default: opt.default, values: opt.symbols };
    }
  }
  return undefined;
}

/** drbd.conf(5) keywords drbdsetup does not describe (drbdadm's own), by `context keyword`. */
const DRBD_MAN = {
  'connection host': { type: 'name' },
  'path host': { type: 'name' },
  'connection-mesh hosts': { type: 'name' },
  'on address': { type: 'address-port' },
  'on node-id': { type: 'int', min: 0, max: 31 },
  'volume device': { type: 'path' },
  'volume disk': { type: 'path' },
  'volume meta-disk': { type: 'path' },
  'volume tiebreaker': { type: 'bool', values: YES_NO },
  'global usage-count': { type: 'enum', values: ['yes', 'no', 'ask'] },
  'global dialog-refresh': { type: 'duration', unit: 'seconds' },
  'global disable-ip-verification': { type: 'flag' },
  'global udev-always-use-vnr': { type: 'flag' },
  'startup wfc-timeout': { type: 'duration', unit: 'seconds' },
  'startup degr-wfc-timeout': { type: 'duration', unit: 'seconds' },
  'startup outdated-wfc-timeout': { type: 'duration', unit: 'seconds' },
  'startup wait-after-sb': { type: 'flag' },
  'startup stacked-timeouts': { type: 'flag' },
  'startup become-primary-on': { type: 'name' },
  'disk block-size': { type: 'size', unit: 'bytes' },
  'disk discard-granularity': { type: 'size', unit: 'bytes' },
  'disk(peer-device-options) resync-without-replication': { type: 'bool', values: YES_NO },
  'net load-balance-paths': { type: 'bool', values: YES_NO },
  'net tls': { type: 'bool', values: YES_NO },
  'net tls-keyring': { type: 'name' },
  'net tls-privkey': { type: 'name' },
  'net tls-certificate': { type: 'name' },
  'net rdma-ctrl-rcvbuf-size': { type: 'size', unit: 'bytes' },
  'net rdma-ctrl-sndbuf-size': { type: 'size', unit: 'bytes' },
  '(section) resource': { type: 'block' },
};

export function drbdType(row, ctx, live) {
  if (row.flags?.split(',').includes('section')) return { type: 'block' };
  if (ctx === 'handlers') return { type: 'text' }; // a shell command
  // the option as drbdsetup describes it (a `disk` option may be a peer-device option: `bitmap`)
  const opt = live?.get(`${ctx} ${row.keyword}`) ?? (ctx === 'disk' ? live?.get(`disk(peer-device-options) ${row.keyword}`) : undefined);
  if (opt) return drbdOption(opt);
  return DRBD_MAN[`${ctx} ${row.keyword}`];
}

/**
 * The 8.4 forms drbdadm 9 still reads (checked with drbdadm 9.22 `dump`): the `syncer` section with the options
 * that moved to `disk`, `net` and `options`; `protocol` and the volume keywords straight in a resource or host
 * section (its implicit volume 0), `flexible-meta-disk`; `become-primary-on` in `startup`.
 */
export const DRBD_84_FORMS = [
  { context: '(section)', keyword: 'syncer', type: 'block' },
  ...['al-extents', 'verify-alg', 'csums-alg', 'cpu-mask', 'use-rle', 'resync-after', 'after', 'on-no-data-accessible'].map((keyword) => ({ context: 'syncer', keyword })),
  { context: '(section)', keyword: 'protocol', args: 'A|B|C', type: 'enum', values: ['A', 'B', 'C'] },
  { context: 'volume', keyword: 'flexible-meta-disk', args: 'internal|device', type: 'path' },
  { context: 'startup', keyword: 'become-primary-on', args: 'host-name|both', type: 'name' },
];

// ---------------------------------------------------------------- Ceph

/** Options typed `str` upstream whose values have a known shape (doc/rados/configuration/network-config-ref.rst:
 * comma-delimited lists of address/netmask; mon-lookup-dns.rst: mon_host is a list of addresses or host names). */
const CEPH_SHAPES = { public_network: 'cidr', cluster_network: 'cidr', mon_host: 'address' };

export function cephType(row) {
  if (row.flags?.split(',').includes('section')) return { type: 'block' };
  const f = facts(row.range_default);
  const out = { level: f.get('level') };
  const d = f.get('default');
  if (d !== undefined && d !== '') out.default = d;
  const r = /^([^.]*(?:\.\d+)?)\.\.(.*)$/.exec(f.get('range') ?? '');
  if (r) [out.min, out.max] = [num(r[1]), num(r[2])];
  const en = f.get('enum');
  const shape = CEPH_SHAPES[row.keyword];
  if (shape) return { type: shape, ...out };
  switch (row.args_or_type) {
    case 'bool':
      return { type: 'bool', values: ['true', 'false'], ...out };
    case 'int':
      return { type: 'int', ...out };
    case 'uint':
      return { type: 'int', ...out, min: out.min ?? 0 };
    case 'float':
      return { type: 'decimal', ...out };
    case 'size':
      return { type: 'size', unit: 'bytes', ...out };
    case 'secs':
      return { type: 'duration', unit: 's', ...out };
    case 'millisecs':
      return { type: 'duration', unit: 'ms', ...out };
    case 'uuid':
      return { type: 'uuid', ...out };
    case 'addr':
    case 'addrvec':
      return { type: 'address', ...out };
    case 'str':
      return en ? { type: 'enum', values: en.split('|'), ...out } : { type: 'text', ...out };
  }
  return out;
}

export { put };
