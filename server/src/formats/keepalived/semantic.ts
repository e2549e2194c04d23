/**
 * keepalived semantic checks: VRRP instances keepalived drops or runs differently from what the file says (no
 * interface or router id, one router id used twice on a link, `nopreempt` on a MASTER, a password cut to 8
 * characters, authentication under VRRPv3, no VIP), sync groups of one instance or sharing one, LVS setups that do
 * not do what they seem to (DR/TUN with a port change, real servers without a health checker, a virtual server
 * without protocol, scheduler or forwarding method, a MISC_CHECK without script), settings given twice, and scripts
 * run without script security.
 *
 * The facts of each top-level block are worked out once per block object (ctx.memo); the checks across blocks run
 * over those. Severity follows `keepalived -t` (2.2.7): an error wherever it reports a configuration error (it exits
 * 5 then, even where it only resets or ignores something, as with "no protocol set - defaulting to UDP"), a warning
 * where it says nothing or only a WARNING.
 */
import type { ConfigNode } from '../../service/model';
import type { Finding, SemanticContext, SemanticRule } from '../../service/features/semantic';

/** Health checkers of a real_server. */
const CHECKERS = new Set(['HTTP_GET', 'SSL_GET', 'TCP_CHECK', 'SMTP_CHECK', 'MISC_CHECK', 'DNS_CHECK', 'PING_CHECK', 'UDP_CHECK', 'FILE_CHECK', 'BFD_CHECK']);

/** Keywords whose value is a script keepalived runs. */
const SCRIPT_KEYWORDS = new Set([
  'script',
  'notify',
  'notify_master',
  'notify_backup',
  'notify_fault',
  'notify_stop',
  'notify_deleted',
  'notify_master_rx_lower_pri',
  'notify_up',
  'notify_down',
  'quorum_up',
  'quorum_down',
  'misc_path',
  'startup_script',
  'shutdown_script',
  'notify_fifo_script',
  'vrrp_notify_fifo_script',
  'lvs_notify_fifo_script',
]);

interface Value {
  value: string;
  node: ConfigNode;
  /** The line has an `@host` condition. */
  conditional: boolean;
}

interface InstanceFacts {
  kind: 'vrrp_instance';
  node: ConfigNode;
  name: string;
  interface?: Value;
  vrid?: Value;
  /** Every virtual_router_id line (more than one only with `@host` conditions). */
  vridLines: number;
  priority?: Value;
  state?: Value;
  nopreempt?: ConfigNode;
  version?: Value;
  authentication?: ConfigNode;
  authPass?: Value;
  authType?: Value;
  unicastSrc?: Value;
  unicastPeers: ConfigNode[];
  vips: number;
  excludedVips: number;
  ipv6: boolean;
  /** The block includes a file: what it lacks may be there. */
  include: boolean;
}

interface RealServer {
  node: ConfigNode;
  port?: string;
  checker: boolean;
  include: boolean;
  /** It sets its own forwarding method (`lvs_method`). */
  method: boolean;
}

interface VirtualServerFacts {
  kind: 'virtual_server';
  node: ConfigNode;
  port?: string;
  lbKind?: Value;
  realServers: RealServer[];
  /** `virtual_server fwmark N`, `virtual_server group NAME`, else undefined (an address and port). */
  by?: 'fwmark' | 'group';
  group?: string;
  protocol: boolean;
  protocolNode?: ConfigNode;
  scheduler: boolean;
  sorry?: ConfigNode;
  sorryMethod: boolean;
  /** MISC_CHECK blocks without a misc_path. */
  miscWithoutPath: ConfigNode[];
  /** HTTP_GET / SSL_GET url blocks without a path. */
  urlsWithoutPath: ConfigNode[];
  /** An include, a ~SEQ line or a `$NAME` use in the block or a real_server: what seems missing may be there. */
  opaque: boolean;
}

interface GroupFacts {
  kind: 'virtual_server_group';
  node: ConfigNode;
  name: string;
  /** It lists addresses (not only fwmarks), or holds lines only keepalived can expand. */
  addresses: boolean;
}

interface SyncGroupFacts {
  kind: 'vrrp_sync_group';
  node: ConfigNode;
  /** The instance names of its `group { }` (lines without an `@host` condition). */
  members: ConfigNode[];
  /** Members it may have beyond `members`: conditional lines, includes, `$NAME` lines. */
  uncertain: boolean;
}

interface GlobalFacts {
  kind: 'global_defs';
  node: ConfigNode;
  scriptSecurity: boolean;
  defaultInterface: boolean;
  /** It includes a file or uses a `$NAME` definition: it may set more than it shows. */
  opaque: boolean;
  vrrpVersion?: string;
  /** A `notification_email { }` block with no address in it. */
  emptyEmail?: ConfigNode;
}

