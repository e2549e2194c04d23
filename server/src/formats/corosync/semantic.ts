/**
 * corosync semantic checks: what a corosync.conf whose keys are all known can still get wrong. Where `corosync -t`
 * (3.1.7) refuses the file the finding is an error (duplicate nodeid, crypto on udpu, mixed address families on a
 * link, ...); what only weakens the cluster (an even node count with no tie-breaker, a stray expected_votes) is a
 * warning.
 *
 * corosync reads a key's last value when a key is repeated, and merges repeated top-level sections: the facts below
 * follow that.
 */
import { walkModel, type ConfigNode } from '../../service/model';
import type { Finding, SemanticContext, SemanticRule } from '../../service/features/semantic';
import { isIPv4, isIPv6 } from '../../service/values/types';

function value(node: ConfigNode | undefined): string | undefined {
  return node && node.argCount ? node.argValue(0).trim() : undefined;
}

/** The directives of a top-level section (merged over repeated sections): key -> last directive. */
type Keys = Map<string, ConfigNode>;

function keysOf(block: ConfigNode, into: Keys = new Map()): Keys {
  for (const c of block.children) if (c.kind === 'directive') into.set(c.keyword, c);
  return into;
}

interface NodeFacts {
  node: ConfigNode;
  nodeid?: ConfigNode;
  /** The nodeid's value. */
  id?: string;
  name?: ConfigNode;
  nameValue?: string;
  /** Link number -> its ringX_addr directive and value. */
  rings: Map<number, { node: ConfigNode; value: string }>;
  votes: number;
}

interface NodelistFacts {
  block: ConfigNode;
  nodes: NodeFacts[];
}

function nodelistFacts(block: ConfigNode): NodelistFacts {
  const nodes: NodeFacts[] = [];
  for (const n of block.children) {
    if (n.kind !== 'block' || n.keyword !== 'node') continue;
    const rings = new Map<number, { node: ConfigNode; value: string }>();
    let nodeid: ConfigNode | undefined;
    let name: ConfigNode | undefined;
    let votes = 1;
    for (const c of n.children) {
      if (c.kind !== 'directive') continue;
      const m = c.keyword.startsWith('ring') ? /^ring(\d+)_addr$/.exec(c.keyword) : null;
      if (m) rings.set(Number(m[1]), { node: c, value: value(c) ?? '' });
      else if (c.keyword === 'nodeid') nodeid = c;
      else if (c.keyword === 'name') name = c;
      else if (c.keyword === 'quorum_votes') {
        const v = Number(value(c));
        if (Number.isInteger(v) && v >= 0) votes = v;
      }
    }
    nodes.push({ node: n, nodeid, id: value(nodeid), name, nameValue: value(name), rings, votes });
  }
  return { block, nodes };
}

/** What the whole file says, from the per-node facts (each top-level section's facts are memoised). */
interface Facts {
  totem?: ConfigNode;
  totemKeys: Keys;
  nodelist?: NodelistFacts;
  quorum?: ConfigNode;
  quorumKeys: Keys;
  /** quorum { device { } } */
  device?: ConfigNode;
  /** The transport in force: the totem key, or knet (corosync 3's default). */
  transport: string;
}

function facts(ctx: SemanticContext): Facts {
  let totem: ConfigNode | undefined;
  let quorum: ConfigNode | undefined;
  let device: ConfigNode | undefined;
  let nodelist: NodelistFacts | undefined;
  const totemKeys: Keys = new Map();
  const quorumKeys: Keys = new Map();
  for (const top of ctx.model.nodes) {
    if (top.kind !== 'block') continue;
    if (top.keyword === 'totem') {
      totem ??= top;
      for (const [k, v] of ctx.memo('corosync.keys', top, (n) => keysOf(n))) totemKeys.set(k, v);
    } else if (top.keyword === 'quorum') {
      quorum ??= top;
      for (const [k, v] of ctx.memo('corosync.keys', top, (n) => keysOf(n))) quorumKeys.set(k, v);
      device ??= top.children.find((c) => c.kind === 'block' && c.keyword === 'device');
    } else if (top.keyword === 'nodelist') {
      const f = ctx.memo('corosync.nodelist', top, nodelistFacts);
      nodelist = nodelist ? { block: nodelist.block, nodes: [...nodelist.nodes, ...f.nodes] } : f;
    }
  }
  const transport = value(totemKeys.get('transport')) ?? 'knet';
  return { totem, totemKeys, nodelist, quorum, quorumKeys, device, transport };
}

