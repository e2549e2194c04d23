/**
 * DRBD semantic checks: what a drbd.conf / *.res whose statements are all known can still get wrong. Where
 * `drbdadm dump` (drbd-utils 9.22) refuses the configuration the finding is an error: a minor, device or address
 * used twice, a resource defined twice, node-ids missing where DRBD 9 needs them. What it accepts but that puts data
 * at risk (dual-primary on an asynchronous protocol or without fencing, a resource with one host, a relative disk
 * path) is a warning.
 *
 * Each resource's facts are worked out once per top-level node (ctx.memo): an edit inside one resource re-reads
 * only that resource.
 */
import type { ConfigNode } from '../../service/model';
import type { Finding, SemanticContext, SemanticRule } from '../../service/features/semantic';
import { skipValue } from '../../service/values/specs';

type HostKind = 'on' | 'floating' | 'stacked-on-top-of';
const HOST_KINDS = new Set<string>(['on', 'floating', 'stacked-on-top-of']);

interface Device {
  node: ConfigNode;
  minor?: number;
  path?: string;
}

interface Host {
  node: ConfigNode;
  kind: HostKind;
  /** What identifies the host across resources: the `on` names, the floating address, the lower resource. */
  keys: string[];
  label: string;
  nodeId?: ConfigNode;
  address?: ConfigNode;
  /** Volume number -> device (a `device` directly in the host is volume 0). */
  devices: Map<string, Device>;
}

interface Resource {
  node: ConfigNode;
  name: string;
  hosts: Host[];
  /** Volume number -> device, from the resource level (applies to every `on` host that does not override it). */
  devices: Map<string, Device>;
  /** Host names a connection-mesh or connection lists. */
  listedHosts: Set<string>;
  mesh?: ConfigNode;
  connections: number;
  /** `device`, `disk`, `meta-disk` and `flexible-meta-disk` directives anywhere in the resource. */
  paths: ConfigNode[];
  replication: Replication;
  /** What the resource takes on each host: minors and device paths (`minor:HOST:N`, `path:HOST:/dev/x`). */
  deviceClaims: { id: string; what: string; host: string; node: ConfigNode }[];
  /** The address:port each host listens on. */
  addressClaims: { key: string; node: ConfigNode; arg: number }[];
}

/** The replication settings of a resource or of `common`: the last value of each, and where. */
interface Replication {
  twoPrimaries?: ConfigNode;
  protocols: ConfigNode[];
  fencing?: ConfigNode;
}

/** The first argument with quotes removed (DRBD's `;` is outside the statement). */
const arg0 = (n: ConfigNode | undefined) => (n && n.argCount ? n.argValue(0) : undefined);

/** A `device` statement drbdadm reads as one: `device "...` with a quote never closed is skipped. */
const isDevice = (n: ConfigNode) => n.keyword === 'device' && n.kind === 'directive' && !(n.argCount && /^"([^"\\\n]|\\.)*$/.test(n.argText(0)));

/** A `device` statement: `minor N`, `/dev/drbdN`, or `/dev/name minor N`. */
function parseDevice(n: ConfigNode): Device {
  const words: string[] = [];
  for (let i = 0; i < n.argCount; i++) words.push(n.argValue(i));
  const dev: Device = { node: n };
  const mi = words.indexOf('minor');
  if (mi >= 0 && /^\d+$/.test(words[mi + 1] ?? '')) dev.minor = Number(words[mi + 1]);
  const path = words.find((w, i) => w !== 'minor' && !(mi >= 0 && i === mi + 1));
  if (path) {
    dev.path = path;
    const m = /^\/dev\/drbd(\d+)$/.exec(path);
    if (m && dev.minor === undefined) dev.minor = Number(m[1]);
  }
  return dev;
}

const isYes = (n: ConfigNode) => n.argCount === 0 || /^(yes|on|true)$/i.test(n.argValue(0));

/** Reads the replication settings of `net`, `disk` and 8.4-style resource-level statements into `r`. */
function readReplication(block: ConfigNode, r: Replication): void {
  for (const c of block.children) {
    if (c.kind === 'directive') {
      if (c.keyword === 'allow-two-primaries') r.twoPrimaries = c;
      else if (c.keyword === 'protocol') r.protocols.push(c);
      else if (c.keyword === 'fencing') r.fencing = c;
    } else if (c.keyword === 'net' || c.keyword === 'disk' || c.keyword === 'connection' || c.keyword === 'connection-mesh') {
      readReplication(c, r);
    }
  }
}

function readDevices(block: ConfigNode, into: Map<string, Device>, paths: ConfigNode[]): void {
  for (const c of block.children) {
    if (c.kind === 'directive') {
      if (isDevice(c)) into.set('0', parseDevice(c));
      if (c.keyword === 'device' || c.keyword === 'disk' || c.keyword === 'meta-disk' || c.keyword === 'flexible-meta-disk') paths.push(c);
    } else if (c.keyword === 'volume') {
      const vol = arg0(c) ?? '0';
      for (const v of c.children) {
        if (v.kind !== 'directive') continue;
        if (isDevice(v)) into.set(vol, parseDevice(v));
        if (v.keyword === 'device' || v.keyword === 'disk' || v.keyword === 'meta-disk' || v.keyword === 'flexible-meta-disk') paths.push(v);
      }
    }
  }
}

