/**
 * Ceph semantic checks: what a ceph.conf whose options are all known and well typed can still get wrong. ceph-conf
 * only checks the INI syntax and the daemons fall back to defaults for bad values, so every finding here is a warning
 * or less. The shape of single values (an fsid that is no UUID, a malformed mon_host, a CIDR with a bad prefix) is
 * the value checks' (`value.*`); these rules look at what the values mean together: the networks and the monitors,
 * the pool defaults, CephX, where an option is written.
 *
 * Each section's facts are worked out once per section node (ctx.memo), so an edit re-reads only its section.
 */
import type { ConfigNode } from '../../service/model';
import type { Finding, SemanticContext, SemanticRule } from '../../service/features/semantic';
import type { FormatSchema } from '../../service/schema';
import { loadSchema } from '../../service/schema';
import { skipValue } from '../../service/values/specs';
import { isAddrvec, isIPv4, isIPv6, splitAddrvecList, splitHostPort } from '../../service/values/types';
import { cephOptionName } from './hover';

const DAEMON_TYPES = new Set(['mon', 'mgr', 'osd', 'mds', 'client']);
const TYPE_NAMES: Record<string, string> = { mon: 'monitors', mgr: 'managers', osd: 'OSDs', mds: 'metadata servers', client: 'clients' };

interface Option {
  node: ConfigNode;
  name: string;
  value: string;
}

interface Section {
  node: ConfigNode;
  name: string;
  /** Option name -> its last occurrence (Ceph keeps the last value). */
  options: Map<string, Option>;
  /** Option name -> its first occurrence. */
  firsts: Map<string, Option>;
  /** What the section alone gives away (worked out with its facts, once per section node). */
  local: {
    name?: Finding;
    repeats: Finding[];
    daemon: Finding[];
    deprecated: Finding[];
    filestore: Option[];
  };
  /** Whether the section sets an option the cross-section rules read (fsid, mon_host, networks, pools, auth). */
  valued: boolean;
}

/** The options the rules that compare sections read. */
const VALUED = new Set([
  'fsid', 'mon_host', 'public_network', 'cluster_network', 'auth_cluster_required', 'auth_service_required',
  'auth_client_required', 'auth_supported', 'osd_pool_default_size', 'osd_pool_default_min_size',
  'osd_pool_default_pg_num', 'osd_pool_default_pgp_num', 'mon_warn_on_pool_pg_num_not_power_of_two', 'mon_max_pool_pg_num',
]);

function sectionFacts(node: ConfigNode): Section {
  const s: Section = {
    node,
    name: node.keyword.trim(),
    options: new Map(),
    firsts: new Map(),
    local: { repeats: [], daemon: [], deprecated: [], filestore: [] },
    valued: false,
  };
  for (const c of node.children) {
    if (c.kind !== 'directive') continue;
    const name = cephOptionName(c.keyword);
    const o: Option = { node: c, name, value: c.argCount ? c.argValue(0).trim() : '' };
    const first = s.firsts.get(name);
    if (first) s.local.repeats.push(repeated(o, first, s.name));
    else s.firsts.set(name, o);
    s.options.set(name, o);
    if (VALUED.has(name)) s.valued = true;
  }
  s.local.name = badSectionName(s);
  s.local.daemon = misplacedOptions(s);
  for (const o of s.options.values()) {
    const d = DEPRECATED.find((x) => x.test(o));
    if (d) s.local.deprecated.push({ node: o.node, message: d.message(o), data: { deprecated: true } });
    else if (FILESTORE.test(o.name)) s.local.filestore.push(o);
  }
  return s;
}

interface Facts {
  sections: Section[];
  /** The sections with findings of their own. */
  flagged: Section[];
  /** The sections that set an option of VALUED. */
  valued: Section[];
}

const perRun = new WeakMap<SemanticContext, Facts>();
function factsOf(ctx: SemanticContext): Facts {
  let f = perRun.get(ctx);
  if (f) return f;
  f = { sections: [], flagged: [], valued: [] };
  for (const top of ctx.model.nodes) {
    if (top.kind !== 'section') continue;
    const s = ctx.memo('ceph.section', top, sectionFacts);
    f.sections.push(s);
    const l = s.local;
    if (l.name || l.repeats.length || l.daemon.length || l.deprecated.length || l.filestore.length) f.flagged.push(s);
    if (s.valued) f.valued.push(s);
  }
  perRun.set(ctx, f);
  return f;
}