/** The facts of one check run (one context), shared by the rules. */
const perRun = new WeakMap<SemanticContext, Facts>();
function factsOf(ctx: SemanticContext): Facts {
  let f = perRun.get(ctx);
  if (!f) perRun.set(ctx, (f = facts(ctx)));
  return f;
}

/**
 * Whether `word` (a keyword pattern) starts a line of `node` (or of the whole file) that may be the missing key or
 * section: a key on a line that does not parse is not a missing key, but one read in a nested block (`totem {
 * interface { version: 2 } }`, a `nodelist` inside `quorum`) is not where corosync looks. Run only when the key is
 * missing.
 */
function mentions(ctx: SemanticContext, node: ConfigNode | undefined, word: string): boolean {
  const text = node ? ctx.text.slice(node.startIndex, node.endIndex) : ctx.text;
  const lines = text.match(new RegExp(`(^|\\n)[ \\t]*${word}\\b`, 'g'))?.length ?? 0;
  if (!lines) return false;
  const named = new RegExp(`^${word}$`);
  let nested = 0;
  for (const c of node ? node.children : ctx.model.nodes) {
    walkModel(c.children, (n) => {
      if (named.test(n.keyword)) nested++;
    });
  }
  return lines > nested;
}

/** Results derived from one (memoised) object, kept as long as it lives: the nodelist's findings are worked out
 * again only when the nodelist changes, however often the rest of the file does. */
const derived = new WeakMap<object, Map<string, unknown>>();
function once<T>(obj: object, key: string, fn: () => T): T {
  let m = derived.get(obj);
  if (!m) derived.set(obj, (m = new Map()));
  if (!m.has(key)) m.set(key, fn());
  return m.get(key) as T;
}

const isOn = (v: string | undefined) => v !== undefined && /^(1|on|yes|true)$/i.test(v);
const votequorum = (f: Facts) => value(f.quorumKeys.get('provider')) === 'corosync_votequorum';
const totalVotes = (f: Facts) => (f.nodelist ? once(f.nodelist, 'votes', () => f.nodelist!.nodes.reduce((s, n) => s + n.votes, 0)) : 0);

function family(v: string): 'IPv4' | 'IPv6' | undefined {
  if (v.includes(':')) return isIPv6(v) ? 'IPv6' : undefined;
  return /^[\d.]+$/.test(v) && isIPv4(v) ? 'IPv4' : undefined;
}

export const noNodelist: SemanticRule = {
  code: 'corosync.no-nodelist',
  severity: 'error',
  concept: 'cluster-engine',
  description: 'a totem section with no nodelist: corosync 3 finds its nodes (and itself) only in the nodelist',
  check(ctx) {
    const f = factsOf(ctx);
    if (!f.totem || f.nodelist?.nodes.length) return [];
    if (!f.nodelist && mentions(ctx, undefined, 'nodelist')) return []; // a nodelist the parser could not read
    const knet = f.transport === 'knet';
    const where = f.nodelist?.block ?? f.totemKeys.get('transport') ?? f.totem;
    // corosync -t 3.1.7 refuses it for every transport: "No interfaces defined" (udpu), "No valid name found for
    // local host" (udp with an interface's bindnetaddr or member list, knet), whatever host it runs on.
    return [
      {
        node: where,
        message: knet
          ? `no nodelist with nodes: the knet transport${f.totemKeys.has('transport') ? '' : " (corosync 3's default)"} needs one, and corosync refuses to start without finding this host in it`
          : `no nodelist with nodes: corosync 3 finds this host and its addresses only in the nodelist, for every transport ('interface' bindnetaddr and member lists are corosync 1/2 syntax), and refuses to start without one`,
      },
    ];
  },
};

export const nodeAddress: SemanticRule = {
  code: 'corosync.node-address',
  severity: 'error',
  concept: 'cluster-engine',
  description: 'a nodelist none of whose nodes has an address (ringX_addr)',
  check(ctx) {
    const f = factsOf(ctx);
    const list = f.nodelist;
    if (!list?.nodes.length) return [];
    return once(list, 'node-address', () => {
      if (list.nodes.some((n) => n.rings.size > 0)) return [];
      // A ringX_addr on a line the parser could not read is not a missing one.
      if (list.nodes.some((n) => mentions(ctx, n.node, 'ring\\d+_addr'))) return [];
      // corosync -t: "No interfaces defined" on a host the nodelist names, "No valid name found for local host"
      // elsewhere: refused on every host.
      return [
        {
          node: list.block,
          message: `none of the nodelist's ${list.nodes.length === 1 ? 'node' : `${list.nodes.length} nodes`} has an address (ring0_addr, ring1_addr, ...): corosync has no link to set up and refuses to start`,
        },
      ];
    });
  },
};