function resourceFacts(node: ConfigNode): Resource {
  const res: Resource = {
    node,
    name: arg0(node) ?? '',
    hosts: [],
    devices: new Map(),
    listedHosts: new Set(),
    connections: 0,
    paths: [],
    replication: { protocols: [] },
    deviceClaims: [],
    addressClaims: [],
  };
  readDevices(node, res.devices, res.paths);
  readReplication(node, res.replication);
  for (const c of node.children) {
    if (c.kind === 'block' && HOST_KINDS.has(c.keyword)) {
      const kind = c.keyword as HostKind;
      const names: string[] = [];
      for (let i = 0; i < c.argCount; i++) names.push(c.argValue(i));
      const keys = kind === 'on' ? names : kind === 'floating' ? names.map((a) => `floating ${a.toLowerCase()}`) : names.map((r) => `stacked-on-top-of ${r}`);
      const host: Host = { node: c, kind, keys, label: `${kind} ${names.join(' ')}`.trim(), devices: new Map() };
      for (const h of c.children) {
        if (h.kind !== 'directive') continue;
        if (h.keyword === 'node-id') host.nodeId = h;
        else if (h.keyword === 'address') host.address = h;
      }
      readDevices(c, host.devices, res.paths);
      res.hosts.push(host);
    } else if (c.kind === 'block' && (c.keyword === 'connection-mesh' || c.keyword === 'connection')) {
      if (c.keyword === 'connection-mesh') res.mesh ??= c;
      else res.connections++;
      for (const d of c.children) {
        if (d.kind === 'directive' && (d.keyword === 'hosts' || d.keyword === 'host')) {
          const n = d.keyword === 'host' ? Math.min(1, d.argCount) : d.argCount;
          for (let i = 0; i < n; i++) res.listedHosts.add(d.argValue(i));
        }
      }
    }
  }
  for (const h of res.hosts) {
    // The host's own volumes over the resource's, volume by volume.
    const devices = new Map(res.devices);
    for (const [vol, d] of h.devices) devices.set(vol, d);
    for (const key of h.keys) {
      const host = h.kind === 'on' ? `host ${key}` : key;
      for (const d of devices.values()) {
        if (d.minor !== undefined) res.deviceClaims.push({ id: `minor:${key}:${d.minor}`, what: `minor ${d.minor}`, host, node: d.node });
        if (d.path && !skipValue(d.path)) res.deviceClaims.push({ id: `path:${key}:${d.path}`, what: `device ${d.path}`, host, node: d.node });
      }
    }
    if (h.address) {
      const k = addressKey(h.address);
      if (k) res.addressClaims.push({ key: k, node: h.address, arg: h.address.argCount - 1 });
    }
    if (h.kind === 'floating' && h.node.argCount) {
      const v = h.node.argValue(0);
      if (!skipValue(v)) res.addressClaims.push({ key: v.toLowerCase(), node: h.node, arg: 0 });
    }
  }
  return res;
}

function commonFacts(node: ConfigNode): Replication {
  const r: Replication = { protocols: [] };
  readReplication(node, r);
  return r;
}

interface FileFacts {
  resources: Resource[];
  common?: Replication;
}

const perRun = new WeakMap<SemanticContext, FileFacts>();
function factsOf(ctx: SemanticContext): FileFacts {
  let f = perRun.get(ctx);
  if (f) return f;
  f = { resources: [] };
  for (const top of ctx.model.nodes) {
    if (top.kind !== 'block') continue;
    if (top.keyword === 'resource' && top.type !== 'skip_block') f.resources.push(ctx.memo('drbd.resource', top, resourceFacts));
    else if (top.keyword === 'common') f.common = ctx.memo('drbd.common', top, commonFacts);
  }
  perRun.set(ctx, f);
  return f;
}

/** The `address` key drbdadm compares: the address and port, lower case, without the address family. */
function addressKey(n: ConfigNode): string | undefined {
  if (!n.argCount) return undefined;
  const v = n.argValue(n.argCount - 1);
  if (skipValue(v)) return undefined;
  return v.toLowerCase();
}

/** The findings of a rule that looks at one resource at a time, kept per resource node. */
function perResource(ctx: SemanticContext, code: string, fn: (r: Resource) => Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const r of factsOf(ctx).resources) for (const f of ctx.memo(code, r.node, () => fn(r))) out.push(f);
  return out;
}

export const hostCount: SemanticRule = {
  code: 'drbd.hosts',
  severity: 'warning',
  concept: 'drbd',
  description: 'a resource with fewer than two hosts (on, floating, stacked-on-top-of, connection hosts)',
  check(ctx) {
    return perResource(ctx, 'drbd.hosts', (r) => {
      const out: Finding[] = [];
      const names = new Set<string>(r.listedHosts);
      for (const h of r.hosts) for (const k of h.keys) names.add(k);
      if (names.size >= 2) return out;
      out.push({
        node: r.node,
        message:
          names.size === 0
            ? `resource ${r.name} names no host (no 'on', 'floating' or 'stacked-on-top-of' section): DRBD has nowhere to replicate it`
            : `resource ${r.name} has only one host: DRBD mirrors a device between two or more hosts, so nothing is replicated`,
      });
      return out;
    });
  },
};