interface ScriptFacts {
  kind: 'vrrp_script';
  node: ConfigNode;
  /** It has a `script` line, or lines only keepalived can expand. */
  hasScript: boolean;
}

interface OtherFacts {
  kind: 'other';
  node: ConfigNode;
}

type BlockFacts = (InstanceFacts | VirtualServerFacts | GroupFacts | SyncGroupFacts | GlobalFacts | ScriptFacts | OtherFacts) & {
  /** The first line that names a script, in the block or below it. */
  script?: ConfigNode;
  /** Settings given a second time where keepalived refuses the second (and the first of each). */
  repeats?: { node: ConfigNode; first: ConfigNode; what: string }[];
};

/**
 * Lines keepalived takes once per block and reports when repeated ("notify_backup script already specified",
 * "Digest ... is a duplicate", "duplicate track_script"): by the block's keyword, the keywords that may not repeat,
 * or '*' for a list block whose entries may not repeat.
 */
const ONCE: Record<string, readonly string[]> = {
  vrrp_instance: ['notify', 'notify_master', 'notify_backup', 'notify_fault', 'notify_stop', 'notify_master_rx_lower_pri'],
  vrrp_sync_group: ['notify', 'notify_master', 'notify_backup', 'notify_fault', 'notify_stop'],
  virtual_server: ['quorum_up', 'quorum_down'],
  real_server: ['notify_up', 'notify_down'],
  url: ['digest'],
  track_script: ['*'],
};

function repeats(node: ConfigNode, out: { node: ConfigNode; first: ConfigNode; what: string }[]): void {
  const once = node.kind === 'block' ? ONCE[node.keyword] : undefined;
  const seen = new Map<string, ConfigNode>();
  for (const c of node.children) {
    if (once && c.kind === 'directive' && c.type === 'directive' && !c.condition && !c.keyword.includes('$') && (once.includes(c.keyword) || once[0] === '*')) {
      const first = seen.get(c.keyword);
      if (first) out.push({ node: c, first, what: once[0] === '*' ? `${node.keyword} entry '${c.keyword}'` : `'${c.keyword}'` });
      else seen.set(c.keyword, c);
    }
    if (c.kind === 'block' && c.children.length) repeats(c, out);
  }
}

/** A line whose content is only known once keepalived expands it: an include, a ~SEQ/~LST line, a `$NAME` use. */
const opaque = (node: ConfigNode) => node.type === 'include' || node.type === 'sequence' || node.keyword.startsWith('$');

const valueOf = (node: ConfigNode): Value => ({ value: node.argValue(0), node, conditional: !!node.condition });

function firstScript(node: ConfigNode): ConfigNode | undefined {
  for (const c of node.children) {
    if (c.kind === 'directive' && SCRIPT_KEYWORDS.has(c.keyword) && c.argCount) return c;
    if (c.children.length) {
      const inner = firstScript(c);
      if (inner) return inner;
    }
  }
  return undefined;
}

function instanceFacts(node: ConfigNode): InstanceFacts {
  const f: InstanceFacts = { kind: 'vrrp_instance', node, name: node.argValue(0), vridLines: 0, unicastPeers: [], vips: 0, excludedVips: 0, ipv6: false, include: false };
  let firstVip: string | undefined;
  for (const c of node.children) {
    switch (c.keyword) {
      case 'interface':
        if (c.argCount) f.interface = valueOf(c);
        break;
      case 'virtual_router_id':
        if (c.argCount) {
          f.vrid = valueOf(c);
          f.vridLines++;
        }
        break;
      case 'priority':
        if (c.argCount) f.priority = valueOf(c);
        break;
      case 'state':
        if (c.argCount) f.state = valueOf(c);
        break;
      case 'nopreempt':
        f.nopreempt = c;
        break;
      case 'version':
        if (c.argCount) f.version = valueOf(c);
        break;
      case 'native_ipv6':
        f.ipv6 = true;
        break;
      case 'authentication':
        f.authentication = c;
        for (const a of c.children) {
          if (a.keyword === 'auth_pass' && a.argCount) f.authPass = valueOf(a);
          else if (a.keyword === 'auth_type' && a.argCount) f.authType = valueOf(a);
          else if (opaque(a)) f.include = true;
        }
        break;
      case 'unicast_src_ip':
        if (c.argCount) f.unicastSrc = valueOf(c);
        break;
      case 'unicast_peer':
        for (const p of c.children) if (p.kind === 'directive') f.unicastPeers.push(p);
        break;
      case 'virtual_ipaddress':
        for (const v of c.children) {
          if (opaque(v)) f.include = true;
          f.vips++;
          if (v.kind === 'directive' && v.type === 'directive') firstVip ??= v.keyword;
        }
        break;
      case 'virtual_ipaddress_excluded':
        f.excludedVips += c.children.length;
        break;
    }
    // An include, a repeated line or a `$NAME` definition in use may supply any of the instance's settings.
    if (opaque(c)) f.include = true;
  }
  if (firstVip?.includes(':')) f.ipv6 = true;
  return f;
}