export const nodeid: SemanticRule = {
  code: 'corosync.nodeid',
  severity: 'error',
  concept: 'cluster-engine',
  description: 'a node without a nodeid (knet needs one), or a nodeid two nodes share',
  check(ctx) {
    const f = factsOf(ctx);
    const list = f.nodelist;
    if (!list) return [];
    const knet = f.transport === 'knet';
    return once(list, `nodeid ${knet}`, () => {
      const out: Finding[] = [];
      const seen = new Map<string, ConfigNode>();
      for (const n of list.nodes) {
        const id = n.id;
        if (id === undefined || id === '0') {
          const addr = n.rings.get(0)?.value;
          out.push({
            node: n.nodeid ?? n.node,
            severity: knet ? 'error' : 'hint',
            message: knet
              ? `node ${addr ? `'${addr}' ` : ''}has no ${id === '0' ? 'valid ' : ''}nodeid: the knet transport needs an explicit nodeid (1 or more) on every node`
              : `node ${addr ? `'${addr}' ` : ''}has no nodeid: corosync derives one from its IPv4 ring0 address; an explicit nodeid keeps it stable (and IPv6 needs one)`,
          });
          continue;
        }
        const first = seen.get(id);
        if (first) {
          out.push({
            node: n.nodeid!,
            arg: 0,
            message: `nodeid ${id} is also the nodeid of another node: corosync refuses a nodeid that appears twice`,
            related: [{ node: first, message: `nodeid ${id} first given here` }],
          });
        } else seen.set(id, n.nodeid!);
      }
      return out;
    });
  },
};

export const duplicateNodeAddress: SemanticRule = {
  code: 'corosync.duplicate-node-address',
  severity: 'warning',
  concept: 'cluster-engine',
  description: 'two nodes with the same ringX_addr on one link, or the same name',
  check(ctx) {
    const f = factsOf(ctx);
    const list = f.nodelist;
    if (!list) return [];
    return once(list, 'duplicate-node-address', () => {
      const out: Finding[] = [];
      const byLink = new Map<number, Map<string, ConfigNode>>();
      const names = new Map<string, ConfigNode>();
      const dup = (d: ConfigNode, first: ConfigNode, what: string) =>
        out.push({
          node: d,
          arg: 0,
          message: `${what} is already another node's: corosync cannot tell the two nodes apart and only one of them can join`,
          related: [{ node: first, message: `${what} first given here` }],
        });
      for (const n of list.nodes) {
        for (const [link, { node: d, value: v }] of n.rings) {
          if (!v) continue;
          let seen = byLink.get(link);
          if (!seen) byLink.set(link, (seen = new Map()));
          const key = v.toLowerCase();
          const first = seen.get(key);
          if (first) dup(d, first, `ring${link}_addr ${v}`);
          else seen.set(key, d);
        }
        if (n.nameValue && n.name) {
          const first = names.get(n.nameValue);
          if (first) dup(n.name, first, `name ${n.nameValue}`);
          else names.set(n.nameValue, n.name);
        }
      }
      return out;
    });
  },
};

export const linkFamilies: SemanticRule = {
  code: 'corosync.link-address-family',
  severity: 'error',
  concept: 'totem-protocol',
  description: 'the nodes of one link (ringX_addr) with both IPv4 and IPv6 addresses',
  check(ctx) {
    const f = factsOf(ctx);
    const list = f.nodelist;
    if (!list) return [];
    return once(list, 'link-address-family', () => {
      const out: Finding[] = [];
      const firstOf = new Map<number, { fam: string; node: ConfigNode }>();
      for (const n of list.nodes) {
        for (const [link, { node: d, value: v }] of n.rings) {
          const fam = family(v);
          if (!fam) continue; // host names resolve to either
          const first = firstOf.get(link);
          if (!first) firstOf.set(link, { fam, node: d });
          else if (first.fam !== fam) {
            out.push({
              node: d,
              arg: 0,
              message: `link ${link} mixes address families: this node's ring${link}_addr is ${fam} but another node's is ${first.fam}; corosync refuses a link whose nodes differ in IP family`,
              related: [{ node: first.node, message: `a ${first.fam} ring${link}_addr` }],
            });
          }
        }
      }
      return out;
    });
  },
};