export const duplicateDevice: SemanticRule = {
  code: 'drbd.duplicate-device',
  severity: 'error',
  concept: 'drbd',
  description: 'a minor number or device path used twice on one host (across the resources of the file, or the volumes of one)',
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Map<string, { node: ConfigNode; res: string }>();
    for (const r of factsOf(ctx).resources) {
      let reported: Set<ConfigNode> | undefined;
      for (const c of r.deviceClaims) {
        const first = seen.get(c.id);
        if (!first) {
          seen.set(c.id, { node: c.node, res: r.name });
          continue;
        }
        if (first.node === c.node || reported?.has(c.node)) continue;
        (reported ??= new Set()).add(c.node);
        out.push({
          node: c.node,
          message: `${c.what} on ${c.host} is already used by ${first.res === r.name ? `another volume of resource ${r.name}` : `resource ${first.res}`}: drbdadm refuses two devices with one minor or path on a host`,
          related: [{ node: first.node, message: `${c.what} first used here` }],
        });
      }
    }
    return out;
  },
};

export const duplicateAddress: SemanticRule = {
  code: 'drbd.duplicate-address',
  severity: 'error',
  concept: 'drbd-port',
  description: 'an address:port that two hosts or two resources use',
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Map<string, { node: ConfigNode; res: string }>();
    for (const r of factsOf(ctx).resources) {
      for (const { key, node, arg } of r.addressClaims) {
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { node, res: r.name });
          continue;
        }
        out.push({
          node,
          arg,
          message: `${key} is already used by ${first.res === r.name ? `another host of resource ${r.name}` : `resource ${first.res}`}: each host of each resource needs its own address:port (drbdadm refuses the duplicate; the convention is one port per resource from 7788 up)`,
          related: [{ node: first.node, message: `${key} first used here` }],
        });
      }
    }
    return out;
  },
};

export const nodeIds: SemanticRule = {
  code: 'drbd.node-id',
  severity: 'error',
  concept: 'drbd',
  description: 'node-id missing where DRBD 9 needs it (more than two hosts, a connection-mesh, one host, or some hosts with it), or used twice',
  check(ctx) {
    return perResource(ctx, 'drbd.node-id', (r) => {
      const out: Finding[] = [];
      if (!r.hosts.length) return out;
      const ons = r.hosts.filter((h) => h.kind === 'on');
      const some = r.hosts.some((h) => h.nodeId);
      let why: string | undefined;
      if (some) why = 'other hosts of the resource have one';
      else if (ons.length > 2) why = `the resource has ${ons.length} hosts`;
      else if (r.mesh) why = 'the resource has a connection-mesh';
      else if (r.hosts.length === 1) why = 'the resource has a single host';
      else if (r.connections) why = 'the resource has connection sections (drbdadm only makes up node-ids for the implicit connection of two hosts)';
      else if (r.hosts.length === 2 && !opaque(r.node) && r.hosts.some((h) => h.kind !== 'floating' && !h.address && !opaque(h.node))) {
        why = 'a host has no address, so drbdadm cannot make them up from the two addresses';
      }
      const seen = new Map<string, ConfigNode>();
      for (const h of r.hosts) {
        if (!h.nodeId) {
          if (why) out.push({ node: h.node, message: `${h.label} has no node-id, which DRBD 9 needs because ${why}: drbdadm refuses the resource` });
          continue;
        }
        const id = arg0(h.nodeId) ?? '';
        const first = seen.get(id);
        if (first) {
          out.push({
            node: h.nodeId,
            arg: 0,
            message: `node-id ${id} is also another host's in resource ${r.name}: every host of a resource needs its own node-id`,
            related: [{ node: first, message: `node-id ${id} first given here` }],
          });
        } else seen.set(id, h.nodeId);
      }
      return out;
    });
  },
};

export const meshNeeded: SemanticRule = {
  code: 'drbd.connections',
  severity: 'warning',
  concept: 'drbd',
  description: "more than two 'on' hosts without a connection-mesh or connection sections",
  check(ctx) {
    return perResource(ctx, 'drbd.connections', (r) => {
      const out: Finding[] = [];
      const ons = r.hosts.filter((h) => h.kind === 'on').length;
      if (ons > 2 && !r.mesh && !r.connections) {
        out.push({
          node: r.node,
          message: `resource ${r.name} has ${ons} hosts but no connection-mesh or connection sections: drbdadm asks for them, as it cannot tell which hosts replicate to which`,
        });
      }
      return out;
    });
  },
};