function virtualServerFacts(node: ConfigNode): VirtualServerFacts {
  const f: VirtualServerFacts = { kind: 'virtual_server', node, realServers: [], protocol: false, scheduler: false, sorryMethod: false, miscWithoutPath: [], urlsWithoutPath: [], opaque: false };
  // `virtual_server IP PORT`; `fwmark N` and `group NAME` have no port.
  const first = node.argCount ? node.argValue(0) : '';
  if (first === 'fwmark' || first === 'group') {
    f.by = first;
    if (first === 'group' && node.argCount >= 2) f.group = node.argValue(1);
  } else if (node.argCount >= 2) f.port = node.argValue(1);
  if (node.args.some((a) => a.value.includes('$'))) f.opaque = true;
  for (const c of node.children) {
    if (opaque(c)) f.opaque = true;
    if ((c.keyword === 'lb_kind' || c.keyword === 'lvs_method') && c.argCount) f.lbKind = valueOf(c);
    else if (c.keyword === 'protocol') {
      f.protocol = true;
      if (!c.condition) f.protocolNode = c;
    }
    else if (c.keyword === 'lb_algo' || c.keyword === 'lvs_sched') f.scheduler = true;
    else if (c.keyword === 'sorry_server') f.sorry = c;
    else if (c.keyword === 'sorry_server_lvs_method') f.sorryMethod = true;
    else if (c.keyword === 'real_server' && c.kind === 'block') {
      const rs: RealServer = { node: c, port: c.argCount >= 2 ? c.argValue(1) : undefined, checker: false, include: false, method: false };
      for (const k of c.children) {
        if (CHECKERS.has(k.keyword)) rs.checker = true;
        else if (opaque(k)) rs.include = true;
        else if (k.keyword === 'lvs_method' || k.keyword === 'lb_kind') rs.method = true;
        if (k.keyword === 'MISC_CHECK' && k.kind === 'block' && !k.children.some((m) => m.keyword === 'misc_path' || opaque(m))) f.miscWithoutPath.push(k);
        if ((k.keyword === 'HTTP_GET' || k.keyword === 'SSL_GET') && k.kind === 'block') {
          for (const u of k.children) {
            if (u.keyword === 'url' && u.kind === 'block' && !u.children.some((x) => x.keyword === 'path' || opaque(x))) f.urlsWithoutPath.push(u);
          }
        }
      }
      if (rs.include) f.opaque = true;
      f.realServers.push(rs);
    }
  }
  return f;
}

function groupFacts(node: ConfigNode): GroupFacts {
  const addresses = node.children.some((c) => c.keyword !== 'fwmark' || opaque(c));
  return { kind: 'virtual_server_group', node, name: node.argCount ? node.argValue(0) : '', addresses };
}

function syncGroupFacts(node: ConfigNode): SyncGroupFacts {
  const members: ConfigNode[] = [];
  let uncertain = false;
  for (const c of node.children) {
    if (opaque(c)) uncertain = true;
    if (c.kind !== 'block' || c.keyword !== 'group') continue;
    for (const m of c.children) {
      if (m.kind === 'directive' && m.type === 'directive' && !m.condition && !m.keyword.includes('$')) members.push(m);
      else uncertain = true;
    }
  }
  return { kind: 'vrrp_sync_group', node, members, uncertain };
}

function globalFacts(node: ConfigNode): GlobalFacts {
  const f: GlobalFacts = { kind: 'global_defs', node, scriptSecurity: false, defaultInterface: false, opaque: false };
  for (const c of node.children) {
    if (opaque(c)) f.opaque = true;
    else if (c.keyword === 'enable_script_security') f.scriptSecurity = true;
    else if (c.keyword === 'default_interface') f.defaultInterface = true;
    else if (c.keyword === 'vrrp_version' && c.argCount) f.vrrpVersion = c.argValue(0);
    else if (c.keyword === 'notification_email' && c.kind === 'block' && !c.children.length) f.emptyEmail = c;
  }
  return f;
}