export const linkCount: SemanticRule = {
  code: 'corosync.link-count',
  severity: 'error',
  concept: 'totem-protocol',
  description: 'nodes with different sets of links, or several links where not every node has a name',
  check(ctx) {
    const f = factsOf(ctx);
    const list = f.nodelist;
    if (!list || list.nodes.length < 2) return [];
    return once(list, 'link-count', () => {
      const nodes = list.nodes;
      const out: Finding[] = [];
      const links = (n: NodeFacts) => [...n.rings.keys()].sort((a, b) => a - b).join(',');
      const ref = nodes[0];
      for (const n of nodes.slice(1)) {
        if (links(n) !== links(ref)) {
          out.push({
            node: n.node,
            message: `this node has link(s) ${links(n) || 'none'} but the first node has ${links(ref) || 'none'}: corosync refuses nodes that differ in their number of links (ringX_addr)`,
            // A node with no ringX_addr at all passes `corosync -t` (the check happens when links are set up).
            severity: n.rings.size === 0 || ref.rings.size === 0 ? 'warning' : undefined,
            related: [{ node: ref.node, message: 'the first node' }],
          });
        }
      }
      if (nodes.some((n) => n.rings.size > 1)) {
        for (const n of nodes) {
          if (!n.nameValue) {
            out.push({
              node: n.node,
              message: "with more than one link every node needs a 'name': corosync refuses a multi-link nodelist with a node that has none",
            });
          }
        }
      }
      return out;
    });
  },
};

export const twoNode: SemanticRule = {
  code: 'corosync.two-node',
  severity: 'warning',
  concept: 'quorum',
  description: 'quorum two_node: 1 with more (or fewer) than two nodes',
  check(ctx) {
    const f = factsOf(ctx);
    const d = f.quorumKeys.get('two_node');
    if (!d || !isOn(value(d)) || !f.nodelist?.nodes.length) return [];
    const n = f.nodelist.nodes.length;
    if (n === 2) return [];
    return [{ node: d, message: `two_node: 1 is meant for exactly two nodes, but the nodelist has ${n}: votequorum ignores it, and the setting suggests a quorum that is not there` }];
  },
};

export const evenNodes: SemanticRule = {
  code: 'corosync.even-nodes',
  severity: 'warning',
  concept: 'quorum',
  description: 'an even number of votes with no quorum device or tie-breaker (2 nodes without two_node: 1)',
  check(ctx) {
    const f = factsOf(ctx);
    if (!f.quorum || !votequorum(f) || f.device || !f.nodelist?.nodes.length) return [];
    if (isOn(value(f.quorumKeys.get('auto_tie_breaker')))) return [];
    const votes = totalVotes(f);
    const nodes = f.nodelist.nodes.length;
    if (votes === 2 && nodes === 2) {
      if (isOn(value(f.quorumKeys.get('two_node')))) return [];
      return [
        {
          node: f.quorum,
          message: 'two nodes with neither two_node: 1 nor a quorum device (quorum { device { } }): when either node fails the other has 1 of 2 votes, no quorum, and stops its services',
        },
      ];
    }
    if (votes > 2 && votes % 2 === 0) {
      return [
        {
          node: f.quorum,
          message: `${votes} votes and no quorum device (quorum { device { } }) or auto_tie_breaker: a network split into two halves of ${votes / 2} leaves neither half with quorum, and the whole cluster stops`,
        },
      ];
    }
    return [];
  },
};

export const expectedVotes: SemanticRule = {
  code: 'corosync.expected-votes',
  severity: 'warning',
  concept: 'quorum',
  description: "expected_votes that differ from the nodelist's votes (quorum_votes, 1 per node by default)",
  check(ctx) {
    const f = factsOf(ctx);
    const d = f.quorumKeys.get('expected_votes');
    if (!d || !f.nodelist?.nodes.length) return [];
    const expected = Number(value(d));
    if (!Number.isInteger(expected)) return [];
    const votes = totalVotes(f);
    // A quorum device adds its votes (one by default, up to nodes - 1) to what the nodelist gives.
    if (f.device ? expected >= votes && expected <= 2 * votes - 1 : expected === votes) return [];
    return [
      {
        node: d,
        arg: 0,
        message: `expected_votes: ${expected} but the nodelist's ${f.nodelist.nodes.length} nodes carry ${votes} vote${votes === 1 ? '' : 's'}: votequorum takes expected_votes over the nodelist, so quorum is computed from the wrong total (leave expected_votes out when there is a nodelist)`,
      },
    ];
  },
};