export const dualPrimary: SemanticRule = {
  code: 'drbd.dual-primary',
  severity: 'warning',
  concept: 'drbd-protocols',
  description: 'allow-two-primaries without protocol C, or without fencing resource-and-stonith',
  check(ctx) {
    const f = factsOf(ctx);
    const out: Finding[] = [];
    const reported = new Set<ConfigNode>();
    const report = (finding: Finding) => {
      if (reported.has(finding.node)) return;
      reported.add(finding.node);
      out.push(finding);
    };
    const judge = (own: Replication, label: string, header: ConfigNode, common?: Replication) => {
      const two = own.twoPrimaries ?? common?.twoPrimaries;
      if (!two || !isYes(two)) return;
      // A resource that inherits the setting from 'common' is reported at its own header.
      const at = own.twoPrimaries ? two : header;
      const protocols = own.protocols.length ? own.protocols : (common?.protocols ?? []);
      const weak = protocols.find((p) => /^[ab]$/i.test(arg0(p) ?? ''));
      if (weak) {
        report({
          node: weak,
          arg: 0,
          message: `${label} allows two primaries over protocol ${arg0(weak)}: with both nodes writing, only synchronous protocol C keeps the two copies consistent`,
          related: [{ node: two, message: 'allow-two-primaries' }],
        });
      }
      const fencing = own.fencing ?? common?.fencing;
      if (arg0(fencing) !== 'resource-and-stonith') {
        const shared = ctx.workspace?.shared === true && !fencing;
        report({
          node: at,
          concept: 'fencing',
          severity: shared ? 'information' : undefined,
          message: `${label} allows two primaries ${fencing ? `with fencing ${arg0(fencing)}` : 'without fencing'}: dual-primary needs 'fencing resource-and-stonith;' (in net, or disk for DRBD 8.4) and a fence-peer handler, or a split brain corrupts the data${shared ? " (unless the 'common' section of another file of the set sets it)" : ''}`,
        });
      }
    };
    for (const r of f.resources) judge(r.replication, `resource ${r.name}`, r.node, f.common);
    const common = ctx.model.nodes.find((n) => n.kind === 'block' && n.keyword === 'common');
    if (f.common?.twoPrimaries && common && !f.resources.length) judge(f.common, "'common'", common);
    return out;
  },
};

export const paths: SemanticRule = {
  code: 'drbd.path',
  severity: 'warning',
  concept: 'drbd',
  description: "device, disk or meta-disk paths that are not absolute ('none', 'internal' and 'minor N' aside)",
  check(ctx) {
    return perResource(ctx, 'drbd.path', (r) => {
      const out: Finding[] = [];
      for (const p of r.paths) {
        if (!p.argCount) continue;
        const v = p.argValue(0);
        if (skipValue(v) || v.startsWith('/')) continue;
        if (p.keyword === 'device' && v === 'minor') continue;
        if (p.keyword === 'disk' && v === 'none') continue;
        if ((p.keyword === 'meta-disk' || p.keyword === 'flexible-meta-disk') && v === 'internal') continue;
        const hint =
          p.keyword === 'device'
            ? `'/dev/drbdN' or 'minor N'`
            : p.keyword === 'disk'
              ? `an absolute path such as /dev/sdb1, or 'none' for a diskless node`
              : `'internal' or an absolute path`;
        out.push({ node: p, arg: 0, message: `${p.keyword} '${v}' is not an absolute path: DRBD opens it as given, which is not the block device you mean (use ${hint})` });
      }
      return out;
    });
  },
};

export const duplicateResource: SemanticRule = {
  code: 'drbd.duplicate-resource',
  severity: 'error',
  concept: 'drbd',
  description: 'a resource name defined twice, in this file or in another file of the configuration set',
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Map<string, ConfigNode>();
    const elsewhere = ctx.workspace?.definitions('resource').filter((d) => d.uri !== ctx.uri) ?? [];
    for (const r of factsOf(ctx).resources) {
      if (!r.name || skipValue(r.name)) continue;
      const first = seen.get(r.name);
      if (first) {
        out.push({
          node: r.node,
          arg: 0,
          message: `resource ${r.name} is defined twice in this file: drbdadm refuses the configuration`,
          related: [{ node: first, message: `resource ${r.name} first defined here` }],
        });
        continue;
      }
      seen.set(r.name, r.node);
      const other = elsewhere.find((d) => d.name === r.name);
      if (other) {
        out.push({
          node: r.node,
          arg: 0,
          message: `resource ${r.name} is also defined in ${other.uri.replace(/^.*\//, '')}, which drbdadm reads with this file: it refuses the configuration`,
          related: [{ uri: other.uri, range: other.range, message: `resource ${r.name} defined here too` }],
        });
      }
    }
    return out;
  },
};

/** Whether a block (or a `volume` in it) has a `keyword` statement. */
function states(block: ConfigNode, keyword: string): boolean {
  const is = (n: ConfigNode) => n.kind === 'directive' && n.keyword === keyword && (keyword !== 'device' || isDevice(n));
  for (const c of block.children) {
    if (is(c)) return true;
    if (c.keyword === 'volume' && c.children.some(is)) return true;
  }
  return false;
}

const hasVolumes = (block: ConfigNode) => block.children.some((c) => c.keyword === 'volume' && c.kind !== 'directive');