function blockFacts(node: ConfigNode): BlockFacts {
  let f: BlockFacts;
  if (node.kind !== 'block') f = { kind: 'other', node };
  else if (node.keyword === 'vrrp_instance') f = instanceFacts(node);
  else if (node.keyword === 'virtual_server') f = virtualServerFacts(node);
  else if (node.keyword === 'virtual_server_group') f = groupFacts(node);
  else if (node.keyword === 'vrrp_sync_group') f = syncGroupFacts(node);
  else if (node.keyword === 'vrrp_script') f = { kind: 'vrrp_script', node, hasScript: node.children.some((c) => (c.keyword === 'script' && c.argCount > 0) || opaque(c)) };
  else if (node.keyword === 'global_defs') f = globalFacts(node);
  else f = { kind: 'other', node };
  f.script = firstScript(node);
  if (node.kind === 'block' && (node.keyword === 'vrrp_instance' || node.keyword === 'vrrp_sync_group' || node.keyword === 'virtual_server')) {
    const found: { node: ConfigNode; first: ConfigNode; what: string }[] = [];
    repeats(node, found);
    if (found.length) f.repeats = found;
  }
  return f;
}

interface Index {
  blocks: BlockFacts[];
  instances: InstanceFacts[];
  virtualServers: VirtualServerFacts[];
  groups: Map<string, GroupFacts>;
  syncGroups: SyncGroupFacts[];
  global?: GlobalFacts;
  /** The file includes others, or is part of a larger configuration: global_defs may be elsewhere. */
  partial: boolean;
}

const indexes = new WeakMap<SemanticContext, Index>();
function index(ctx: SemanticContext): Index {
  let idx = indexes.get(ctx);
  if (idx) return idx;
  idx = { blocks: [], instances: [], virtualServers: [], groups: new Map(), syncGroups: [], partial: !!ctx.workspace?.shared };
  for (const node of ctx.model.nodes) {
    if (node.type === 'include') idx.partial = true;
    // A ~SEQ / ~LST line repeats a block with values filled in: not checked as written.
    if (node.type === 'sequence') continue;
    const f = ctx.memo('keepalived.block', node, blockFacts);
    idx.blocks.push(f);
    if (f.kind === 'vrrp_instance') idx.instances.push(f);
    else if (f.kind === 'virtual_server') idx.virtualServers.push(f);
    else if (f.kind === 'virtual_server_group') {
      if (!idx.groups.has(f.name)) idx.groups.set(f.name, f);
    } else if (f.kind === 'vrrp_sync_group') idx.syncGroups.push(f);
    else if (f.kind === 'global_defs') {
      // keepalived reads every global_defs block: what any of them sets holds.
      const g = idx.global;
      idx.global = g
        ? { ...g, scriptSecurity: g.scriptSecurity || f.scriptSecurity, defaultInterface: g.defaultInterface || f.defaultInterface, opaque: g.opaque || f.opaque, vrrpVersion: f.vrrpVersion ?? g.vrrpVersion }
        : f;
    }
  }
  indexes.set(ctx, idx);
  return idx;
}

const line = (node: ConfigNode) => node.keywordRange.start.line + 1;
/** A value set through a `$VARIABLE`: only known once keepalived expands it. */
const variable = (v: string) => v.includes('$');

const missingInterface: SemanticRule = {
  code: 'keepalived.vrrp-missing-interface',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: "a vrrp_instance without 'interface' (and no 'default_interface' in global_defs)",
  check(ctx) {
    const idx = index(ctx);
    if (idx.global?.defaultInterface || idx.global?.opaque) return [];
    const out: Finding[] = [];
    for (const i of idx.instances) {
      if (i.interface || i.include) continue;
      const elsewhere = !idx.global && idx.partial;
      out.push({
        node: i.node,
        arg: 0,
        message: `vrrp_instance '${i.name}' has no 'interface': keepalived does not know which link to send its VRRP adverts on and drops the instance ("Unknown interface")${elsewhere ? "; unless a global_defs in another file sets 'default_interface'" : ''}`,
        severity: elsewhere ? 'warning' : undefined,
      });
    }
    return out;
  },
};

const missingVrid: SemanticRule = {
  code: 'keepalived.vrrp-missing-vrid',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: "a vrrp_instance without 'virtual_router_id'",
  check(ctx) {
    return index(ctx)
      .instances.filter((i) => !i.vrid && !i.include)
      .map((i) => ({
        node: i.node,
        arg: 0,
        message: `vrrp_instance '${i.name}' has no 'virtual_router_id': the routers of one virtual router recognise each other by this number (1-255, the same on every node, unique on the link), and keepalived drops an instance without it`,
      }));
  },
};