/** The option as the global section (merged over repeated [global] sections, the last value winning) sets it. */
function globalOption(f: Facts, name: string): Option | undefined {
  let found: Option | undefined;
  for (const s of f.valued) if (s.name === 'global') found = s.options.get(name) ?? found;
  return found;
}

/** Where an option takes effect for the monitors: [mon] over [global]. */
function monOption(f: Facts, name: string): Option | undefined {
  let found = globalOption(f, name);
  for (const s of f.valued) if (s.name === 'mon') found = s.options.get(name) ?? found;
  return found;
}

function int(o: Option | undefined): number | undefined {
  if (!o || !/^\d+$/.test(o.value)) return undefined;
  return Number(o.value);
}

// ---- addresses ----

/** An IP address as a bit string (32 or 128 bits), or undefined. */
function ipBits(ip: string): string | undefined {
  if (isIPv4(ip)) return ip.split('.').map((o) => Number(o).toString(2).padStart(8, '0')).join('');
  if (!isIPv6(ip)) return undefined;
  let s = ip.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const b = v4[1].split('.').map(Number);
    s = s.slice(0, -v4[1].length) + `${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  if (groups.length !== 8) return undefined;
  return groups.map((g) => parseInt(g || '0', 16).toString(2).padStart(16, '0')).join('');
}

interface Network {
  bits: string;
  prefix: number;
}

function parseNetworks(v: string): Network[] | undefined {
  const out: Network[] = [];
  for (const item of v.split(/[\s,;]+/).filter(Boolean)) {
    const m = /^(.*)\/(\d+)$/.exec(item);
    const bits = m ? ipBits(m[1]) : undefined;
    if (!m || !bits || Number(m[2]) > bits.length) return undefined;
    out.push({ bits, prefix: Number(m[2]) });
  }
  return out;
}

const inNetwork = (ip: string, n: Network) => ip.length === n.bits.length && ip.slice(0, n.prefix) === n.bits.slice(0, n.prefix);

interface MonAddress {
  /** `v1`, `v2`, `any`, or '' when untyped. */
  type: string;
  host: string;
  port?: number;
}

/** The monitors of a mon_host value, each a list of addresses (a `[v2:...,v1:...]` vector is one monitor). */
function parseMonHost(v: string): MonAddress[][] | undefined {
  const items = splitAddrvecList(v);
  if (typeof items === 'string') return undefined;
  const one = (s: string): MonAddress => {
    const m = /^(?:(v1|v2|any):)?(.*?)(?:\/\d+)?$/.exec(s)!;
    const { host, port } = splitHostPort(m[2]);
    return { type: m[1] ?? '', host, port: port !== undefined && /^\d+$/.test(port) ? Number(port) : undefined };
  };
  return items.map((item) =>
    isAddrvec(item)
      ? item.slice(1, -1).split(',').map(one)
      : [one(item)],
  );
}

// ---- option services, from the schema ----

/** The daemon types that read each option, where the schema knows (services flag, or the option file it is in). */
const servicesIndex = new WeakMap<FormatSchema, Map<string, Set<string>>>();
const CLIENT_SERVICES = new Set(['rbd', 'rgw', 'mds_client', 'rbd-mirror', 'immutable-object-cache', 'cephfs-mirror', 'ceph-exporter']);
const FILE_SERVICES: Record<string, string> = { osd: 'osd', crimson: 'osd', mon: 'mon', mgr: 'mgr', mds: 'mds' };

function servicesOf(schema: FormatSchema, name: string): Set<string> | undefined {
  let index = servicesIndex.get(schema);
  if (!index) {
    index = new Map();
    for (const [ctx, list] of Object.entries(schema.contexts)) {
      if (ctx === '(section)') continue;
      for (const info of list) {
        const m = /(?:^|,)services=([^,]*)/.exec(info.flags ?? '');
        let set: Set<string> | undefined;
        if (m) {
          const names = m[1].split('|');
          if (!names.includes('common')) set = new Set(names.map((s) => (CLIENT_SERVICES.has(s) ? 'client' : s)));
        } else if (FILE_SERVICES[ctx]) set = new Set([FILE_SERVICES[ctx]]);
        if (set) index.set(info.name, set);
      }
    }
    servicesIndex.set(schema, index);
  }
  return index.get(name);
}

// ---- rules ----

export const sectionName: SemanticRule = {
  code: 'ceph.section-name',
  severity: 'warning',
  concept: 'ceph-daemons',
  description: 'a section no daemon reads: not global, mon, mgr, osd, mds, client or TYPE.ID (osd.3, mon.a, client.rgw.x)',
  check(ctx) {
    const out: Finding[] = [];
    for (const s of factsOf(ctx).flagged) if (s.local.name) out.push(s.local.name);
    return out;
  },
};

function badSectionName(s: Section): Finding | undefined {
  const name = s.name;
  if (skipValue(name) || name === 'global' || DAEMON_TYPES.has(name)) return undefined;
  const dot = name.indexOf('.');
  const type = dot < 0 ? name : name.slice(0, dot);
  const id = dot < 0 ? '' : name.slice(dot + 1);
  let why: string | undefined;
  if (!DAEMON_TYPES.has(type)) why = `'${type}' is no daemon type (mon, mgr, osd, mds, client)`;
  else if (!id || !/^[A-Za-z0-9_.:@-]+$/.test(id) || id.endsWith('.')) why = `'${id}' is not a valid ${type} id`;
  else if (type === 'osd' && !/^\d+$/.test(id)) why = `OSD ids are numbers (osd.3), not '${id}'`;
  if (!why) return undefined;
  return {
    node: s.node,
    message: `section [${name}] is never read: ${why}; Ceph reads [global], [TYPE] and [TYPE.ID] sections only, so its options have no effect`,
  };
}

function repeated(o: Option, first: Option, section: string): Finding {
  const as = first.node.keyword.trim() !== o.node.keyword.trim() ? ` as '${first.node.keyword.trim()}' (spaces, '_' and '-' are the same in option names)` : '';
  return {
    node: o.node,
    message: `'${o.node.keyword.trim()}' is already set in [${section}]${as}: Ceph keeps only the last value, the earlier one is ignored`,
    related: [{ node: first.node, message: `'${o.name}' first set here` }],
  };
}

export const duplicateKey: SemanticRule = {
  code: 'ceph.duplicate-key',
  severity: 'warning',
  description: "an option set twice in one section (spaces, '_' and '-' in names are the same)",
  check(ctx) {
    const out: Finding[] = [];
    // Sections seen so far by name: Ceph merges sections of the same name, so an option in the second [global]
    // repeats one of the first.
    const earlier = new Map<string, Section[]>();
    const f = factsOf(ctx);
    for (const s of f.flagged) for (const d of s.local.repeats) out.push(d);
    for (const s of f.sections) {
      const before = earlier.get(s.name);
      if (before) {
        for (const o of s.firsts.values()) {
          const first = before.map((b) => b.firsts.get(o.name)).find((x) => x);
          if (first) out.push(repeated(o, first, s.name));
        }
        before.push(s);
      } else earlier.set(s.name, [s]);
    }
    return out;
  },
};

function misplacedOptions(s: Section): Finding[] {
  const dot = s.name.indexOf('.');
  const type = dot < 0 ? s.name : s.name.slice(0, dot);
  if (!DAEMON_TYPES.has(type)) return [];
  const schema = loadSchema('ceph');
  const out: Finding[] = [];
  for (const o of s.options.values()) {
    const services = servicesOf(schema, o.name);
    if (!services || services.has(type)) continue;
    const readers = [...services].map((x) => TYPE_NAMES[x] ?? x).join(', ');
    out.push({
      node: o.node,
      message: `'${o.name}' is read by ${readers}, not by ${TYPE_NAMES[type]}: in [${s.name}] it has no effect (move it to [global] or to the section of the daemons that read it)`,
    });
  }
  return out;
}

export const daemonOption: SemanticRule = {
  code: 'ceph.daemon-option',
  severity: 'hint',
  concept: 'ceph-daemons',
  description: 'an option in the section of a daemon type that does not read it (an OSD option under [mon])',
  check(ctx) {
    const out: Finding[] = [];
    for (const s of factsOf(ctx).flagged) for (const f of s.local.daemon) out.push(f);
    return out;
  },
};

const AUTH_NONE: Record<string, string> = {
  auth_cluster_required: 'the daemons do not authenticate each other, so any host on the network can pose as a monitor or an OSD',
  auth_service_required: 'the daemons let clients in without CephX authentication, so anyone who reaches the public network can read and write the data',
  auth_client_required: "clients do not check the cluster's identity, which leaves them open to a man in the middle",
  auth_supported: 'CephX authentication is off for daemons and clients alike',
};

export const authNone: SemanticRule = {
  code: 'ceph.auth-none',
  severity: 'warning',
  concept: 'cephx',
  description: 'auth_cluster_required, auth_service_required, auth_client_required (or auth_supported) set to none',
  check(ctx) {
    const out: Finding[] = [];
    for (const s of factsOf(ctx).valued) {
      for (const name of ['auth_cluster_required', 'auth_service_required', 'auth_client_required', 'auth_supported']) {
        const o = s.options.get(name);
        if (!o || o.value.toLowerCase() !== 'none') continue;
        out.push({ node: o.node, arg: 0, message: `${name} = none: ${AUTH_NONE[name]} (set it to cephx)` });
      }
    }
    return out;
  },
};

export const poolSize: SemanticRule = {
  code: 'ceph.pool-size',
  severity: 'warning',
  concept: 'ceph-pg-pool',
  description: 'osd_pool_default_size below osd_pool_default_min_size, below 3, or min_size 1',
  check(ctx) {
    const f = factsOf(ctx);
    const out: Finding[] = [];
    for (const s of f.valued) {
      const sizeOpt = s.options.get('osd_pool_default_size');
      const minOpt = s.options.get('osd_pool_default_min_size');
      if (!sizeOpt && !minOpt) continue;
      const size = int(sizeOpt ?? globalOption(f, 'osd_pool_default_size'));
      const min = int(minOpt ?? globalOption(f, 'osd_pool_default_min_size'));
      if (sizeOpt && size !== undefined) {
        if (min && size < min) {
          out.push({
            node: sizeOpt.node,
            arg: 0,
            message: `osd_pool_default_size ${size} is below osd_pool_default_min_size ${min}: new pools could never have enough copies to accept writes`,
          });
        } else if (size < 3) {
          out.push({
            node: sizeOpt.node,
            arg: 0,
            message:
              size <= 1
                ? `osd_pool_default_size ${size}: new pools keep a single copy of each object, so losing one disk loses data`
                : `osd_pool_default_size ${size}: new pools keep two copies, so one failure leaves a single copy and a second one loses data (3 is the safe default)`,
          });
        }
      }
      if (minOpt && min === 1 && (size === undefined || size > 1)) {
        out.push({
          node: minOpt.node,
          arg: 0,
          message: 'osd_pool_default_min_size 1: pools keep accepting writes with a single copy left, which the next failure loses (the default is size - size/2)',
        });
      }
    }
    return out;
  },
};

export const pgNum: SemanticRule = {
  code: 'ceph.pg-num',
  severity: 'warning',
  concept: 'ceph-pg-pool',
  description: 'osd_pool_default_pg_num / pgp_num not a power of two, outside sensible bounds, or pgp_num different from pg_num',
  check(ctx) {
    const f = factsOf(ctx);
    const out: Finding[] = [];
    const warnPow2 = (monOption(f, 'mon_warn_on_pool_pg_num_not_power_of_two')?.value ?? 'true').toLowerCase();
    const pow2Matters = !/^(false|0|no|off)$/.test(warnPow2);
    const maxPool = int(monOption(f, 'mon_max_pool_pg_num')) ?? 65536;
    for (const s of f.valued) {
      for (const name of ['osd_pool_default_pg_num', 'osd_pool_default_pgp_num']) {
        const o = s.options.get(name);
        const n = int(o);
        if (!o || n === undefined) continue;
        if (name === 'osd_pool_default_pgp_num') {
          if (n === 0) continue; // 0: the same as pg_num
          const pg = int(s.options.get('osd_pool_default_pg_num') ?? globalOption(f, 'osd_pool_default_pg_num')) ?? 32;
          if (n !== pg) {
            out.push({
              node: o.node,
              arg: 0,
              message: `osd_pool_default_pgp_num ${n} differs from osd_pool_default_pg_num ${pg}: ${n < pg ? 'the extra placement groups are created but their data is not spread over the OSDs' : 'pgp_num cannot exceed pg_num'} (set both alike, or leave pgp_num out)`,
            });
            continue;
          }
        }
        if (n < 1 || n > maxPool) {
          out.push({ node: o.node, arg: 0, message: `${name} ${n} is outside 1..${maxPool} (mon_max_pool_pg_num): the monitors refuse to create such a pool` });
        } else if (pow2Matters && (n & (n - 1)) !== 0) {
          const lo = 2 ** Math.floor(Math.log2(n));
          out.push({
            node: o.node,
            arg: 0,
            message: `${name} ${n} is not a power of two: placement groups then hold unequal shares of the data, and Ceph raises POOL_PG_NUM_NOT_POWER_OF_TWO (use ${lo} or ${lo * 2})`,
          });
        } else if (name === 'osd_pool_default_pg_num' && (n < 32 || n > 4096)) {
          out.push({
            node: o.node,
            arg: 0,
            severity: 'hint',
            message: `${name} ${n}: the course notes recommend 32, 64 or 128 placement groups per pool, depending on the number of OSDs (the pg autoscaler adjusts pools afterwards)`,
          });
        }
      }
    }
    return out;
  },
};

export const networks: SemanticRule = {
  code: 'ceph.networks',
  severity: 'information',
  concept: 'ceph-networks',
  description: 'a cluster_network equal to the public_network, or set without one',
  check(ctx) {
    const f = factsOf(ctx);
    const out: Finding[] = [];
    for (const s of f.valued) {
      const cluster = s.options.get('cluster_network');
      if (!cluster || skipValue(cluster.value)) continue;
      const pub = s.options.get('public_network') ?? globalOption(f, 'public_network');
      if (!pub) {
        out.push({
          node: cluster.node,
          severity: 'warning',
          message: 'cluster_network without public_network: the daemons pick their public address from whatever network the host name resolves to, which may well be the cluster network',
        });
        continue;
      }
      const norm = (v: string) => v.split(/[\s,;]+/).filter(Boolean).map((x) => x.toLowerCase()).sort().join(',');
      if (parseNetworks(cluster.value) && norm(cluster.value) === norm(pub.value)) {
        out.push({
          node: cluster.node,
          arg: 0,
          message: 'cluster_network is the same as public_network: replication and recovery traffic shares the clients\' network anyway, so the setting has no effect (give it a separate network, or leave it out)',
          related: [{ node: pub.node, message: 'public_network' }],
        });
      }
    }
    return out;
  },
};

export const monHost: SemanticRule = {
  code: 'ceph.mon-host',
  severity: 'warning',
  concept: 'ceph-daemons',
  description: 'mon_host with a monitor listed twice, v1/v2 ports swapped, an address outside public_network, or two monitors',
  check(ctx) {
    const f = factsOf(ctx);
    const out: Finding[] = [];
    for (const s of f.valued) {
      const o = s.options.get('mon_host');
      if (!o || skipValue(o.value)) continue;
      const mons = parseMonHost(o.value);
      if (!mons?.length) continue; // malformed: the value check says so
      const seen = new Set<string>();
      for (const mon of mons) {
        for (const a of mon) {
          const key = `${a.type}|${a.host.toLowerCase()}|${a.port ?? ''}`;
          if (seen.has(key)) out.push({ node: o.node, arg: 0, message: `mon_host lists ${a.host}${a.port ? `:${a.port}` : ''} twice: clients take it for two monitors` });
          seen.add(key);
          if ((a.type === 'v2' && a.port === 6789) || (a.type === 'v1' && a.port === 3300)) {
            out.push({
              node: o.node,
              arg: 0,
              message: `mon_host has ${a.type}:${a.host}:${a.port}: the ${a.type} protocol listens on ${a.type === 'v2' ? 3300 : 6789} by default (v2 on 3300, v1 on 6789), so clients will not reach the monitor there`,
            });
          }
        }
      }
      const pub = s.options.get('public_network') ?? globalOption(f, 'public_network');
      const nets = pub ? parseNetworks(pub.value) : undefined;
      if (nets?.length) {
        for (const mon of mons) {
          for (const a of mon) {
            const bits = ipBits(a.host);
            if (!bits || nets.some((n) => inNetwork(bits, n))) continue;
            out.push({
              node: o.node,
              arg: 0,
              concept: 'ceph-networks',
              message: `monitor address ${a.host} is outside public_network ${pub!.value}: monitors bind on the public network, so clients and daemons will not find this one`,
              related: [{ node: pub!.node, message: 'public_network' }],
            });
          }
        }
      }
      if (mons.length === 2) {
        out.push({
          node: o.node,
          arg: 0,
          concept: 'quorum',
          message: 'mon_host lists two monitors: they need both to form a majority, so either failing stops the cluster, worse than one (run 3 or 5)',
        });
      } else if (mons.length > 2 && mons.length % 2 === 0) {
        out.push({
          node: o.node,
          arg: 0,
          concept: 'quorum',
          severity: 'information',
          message: `mon_host lists ${mons.length} monitors: an even count tolerates no more failures than ${mons.length - 1} (monitors need a majority)`,
        });
      }
    }
    return out;
  },
};

export const fsid: SemanticRule = {
  code: 'ceph.fsid',
  severity: 'warning',
  concept: 'ceph-fsid',
  description: 'an all-zero fsid, or different fsids in different sections',
  check(ctx) {
    const out: Finding[] = [];
    let first: Option | undefined;
    for (const s of factsOf(ctx).valued) {
      const o = s.options.get('fsid');
      if (!o || skipValue(o.value)) continue;
      const v = o.value.toLowerCase().replace(/^\{|\}$/g, '');
      if (/^[0-]+$/.test(v) && v.length >= 32) {
        out.push({ node: o.node, arg: 0, message: 'fsid is the all-zero UUID: it identifies no cluster (generate one with uuidgen)' });
      }
      if (!first) first = o;
      else if (first.value.toLowerCase() !== o.value.toLowerCase()) {
        out.push({
          node: o.node,
          arg: 0,
          message: `fsid ${o.value} differs from the fsid ${first.value} set earlier: the daemons of [${s.name}] would look for another cluster`,
          related: [{ node: first.node, message: 'the first fsid' }],
        });
      }
    }
    return out;
  },
};

/** Options still known but on their way out (the schema data does not flag deprecations for Ceph). */
const DEPRECATED: { test: (o: Option) => boolean; message: (o: Option) => string }[] = [
  {
    test: (o) => o.name === 'auth_supported',
    message: () => "'auth_supported' is deprecated: set auth_cluster_required, auth_service_required and auth_client_required instead",
  },
  {
    test: (o) => o.name === 'osd_objectstore' && o.value.toLowerCase() === 'filestore',
    message: () => 'osd_objectstore = filestore: FileStore is deprecated since Quincy; new OSDs should use bluestore (the default)',
  },
  {
    test: (o) => o.name === 'rgw_frontends' && /^\s*civetweb\b/i.test(o.value),
    message: () => "rgw_frontends civetweb: the civetweb frontend is deprecated; use 'beast', the default (e.g. beast port=7480)",
  },
];

const FILESTORE = /^(filestore_|osd_journal(_size)?$)/;

export const deprecated: SemanticRule = {
  code: 'ceph.deprecated',
  severity: 'warning',
  description: 'deprecated options and values: auth_supported, FileStore options (one warning, the rest hints), the civetweb frontend',
  check(ctx) {
    const out: Finding[] = [];
    const filestore: Option[] = [];
    for (const s of factsOf(ctx).flagged) {
      for (const d of s.local.deprecated) out.push(d);
      for (const o of s.local.filestore) filestore.push(o);
    }
    // FileStore tuning comes in dozens of options: one warning says it, the others are hints.
    filestore.forEach((o, i) =>
      out.push({
        node: o.node,
        severity: i ? 'hint' : undefined,
        message:
          i === 0
            ? `'${o.name}'${filestore.length > 1 ? ` (and ${filestore.length - 1} more FileStore option${filestore.length > 2 ? 's' : ''} in this file)` : ''} configures FileStore, deprecated since Quincy: OSDs should use BlueStore, which ignores these options`
            : `'${o.name}' configures FileStore, deprecated since Quincy`,
        data: { deprecated: true },
      }),
    );
    return out;
  },
};

export const cephSemantic: readonly SemanticRule[] = [
  sectionName,
  duplicateKey,
  daemonOption,
  fsid,
  monHost,
  networks,
  authNone,
  poolSize,
  pgNum,
  deprecated,
];