/** Whether a block holds what haconf cannot see into (an include, a part the grammar skipped). */
const opaque = (block: ConfigNode) => block.children.some((c) => c.keyword === 'include' || c.type === 'skip_block');

export const hostStorage: SemanticRule = {
  code: 'drbd.host-storage',
  severity: 'error',
  concept: 'drbd',
  description: "an 'on' host with no 'device' or no 'disk', neither its own nor the resource's",
  check(ctx) {
    return perResource(ctx, 'drbd.host-storage', (r) => {
      const out: Finding[] = [];
      if (opaque(r.node)) return out;
      for (const h of r.hosts) {
        // drbdadm 9.22 takes a `volume` without `disk` (diskless): only hosts without volumes are judged.
        if (h.kind !== 'on' || opaque(h.node) || hasVolumes(h.node) || hasVolumes(r.node)) continue;
        const missing = ['device', 'disk'].filter((k) => !states(h.node, k) && !states(r.node, k));
        if (!missing.length) continue;
        out.push({
          node: h.node,
          message: `${h.label} in resource ${r.name} has no ${missing.map((m) => `'${m}'`).join(' and no ')} (here or at the resource level): drbdadm rejects the resource ("'${missing[0]}' keyword missing"); write 'disk none' for a diskless host`,
        });
      }
      return out;
    });
  },
};


// ---- what drbdadm's parser and post-parse checks refuse in the structure of one resource ----

/** drbdadm's host-name comparison: equal ignoring case, and a short name matches the same host with a domain. */
export function hostnamesEqual(a: string, b: string): boolean {
  const da = a.indexOf('.');
  const db = b.indexOf('.');
  if (da >= 0 && db >= 0) return a.toLowerCase() === b.toLowerCase();
  const la = da < 0 ? a.length : da;
  const lb = db < 0 ? b.length : db;
  return la === lb && a.slice(0, la).toLowerCase() === b.slice(0, lb).toLowerCase();
}

/** The statements drbdadm allows once per host name in a resource (its "conflicting use of ... statement"). */
const ONCE_PER_HOST: Record<string, string> = {
  disk: 'disk statement',
  device: 'device statement',
  'meta-disk': 'meta-disk statement',
  'flexible-meta-disk': 'meta-disk statement',
  address: 'address statement',
  'node-id': 'node-id statement',
};
/** The sections and statements drbdadm allows once at the resource level. */
const ONCE_PER_RESOURCE: Record<string, { kind: 'block' | 'directive'; what: string }> = {
  protocol: { kind: 'directive', what: 'protocol statement' },
  device: { kind: 'directive', what: 'device statement' },
  disk: { kind: 'block', what: 'disk section' },
  net: { kind: 'block', what: 'net section' },
  syncer: { kind: 'block', what: 'syncer section' },
  startup: { kind: 'block', what: 'startup section' },
  handlers: { kind: 'block', what: 'handlers section' },
  proxy: { kind: 'block', what: 'proxy section' },
  options: { kind: 'block', what: 'resource options section' },
};
/** The statements that name one endpoint of a connection or path. */
const ENDPOINTS = new Set(['host', 'address', '_this_host', '_remote_host']);