const defaultPriority: SemanticRule = {
  code: 'keepalived.vrrp-default-priority',
  severity: 'information',
  concept: 'keepalived-vrrp',
  description: "a vrrp_instance without 'priority' (keepalived uses 100, or 255 for state MASTER)",
  check(ctx) {
    return index(ctx)
      .instances.filter((i) => !i.priority && !i.include)
      .map((i) => {
        const master = i.state?.value.toUpperCase() === 'MASTER';
        return {
          node: i.node,
          arg: 0,
          message: `vrrp_instance '${i.name}' has no 'priority', so keepalived uses ${master ? '255 (state MASTER: the address owner, which always preempts)' : '100'}; the node with the highest priority becomes MASTER, so give each node its own`,
        };
      });
  },
};

const noVip: SemanticRule = {
  code: 'keepalived.vrrp-no-vip',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: 'a vrrp_instance with no address in virtual_ipaddress',
  check(ctx) {
    // keepalived -t 2.2.7: "(VI_1) No VIP specified; at least one is sensible", a configuration error (also with only
    // virtual_ipaddress_excluded addresses, which are not VIPs).
    return index(ctx)
      .instances.filter((i) => !i.vips && !i.include)
      .map((i) => ({
        node: i.node,
        arg: 0,
        message: `vrrp_instance '${i.name}' has no virtual IP address ('virtual_ipaddress { ... }'${i.excludedVips ? '; virtual_ipaddress_excluded addresses do not count' : ''}): failing over moves nothing clients can reach, and keepalived reports the instance as misconfigured`,
      }));
  },
};

const duplicateVrid: SemanticRule = {
  code: 'keepalived.duplicate-vrid',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: 'two vrrp_instances with the same virtual_router_id on the same interface (and address family)',
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Map<string, InstanceFacts[]>();
    for (const i of index(ctx).instances) {
      if (!i.interface || !i.vrid || i.interface.conditional || i.vrid.conditional || i.vridLines > 1) continue;
      if (variable(i.interface.value) || variable(i.vrid.value)) continue;
      const key = `${i.interface.value}|${Number(i.vrid.value)}|${i.ipv6 ? 6 : 4}`;
      const list = seen.get(key);
      const hostOf = (x: InstanceFacts) => x.node.condition?.text;
      // Instances for different hosts (`@lb1 vrrp_instance ...`) never run together.
      const first = list?.find((o) => !hostOf(o) || !hostOf(i) || hostOf(o) === hostOf(i));
      if (first) {
        out.push({
          node: i.vrid.node,
          arg: 0,
          message: `vrrp_instance '${i.name}' uses virtual_router_id ${i.vrid.value} on ${i.interface.value}, like vrrp_instance '${first.name}' (line ${line(first.node)}): the two would answer each other's adverts as one virtual router, and keepalived refuses to start them; give each instance on a link its own id`,
          related: [{ node: first.vrid!.node, message: `virtual_router_id of '${first.name}'` }],
        });
      }
      if (list) list.push(i);
      else seen.set(key, [i]);
    }
    return out;
  },
};

const nopreemptMaster: SemanticRule = {
  code: 'keepalived.nopreempt-master',
  severity: 'warning',
  concept: 'failed-node-rejoin',
  description: "'nopreempt' in a vrrp_instance with state MASTER",
  check(ctx) {
    const out: Finding[] = [];
    for (const i of index(ctx).instances) {
      if (!i.nopreempt || i.state?.value.toUpperCase() !== 'MASTER') continue;
      out.push({
        node: i.nopreempt,
        message: `'nopreempt' does not work with 'state MASTER' (line ${line(i.state.node)}): keepalived clears it, so this node takes the address back whenever it returns; use 'state BACKUP' on every node for nopreempt`,
        related: [{ node: i.state.node, message: 'state MASTER' }],
      });
    }
    return out;
  },
};

const authPassTruncated: SemanticRule = {
  code: 'keepalived.auth-pass-truncated',
  // keepalived -t 2.2.7: "Truncating auth_pass to 8 characters" is a configuration error.
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: "an 'auth_pass' longer than 8 characters (keepalived keeps the first 8)",
  check(ctx) {
    const out: Finding[] = [];
    for (const i of index(ctx).instances) {
      const p = i.authPass;
      if (!p || variable(p.value) || p.value.length <= 8) continue;
      out.push({
        node: p.node,
        arg: 0,
        message: `auth_pass is ${p.value.length} characters long: VRRP carries 8, so keepalived uses only '${p.value.slice(0, 8)}'; a peer configured with the full password or another truncation will not match`,
      });
    }
    return out;
  },
};