export const cryptoTransport: SemanticRule = {
  code: 'corosync.crypto-transport',
  severity: 'error',
  concept: 'totem-protocol',
  description: 'crypto_cipher/crypto_hash (or secauth: on) with the udp or udpu transport, or a cipher without a hash',
  check(ctx) {
    const f = factsOf(ctx);
    if (!f.totem) return [];
    const cipher = f.totemKeys.get('crypto_cipher');
    const hash = f.totemKeys.get('crypto_hash');
    const secauth = f.totemKeys.get('secauth');
    const set = (d: ConfigNode | undefined) => d !== undefined && value(d) !== undefined && value(d) !== 'none';
    const out: Finding[] = [];
    if (f.transport === 'udp' || f.transport === 'udpu') {
      for (const d of [cipher, hash]) {
        if (set(d)) {
          out.push({
            node: d!,
            message: `${d!.keyword} is only supported by the knet transport: with transport ${f.transport} corosync refuses to start (use knet, or set it to none)`,
          });
        }
      }
      if (!set(cipher) && !set(hash) && secauth && isOn(value(secauth))) {
        out.push({
          node: secauth,
          message: `secauth: on turns encryption on, which only the knet transport supports: with transport ${f.transport} corosync refuses to start`,
        });
      }
    } else if (set(cipher) && !set(hash)) {
      out.push({
        node: cipher!,
        message: `crypto_cipher ${value(cipher)} needs a crypto_hash other than none (e.g. sha256): corosync refuses to encrypt without authenticating`,
      });
    }
    return out;
  },
};

export const totemVersion: SemanticRule = {
  code: 'corosync.totem-version',
  severity: 'error',
  concept: 'totem-protocol',
  description: 'no totem section, or one without version: 2',
  check(ctx) {
    const f = factsOf(ctx);
    if (!f.totem) {
      // corosync -t refuses a file without totem.version ("This totem parser can only parse version 2
      // configurations", or "No interfaces defined" when the nodelist is missing too). Not on an empty file, nor when
      // a totem section is there but could not be parsed.
      const first = ctx.model.nodes[0];
      if (!first || mentions(ctx, undefined, 'totem')) return [];
      return [
        {
          node: first,
          message: "there is no totem section: corosync needs 'totem { version: 2 }' and refuses to start without it",
        },
      ];
    }
    // A wrong value is the value check's; a missing one is this rule's.
    if (f.totemKeys.has('version') || mentions(ctx, f.totem, 'version')) return [];
    return [{ node: f.totem, message: "totem has no 'version: 2': corosync only parses version 2 configurations and refuses to start without it" }];
  },
};

export const consensus: SemanticRule = {
  code: 'corosync.consensus',
  severity: 'warning',
  concept: 'totem-protocol',
  description: 'a consensus timeout not greater than the token timeout',
  check(ctx) {
    const f = factsOf(ctx);
    const c = f.totemKeys.get('consensus');
    const t = f.totemKeys.get('token');
    if (!c || !t) return [];
    const cv = Number(value(c));
    const tv = Number(value(t));
    if (!Number.isFinite(cv) || !Number.isFinite(tv) || cv > tv) return [];
    return [
      {
        node: c,
        arg: 0,
        message: `consensus ${cv} ms is not greater than token ${tv} ms: a new membership may be formed before the token is declared lost (corosync's default is 1.2 × token, here ${Math.round(tv * 1.2)})`,
        related: [{ node: t, message: `token ${tv}` }],
      },
    ];
  },
};

export const clusterName: SemanticRule = {
  code: 'corosync.cluster-name',
  severity: 'warning',
  concept: 'cluster-engine',
  description: 'a totem section without cluster_name',
  check(ctx) {
    const f = factsOf(ctx);
    if (!f.totem || value(f.totemKeys.get('cluster_name')) || mentions(ctx, f.totem, 'cluster_name')) return [];
    return [
      {
        node: f.totem,
        message: 'totem has no cluster_name: pcs and Pacemaker identify the cluster by it, and two clusters on one network are only kept apart by their names',
      },
    ];
  },
};

export const corosyncSemantic: readonly SemanticRule[] = [
  totemVersion,
  clusterName,
  noNodelist,
  nodeAddress,
  nodeid,
  duplicateNodeAddress,
  linkFamilies,
  linkCount,
  cryptoTransport,
  consensus,
  twoNode,
  evenNodes,
  expectedVotes,
];