export const duplicateStatement: SemanticRule = {
  code: 'drbd.duplicate-statement',
  severity: 'error',
  concept: 'drbd',
  description: "a section or statement given twice where drbdadm takes it once (a host's disk, device, meta-disk, address or node-id; a resource's net, disk, startup... section; a connection's net), or a connection or path without exactly two endpoints",
  check(ctx) {
    return perResource(ctx, 'drbd.duplicate-statement', (r) => {
      const out: Finding[] = [];
      if (opaque(r.node)) return out;
      const seen = new Map<string, ConfigNode>();
      const once = (key: string, node: ConfigNode, what: string, where: string) => {
        const first = seen.get(key);
        if (!first) {
          seen.set(key, node);
          return;
        }
        out.push({
          node,
          message: `${what} given twice ${where}: drbdadm takes it once ("conflicting use of ${what}")`,
          related: [{ node: first, message: `first given here` }],
        });
      };
      for (const c of r.node.children) {
        const rule = ONCE_PER_RESOURCE[c.keyword];
        if (rule && rule.kind === (c.kind === 'block' ? 'block' : 'directive')) once(`res:${c.keyword === 'device' ? 'device' : rule.what}`, c, rule.what, `in resource ${r.name}`);
      }
      for (const h of r.hosts) {
        if (opaque(h.node)) continue;
        const names = h.kind === 'on' ? h.keys : [];
        for (const name of names) once(`host:${name.toLowerCase()}`, h.node, `host section '${name}'`, `in resource ${r.name}`);
        const ids = new Map<string, ConfigNode>();
        for (const c of h.node.children) {
          const what = ONCE_PER_HOST[c.keyword];
          if (what && (c.kind === 'directive' || c.keyword === 'disk')) for (const name of names) once(`${name.toLowerCase()}:${what}`, c, what, `for host ${name}`);
          // A volume's device given twice with the same minor or name: drbdadm registers both for the host.
          if (names.length && c.keyword === 'volume' && c.kind === 'block') {
            const devs = new Map<string, ConfigNode>();
            for (const d of c.children) {
              if (d.keyword !== 'device' || d.kind !== 'directive') continue;
              const dev = parseDevice(d);
              for (const key of [dev.minor !== undefined ? `minor ${dev.minor}` : '', dev.path ? `device ${dev.path}` : ''].filter(Boolean)) {
                const first = devs.get(key);
                if (first) {
                  out.push({ node: d, message: `${key} given twice in volume ${c.argCount ? c.argValue(0) : ''} of ${h.label}: drbdadm refuses it ("conflicting use of device-minor")`, related: [{ node: first, message: 'first given here' }] });
                  break;
                }
                devs.set(key, d);
              }
            }
          }
          // Without host names (stacked-on-top-of, floating), drbdadm still refuses one node-id given twice.
          if (!names.length && c.keyword === 'node-id' && c.kind === 'directive' && c.argCount) {
            const v = c.argValue(0);
            const first = ids.get(v);
            if (first) out.push({ node: c, message: `node-id ${v} given twice in ${h.label}: drbdadm refuses it ("conflicting use of node-id")`, related: [{ node: first, message: 'first given here' }] });
            else ids.set(v, c);
          }
        }
      }
      for (const c of r.node.children) {
        if (c.kind !== 'block' || (c.keyword !== 'connection' && c.keyword !== 'connection-mesh') || opaque(c)) continue;
        const nets = c.children.filter((n) => n.keyword === 'net' && n.kind === 'block');
        for (const n of nets.slice(1)) {
          out.push({ node: n, message: `a second 'net' section in this ${c.keyword}: drbdadm allows one`, related: [{ node: nets[0], message: 'first net section' }] });
        }
        if (c.keyword !== 'connection') continue;
        const direct = c.children.filter((n) => ENDPOINTS.has(n.keyword));
        const paths = c.children.filter((n) => n.keyword === 'path' && n.kind === 'block');
        const judge = (list: ConfigNode[], at: ConfigNode, what: string) => {
          if (list.length > 2) out.push({ node: list[2], message: `a third endpoint in this ${what}: drbdadm allows two 'host' lines per ${what}` });
          else if (list.length < 2) out.push({ node: at, message: `this ${what} has ${list.length ? 'only one endpoint' : 'no endpoint'}: drbdadm needs two 'host' lines (one per side)` });
        };
        if (direct.length) judge(direct, c, 'connection');
        for (const p of paths) if (!opaque(p)) judge(p.children.filter((n) => ENDPOINTS.has(n.keyword)), p, 'path');
        if (!direct.length && !paths.length) out.push({ node: c, message: `this connection names no endpoint: drbdadm refuses a connection without a path or 'host' lines` });
      }
      return out;
    });
  },
};

/** The names drbdadm knows a resource's hosts by: `on` names, `_this_host`, a floating host's `address_port`, and
 * for `stacked-on-top-of LOWER` the hosts of the lower resource; undefined when a name cannot be worked out here
 * (a lower resource that is not in this file, a part haconf cannot see into). */
function knownHosts(r: Resource, all: readonly Resource[]): string[] | undefined {
  const out: string[] = [];
  for (const h of r.hosts) {
    if (h.kind === 'on') out.push(...h.keys);
    else if (h.kind === 'floating') {
      const v = h.node.argCount ? h.node.argValue(h.node.argCount - 1) : '';
      out.push(v.replace(/^\[([^\]]*)\]/, '$1').replace(/[^0-9A-Za-z+._-]/g, '_'));
    } else {
      const lower = all.find((x) => x.name === (h.node.argCount ? h.node.argValue(0) : ''));
      if (!lower || opaque(lower.node)) return undefined;
      for (const lh of lower.hosts) if (lh.kind === 'on') out.push(...lh.keys);
    }
  }
  if (r.node.children.some((c) => c.keyword === '_this_host')) out.push('_this_host');
  return out;
}

export const connectionHost: SemanticRule = {
  code: 'drbd.connection-host',
  severity: 'error',
  concept: 'drbd',
  description: "a 'host NAME' of a connection or path, or a name in a connection-mesh's 'hosts', that no host section of the resource has",
  check(ctx) {
    const all = factsOf(ctx).resources;
    const out: Finding[] = [];
    for (const r of all) {
      if (opaque(r.node) || r.hosts.some((h) => opaque(h.node))) continue;
      // A stacked resource depends on its lower resource: worked out afresh; the others once per resource node.
      const stacked = r.hosts.some((h) => h.kind === 'stacked-on-top-of');
      const find = () => {
        const found: Finding[] = [];
        const known = knownHosts(r, all);
        if (!known) return found;
        const has = (name: string) => known.some((k) => hostnamesEqual(k, name));
        const visit = (block: ConfigNode, where: string) => {
          for (const c of block.children) {
            if (c.keyword === 'host' && c.argCount && (where === 'connection' || where === 'path')) {
              const name = c.argValue(0);
              if (!skipValue(name) && !has(name)) {
                found.push({ node: c, arg: 0, message: `no host section of resource ${r.name} is for '${name}' (no 'on ${name}'): drbdadm refuses the ${where}` });
              }
            } else if (c.keyword === 'hosts' && c.kind === 'directive' && where === 'connection-mesh') {
              for (let i = 0; i < c.argCount; i++) {
                const name = c.argValue(i);
                if (!skipValue(name) && !has(name)) found.push({ node: c, arg: i, message: `the connection-mesh names '${name}', but resource ${r.name} has no 'on ${name}' section: drbdadm refuses it` });
              }
            } else if (c.kind === 'block' && c.keyword === 'path' && where === 'connection' && !opaque(c)) visit(c, 'path');
          }
        };
        for (const c of r.node.children) if (c.kind === 'block' && (c.keyword === 'connection' || c.keyword === 'connection-mesh') && !opaque(c)) visit(c, c.keyword);
        return found;
      };
      for (const f of stacked ? find() : ctx.memo('drbd.connection-host', r.node, find)) out.push(f);
    }
    return out;
  },
};