const authVrrp3: SemanticRule = {
  code: 'keepalived.auth-vrrp3',
  // keepalived -t 2.2.7: "(VI_1) VRRP version 3 does not support authentication. Ignoring.", a configuration error.
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: 'an authentication block in a vrrp_instance that runs VRRP version 3',
  check(ctx) {
    const idx = index(ctx);
    const out: Finding[] = [];
    for (const i of idx.instances) {
      if (!i.authentication) continue;
      const version = i.version?.value ?? idx.global?.vrrpVersion;
      if (version !== '3') continue;
      out.push({
        node: i.authentication,
        message: `VRRP version 3 (${i.version ? `'version 3' on line ${line(i.version.node)}` : "'vrrp_version 3' in global_defs"}) has no authentication: keepalived ignores this block`,
      });
    }
    return out;
  },
};

const unicastSelf: SemanticRule = {
  code: 'keepalived.unicast-self',
  severity: 'warning',
  concept: 'keepalived-vrrp',
  description: 'a unicast_peer address equal to unicast_src_ip',
  check(ctx) {
    const out: Finding[] = [];
    for (const i of index(ctx).instances) {
      const src = i.unicastSrc;
      if (!src || variable(src.value) || src.conditional) continue;
      for (const p of i.unicastPeers) {
        if (p.condition || p.keyword.toLowerCase() !== src.value.toLowerCase()) continue;
        out.push({
          node: p,
          message: `unicast_peer ${p.keyword} is this node's own address (unicast_src_ip on line ${line(src.node)}): unicast_peer lists the other nodes of the virtual router, and with its own address in it a node counts itself as a peer`,
          related: [{ node: src.node, message: 'unicast_src_ip' }],
        });
      }
    }
    return out;
  },
};

const lvsPortMismatch: SemanticRule = {
  code: 'keepalived.lvs-port-mismatch',
  severity: 'warning',
  concept: 'ipvs-modes',
  description: 'lb_kind DR or TUN with a real_server port different from the virtual_server port',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of index(ctx).virtualServers) {
      const kind = v.lbKind?.value.toUpperCase();
      if (!v.port || variable(v.port) || Number(v.port) === 0 || (kind !== 'DR' && kind !== 'TUN')) continue;
      for (const rs of v.realServers) {
        if (rs.port === undefined || variable(rs.port) || Number(rs.port) === Number(v.port)) continue;
        out.push({
          node: rs.node,
          arg: 1,
          message: `real_server port ${rs.port} differs from the virtual_server port ${v.port}, but with lb_kind ${kind} IPVS forwards packets without rewriting the port (only NAT does): keepalived resets it to ${v.port}`,
          related: [{ node: v.lbKind!.node, message: `lb_kind ${kind}` }],
        });
      }
    }
    return out;
  },
};

const realServerNoChecker: SemanticRule = {
  code: 'keepalived.real-server-no-checker',
  severity: 'warning',
  concept: 'ipvs',
  description: 'a real_server without a health checker (HTTP_GET, TCP_CHECK, MISC_CHECK, ...)',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of index(ctx).virtualServers) {
      for (const rs of v.realServers) {
        if (rs.checker || rs.include) continue;
        out.push({
          node: rs.node,
          message: `real_server ${rs.node.argValue(0)}${rs.port ? ` ${rs.port}` : ''} has no health checker (TCP_CHECK, HTTP_GET, MISC_CHECK, ...): keepalived keeps it in the IPVS table even when it is down, and clients sent to it fail`,
        });
      }
    }
    return out;
  },
};

const ahMaster: SemanticRule = {
  code: 'keepalived.ah-master',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: 'auth_type AH in a vrrp_instance that starts as MASTER without being the address owner (priority 255)',
  check(ctx) {
    const idx = index(ctx);
    const out: Finding[] = [];
    for (const i of idx.instances) {
      // keepalived -t 2.2.7 (vrrp.c): "Initial state master is incompatible with AH authentication - clearing"; other
      // authentication problems of IPv6 and VRRPv3 instances come first.
      const a = i.authType;
      if (!a || a.conditional || a.value !== 'AH' || i.ipv6 || i.include || !i.authPass) continue;
      if ((i.version?.value ?? idx.global?.vrrpVersion) === '3' || idx.global?.opaque) continue;
      if (i.state?.value !== 'MASTER' || i.state.conditional || !i.priority || i.priority.conditional || variable(i.priority.value) || Number(i.priority.value) === 255) continue;
      out.push({
        node: a.node,
        arg: 0,
        message: `auth_type AH with 'state MASTER' (line ${line(i.state.node)}) and priority ${i.priority.value}: an AH router needs an advert from the current master before it can take over, so keepalived reports it and drops the authentication; start as BACKUP, or make this node the address owner (priority 255)`,
      });
    }
    return out;
  },
};