/** One volume of a host as drbdadm assembles it: its own statements, then what the resource level gives. */
interface Vol {
  vnr: number;
  implicit: boolean;
  device: boolean;
  disk?: string;
  metaDisk: boolean;
}

/** The volumes of a host or of the resource level: `volume N { }` blocks, and volume 0 made by a `device`, `disk`
 * or `meta-disk` outside one (an implicit volume). undefined: a volume number haconf cannot read. */
function volumesOf(block: ConfigNode, hostLevel: boolean): { vols: Map<number, Vol>; extra: Vol[]; mixed?: ConfigNode } | undefined {
  const vols = new Map<number, Vol>();
  // A second volume with a number already there (`volume 0` after an implicit volume 0): drbdadm keeps both.
  const extra: Vol[] = [];
  let explicitSeen = false;
  let mixed: ConfigNode | undefined;
  const fill = (v: Vol, c: ConfigNode) => {
    if (c.kind !== 'directive') return;
    if (isDevice(c)) v.device = true;
    else if (c.keyword === 'disk' && c.argCount) v.disk = c.argValue(0);
    else if (c.keyword === 'meta-disk' || c.keyword === 'flexible-meta-disk') v.metaDisk = true;
  };
  for (const c of block.children) {
    if (c.keyword === 'volume' && c.kind === 'block') {
      const n = c.argCount ? c.argValue(0) : '';
      if (!/^\d{1,8}$/.test(n)) return undefined;
      const v: Vol = { vnr: Number(n), implicit: false, device: false, metaDisk: false };
      for (const d of c.children) fill(v, d);
      if (vols.has(v.vnr)) extra.push(v);
      else vols.set(v.vnr, v);
      explicitSeen = true;
    } else if (['device', 'meta-disk', 'flexible-meta-disk'].includes(c.keyword) || (c.keyword === 'disk' && (hostLevel || c.kind === 'directive'))) {
      // drbdadm gives these volume 0; after an explicit volume it refuses them ("mixing explicit and implicit volumes").
      if (explicitSeen) mixed ??= c;
      let v = vols.get(0);
      if (!v) vols.set(0, (v = { vnr: 0, implicit: true, device: false, metaDisk: false }));
      fill(v, c);
    }
  }
  return { vols, extra, mixed };
}

export const volumes: SemanticRule = {
  code: 'drbd.volumes',
  severity: 'error',
  concept: 'drbd',
  description: "volumes drbdadm cannot assemble: a host's volume without 'device' (or with a meta-disk but no 'disk'), hosts with different volume numbers, implicit and explicit volumes mixed",
  check(ctx) {
    return perResource(ctx, 'drbd.volumes', (r) => {
      const out: Finding[] = [];
      if (opaque(r.node) || r.hosts.some((h) => opaque(h.node))) return out;
      // Hosts without any volume block (here or at the resource level) are drbd.host-storage's.
      if (!hasVolumes(r.node) && !r.hosts.some((h) => hasVolumes(h.node))) return out;
      const top = volumesOf(r.node, false);
      if (!top) return out;
      if (top.mixed) out.push({ node: top.mixed, message: `'${top.mixed.keyword}' outside a volume after 'volume' sections: drbdadm refuses implicit and explicit volumes mixed (put it in a 'volume' section)` });
      const sets: { host: Host; vols: Map<number, Vol>; extra: Vol[] }[] = [];
      for (const h of r.hosts) {
        const own = volumesOf(h.node, true);
        if (!own) return out;
        if (own.mixed) out.push({ node: own.mixed, message: `'${own.mixed.keyword}' outside a volume after 'volume' sections in ${h.label}: drbdadm refuses implicit and explicit volumes mixed` });
        const vols = own.vols;
        for (const s of top.vols.values()) {
          let t = vols.get(s.vnr);
          if (!t) vols.set(s.vnr, (t = { vnr: s.vnr, implicit: s.implicit, device: false, metaDisk: false }));
          t.device ||= s.device;
          t.disk ??= s.disk;
          t.metaDisk ||= s.metaDisk;
        }
        sets.push({ host: h, vols, extra: [...own.extra, ...top.extra] });
        if (h.kind === 'stacked-on-top-of') continue;
        for (const v of [...vols.values(), ...own.extra].sort((a, b) => a.vnr - b.vnr)) {
          const missing = !v.device ? 'device' : (v.disk !== undefined || v.metaDisk) && v.disk !== 'none' && v.disk === undefined ? 'disk' : undefined;
          if (missing) {
            out.push({ node: h.node, message: `volume ${v.vnr} of ${h.label} in resource ${r.name} has no '${missing}' (in the host, its volume section or the resource level): drbdadm rejects it ("'${missing}' keyword missing")` });
            break;
          }
        }
      }
      const implicit = sets.some((s) => [...s.vols.values(), ...s.extra].some((v) => v.implicit));
      const nonZero = sets.some((s) => [...s.vols.keys()].some((n) => n !== 0));
      if (implicit && nonZero) out.push({ node: r.node, message: `resource ${r.name} mixes an implicit volume (device, disk or meta-disk outside a 'volume' section) with numbered volumes: drbdadm refuses it` });
      const [first, ...rest] = sets;
      for (const s of rest) {
        const a = [...first.vols.keys()].filter((n) => !s.vols.has(n));
        const b = [...s.vols.keys()].filter((n) => !first.vols.has(n));
        const odd = [...s.vols.values()].find((v) => first.vols.has(v.vnr) && first.vols.get(v.vnr)!.implicit !== v.implicit);
        if (a.length || b.length) {
          out.push({
            node: s.host.node,
            message: `${s.host.label} has volume${a.length + b.length > 1 ? 's' : ''} ${[...a.map((n) => `${n} missing`), ...b.map((n) => `${n} extra`)].join(', ')} compared with ${first.host.label}: drbdadm wants the same volumes on every host of resource ${r.name}`,
          });
        } else if (odd) {
          out.push({ node: s.host.node, message: `volume ${odd.vnr} is a 'volume' section on one host and implicit on another (${first.host.label}): drbdadm refuses it` });
        }
      }
      return out;
    });
  },
};

export const endpointAddress: SemanticRule = {
  code: 'drbd.endpoint-address',
  severity: 'error',
  concept: 'drbd',
  description: "a connection endpoint whose address drbdadm cannot tell (a 'host NAME' without an address of its own whose host section has none, a connection-mesh host without an address), and a proxy section without 'inside' or 'outside'",
  check(ctx) {
    return perResource(ctx, 'drbd.endpoint-address', (r) => {
      const out: Finding[] = [];
      if (opaque(r.node)) return out;
      const hostFor = (name: string) => r.hosts.find((h) => h.kind === 'on' && h.keys.some((k) => hostnamesEqual(k, name)));
      const addressless = (name: string) => {
        const h = hostFor(name);
        return h && !h.address && !opaque(h.node) ? h : undefined;
      };
      const proxies = (block: ConfigNode) => {
        for (const c of block.children) {
          const proxyOn = (c.keyword === 'proxy' && c.argCount && c.argValue(0) === 'on') || c.keyword === 'host';
          if (c.kind === 'block' && proxyOn && !opaque(c)) {
            const missing = ['inside', 'outside'].filter((k) => !c.children.some((d) => d.keyword === k));
            if (missing.length) out.push({ node: c, message: `this proxy section has no ${missing.map((m) => `'${m}'`).join(' and no ')} address: drbdadm refuses it` });
          }
        }
      };
      for (const h of r.hosts) if (!opaque(h.node)) proxies(h.node);
      for (const c of r.node.children) {
        if (c.kind !== 'block' || opaque(c)) continue;
        if (c.keyword === 'connection-mesh') {
          for (const d of c.children) {
            if (d.keyword !== 'hosts' || d.kind !== 'directive') continue;
            for (let i = 0; i < d.argCount; i++) {
              const h = addressless(d.argValue(i));
              if (h) out.push({ node: d, arg: i, message: `${h.label} has no address, and the connection-mesh connects it: drbdadm refuses a mesh host without an address` });
            }
          }
        } else if (c.keyword === 'connection') {
          const blocks = [c, ...c.children.filter((p) => p.keyword === 'path' && p.kind === 'block' && !opaque(p))];
          for (const b of blocks) {
            proxies(b);
            for (const d of b.children) {
              if (d.keyword !== 'host' || !d.argCount) continue;
              let own = false;
              for (let i = 1; i < d.argCount; i++) if (d.argText(i) === 'address') own = true;
              const h = own ? undefined : addressless(d.argValue(0));
              if (h) out.push({ node: d, message: `host ${d.argValue(0)} gives no address here and ${h.label} has none: drbdadm cannot tell which address to use (add 'address A.B.C.D:PORT' to either)` });
            }
          }
        }
      }
      return out;
    });
  },
};

export const drbdSemantic: readonly SemanticRule[] = [
  hostCount,
  hostStorage,
  nodeIds,
  meshNeeded,
  duplicateResource,
  duplicateDevice,
  duplicateAddress,
  dualPrimary,
  paths,
  duplicateStatement,
  connectionHost,
  volumes,
  endpointAddress,
];