const vrrpScriptNoScript: SemanticRule = {
  code: 'keepalived.vrrp-script-no-script',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: "a vrrp_script without a 'script' line",
  check(ctx) {
    const out: Finding[] = [];
    for (const b of index(ctx).blocks) {
      if (b.kind === 'vrrp_script' && !b.hasScript)
        out.push({ node: b.node, arg: 0, message: `vrrp_script '${b.node.argCount ? b.node.argValue(0) : ''}' has no 'script' to run: keepalived removes it` });
    }
    return out;
  },
};

const fwmarkProtocol: SemanticRule = {
  code: 'keepalived.fwmark-protocol',
  severity: 'error',
  concept: 'ipvs',
  description: "a 'protocol' in a virtual_server addressed by firewall mark",
  check(ctx) {
    const idx = index(ctx);
    const out: Finding[] = [];
    for (const v of idx.virtualServers) {
      if (!v.protocolNode || v.opaque) continue;
      // keepalived -t 2.2.7: "Virtual server FWM 1: protocol specified for fwmark - protocol will be ignored".
      const group = v.group !== undefined ? idx.groups.get(v.group) : undefined;
      const byMark = v.by === 'fwmark' || (v.by === 'group' && group && !group.addresses && group.node.children.length > 0);
      if (!byMark) continue;
      out.push({ node: v.protocolNode, message: 'a virtual_server addressed by firewall mark matches packets of any protocol: keepalived ignores this protocol and reports it' });
    }
    return out;
  },
};

const virtualServerIncomplete: SemanticRule = {
  code: 'keepalived.virtual-server-incomplete',
  severity: 'error',
  concept: 'ipvs',
  description: 'a virtual_server without real servers, protocol (when addressed by IP), scheduler or forwarding method',
  check(ctx) {
    const idx = index(ctx);
    const out: Finding[] = [];
    for (const v of idx.virtualServers) {
      if (v.opaque) continue;
      const name = `virtual_server ${v.node.args.map((a) => a.value).join(' ')}`;
      // keepalived -t 2.2.7 (check_data.c validate_check_config): "has no real servers - ignoring", and then nothing
      // else is checked of it.
      if (!v.realServers.length) {
        out.push({ node: v.node, message: `${name} has no real_server: keepalived ignores it` });
        continue;
      }
      // "no protocol set - defaulting to UDP": a server addressed by IP and port, or by a group holding addresses.
      const group = v.group !== undefined ? idx.groups.get(v.group) : undefined;
      const byAddress = v.by === undefined || (v.by === 'group' && group?.addresses);
      if (byAddress && !v.protocol) out.push({ node: v.node, message: `${name} has no 'protocol' (TCP, UDP or SCTP): keepalived reports it and falls back to UDP` });
      if (!v.scheduler) out.push({ node: v.node, message: `${name} has no scheduler ('lb_algo' / 'lvs_sched'): keepalived reports it and falls back to wlc` });
      // "no forwarding method set, setting default NAT": a real or sorry server without its own method needs the
      // virtual server's.
      if (!v.lbKind && (v.realServers.some((rs) => !rs.method) || (v.sorry && !v.sorryMethod)))
        out.push({ node: v.node, message: `${name} has no forwarding method ('lb_kind' / 'lvs_method' NAT, DR or TUN): keepalived reports it and falls back to NAT` });
    }
    return out;
  },
};

/** The closing '}' of a block, where keepalived reports what the block lacks. */
const closing = (m: ConfigNode) => ({ start: { line: m.range.end.line, character: Math.max(0, m.range.end.character - 1) }, end: m.range.end });

const miscCheckNoPath: SemanticRule = {
  code: 'keepalived.checker-no-path',
  severity: 'error',
  concept: 'ipvs',
  description: "a MISC_CHECK without 'misc_path', an HTTP_GET / SSL_GET url without 'path'",
  check(ctx) {
    const out: Finding[] = [];
    for (const v of index(ctx).virtualServers) {
      for (const m of v.miscWithoutPath) {
        out.push({
          node: m,
          range: closing(m),
          message: "this MISC_CHECK has no 'misc_path' (the script to run): keepalived skips the checker",
          related: [{ node: m, message: 'MISC_CHECK' }],
        });
      }
      for (const u of v.urlsWithoutPath) {
        out.push({ node: u, range: closing(u), message: "this url has no 'path' (what to request): keepalived ignores the url", related: [{ node: u, message: 'url' }] });
      }
    }
    return out;
  },
};

const emptyNotificationEmail: SemanticRule = {
  code: 'keepalived.empty-notification-email',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: 'an empty notification_email block',
  check(ctx) {
    const out: Finding[] = [];
    for (const b of index(ctx).blocks) {
      if (b.kind === 'global_defs' && b.emptyEmail)
        out.push({ node: b.emptyEmail, message: 'notification_email lists no address: keepalived reports the empty block as a configuration error; add an address or remove the block' });
    }
    return out;
  },
};

const syncGroupMemberTwice: SemanticRule = {
  code: 'keepalived.sync-group-member-twice',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: 'a vrrp_instance listed more than once in the vrrp_sync_groups',
  check(ctx) {
    const idx = index(ctx);
    const instances = new Set(idx.instances.map((i) => i.name));
    const seen = new Map<string, { node: ConfigNode; group: string }>();
    const out: Finding[] = [];
    for (const g of idx.syncGroups) {
      const group = g.node.argCount ? g.node.argValue(0) : '';
      for (const m of g.members) {
        // keepalived only ties existing instances to a group (an unknown name is the undefined-name check's).
        if (!instances.has(m.keyword)) continue;
        const first = seen.get(m.keyword);
        if (!first) {
          seen.set(m.keyword, { node: m, group });
          continue;
        }
        out.push({
          node: m,
          message: `vrrp_instance '${m.keyword}' is already in vrrp_sync_group '${first.group}' (line ${line(first.node)}): an instance belongs to one sync group, and keepalived ignores this ${first.group === group ? 'second listing' : `group '${group}'`}`,
          related: [{ node: first.node, message: `first listed in '${first.group}'` }],
        });
      }
    }
    return out;
  },
};

const repeatedSetting: SemanticRule = {
  code: 'keepalived.repeated-setting',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: "a notify script, quorum script, url digest or track_script entry given twice in one block",
  check(ctx) {
    const out: Finding[] = [];
    for (const b of index(ctx).blocks) {
      for (const r of b.repeats ?? []) {
        out.push({
          node: r.node,
          message: `${r.what} is given a second time (first on line ${line(r.first)}): keepalived keeps the first, ignores this one and reports it`,
          related: [{ node: r.first, message: 'first given here' }],
        });
      }
    }
    return out;
  },
};

const syncGroupSingle: SemanticRule = {
  code: 'keepalived.sync-group-single',
  severity: 'error',
  concept: 'keepalived-vrrp',
  description: 'a vrrp_sync_group with a single vrrp_instance',
  check(ctx) {
    const idx = index(ctx);
    const out: Finding[] = [];
    const taken = new Set<string>();
    // Within one file keepalived counts the members that are instances (an unknown name is the undefined-name
    // check's); when instances may be in other files, every name listed counts.
    const instances = idx.partial ? undefined : new Set(idx.instances.map((i) => i.name));
    for (const g of idx.syncGroups) {
      const own = new Set(g.members.map((m) => m.keyword).filter((n) => !taken.has(n) && (!instances || instances.has(n))));
      for (const n of own) taken.add(n);
      if (g.uncertain || own.size !== 1) continue;
      out.push({
        node: g.node,
        arg: 0,
        message: `vrrp_sync_group '${g.node.argCount ? g.node.argValue(0) : ''}' syncs a single instance: a sync group makes several instances change state together, and keepalived reports one with only one member as a configuration error`,
      });
    }
    return out;
  },
};

const scriptSecurity: SemanticRule = {
  code: 'keepalived.script-security',
  severity: 'warning',
  concept: 'keepalived-vrrp',
  description: "scripts (vrrp_script, notify*, MISC_CHECK misc_path, ...) without 'enable_script_security' in global_defs",
  check(ctx) {
    const idx = index(ctx);
    // Without a global_defs of its own, a file that includes others or is included by one may have it elsewhere.
    if (idx.global?.scriptSecurity || idx.global?.opaque || (!idx.global && (idx.partial || ctx.workspace?.shared))) return [];
    const first = idx.blocks.find((b) => b.script)?.script;
    if (!first) return [];
    return [
      {
        node: first,
        message: `keepalived runs scripts (this '${first.keyword}' and any others) but global_defs has no 'enable_script_security': keepalived reports a security violation and runs them as root even when a non-root user could change them; add 'enable_script_security' (and 'script_user') to global_defs`,
      },
    ];
  },
};

export const keepalivedSemantic: readonly SemanticRule[] = [
  missingInterface,
  missingVrid,
  defaultPriority,
  noVip,
  duplicateVrid,
  nopreemptMaster,
  authPassTruncated,
  authVrrp3,
  unicastSelf,
  lvsPortMismatch,
  realServerNoChecker,
  virtualServerIncomplete,
  miscCheckNoPath,
  emptyNotificationEmail,
  syncGroupMemberTwice,
  syncGroupSingle,
  repeatedSetting,
  ahMaster,
  vrrpScriptNoScript,
  fwmarkProtocol,
  scriptSecurity,
];
