/**
 * HAProxy's named objects: proxies (frontend, backend, listen), named defaults, ACLs (scoped to their section),
 * userlists, resolvers, peers, caches, rings, http-errors, mailers and stick tables, and the places that name them.
 *
 * Facts checked with `haproxy -c` (2.6): a missing literal `use_backend`/`default_backend` target, an undefined ACL
 * in a condition (also one defined later in the section), a missing userlist in `http_auth()`, resolvers on a
 * server, peers of a stick-table, a table of `track-sc`, a cache and a `from` defaults are all fatal errors; a
 * `use_backend` with a log-format expression (`%[...]`) is resolved at run time; a `listen` is a valid backend, a
 * `frontend` is not; tables of a peers section are named `peers/table`.
 */
import { SymbolKind } from 'vscode-languageserver-types';
import type { NameDefinition, NameReference, NameSpec, NodeNames } from '../../service/format';
import type { Anchor, ConfigNode } from '../../service/model';
import { argLoc, kindList } from '../../service/names';

/** ACLs HAProxy defines itself. */
const PREDEFINED_ACLS = new Set([
  'FALSE', 'HTTP', 'HTTP_1.0', 'HTTP_1.1', 'HTTP_2.0', 'HTTP_3.0', 'HTTP_CONTENT', 'HTTP_URL_ABS', 'HTTP_URL_SLASH',
  'HTTP_URL_STAR', 'LOCALHOST', 'METH_CONNECT', 'METH_DELETE', 'METH_GET', 'METH_HEAD', 'METH_OPTIONS', 'METH_POST',
  'METH_PUT', 'METH_TRACE', 'RDP_COOKIE', 'REQ_CONTENT', 'TRUE', 'WAIT_END',
]);

const PROXIES = new Set(['frontend', 'backend', 'listen']);
const RULE_SECTIONS = new Set(['frontend', 'backend', 'listen', 'defaults']);
/** Sections whose first argument is the name of an object of that kind. */
const NAMED_SECTIONS: Record<string, string> = {
  userlist: 'userlist',
  resolvers: 'resolvers',
  peers: 'peers',
  cache: 'cache',
  ring: 'ring',
  'http-errors': 'http-errors',
  mailers: 'mailers',
};
/** Rule keywords whose actions may track a counter in a table (`track-sc0 src table t`). */
const TRACKING = new Set(['http-request', 'http-response', 'http-after-response', 'tcp-request', 'tcp-response', 'stick', 'quic-initial']);
/** Sample fetches whose argument names a backend (or listen). */
const BACKEND_FETCH = /\b(?:nbsrv|be_conn|be_conn_free|be_sess_rate|avg_queue|connslots|queue|srv_is_up|srv_conn|srv_conn_free|srv_queue|srv_sess_rate|srv_iweight|srv_uweight|srv_weight)\(([^),/\s]+)/g;
const USERLIST_FETCH = /\bhttp_auth(?:_group|_bearer)?\(([^),\s]+)/g;
const RESOLVE_ACTION = /^do-resolve\([^,]*,([^,)\s]+)/;

/** Keywords whose line may end in an `if`/`unless` condition. */
const CONDITIONAL = new Set([
  'use_backend', 'use-server', 'http-request', 'http-response', 'http-after-response', 'tcp-request', 'tcp-response',
  'redirect', 'block', 'stick', 'force-persist', 'ignore-persist', 'monitor', 'stats', 'quic-initial', 'use-fcgi-app',
  'reqadd', 'rspadd', 'reqdel', 'reqdeny', 'reqallow', 'reqtarpit', 'reqrep', 'rsprep', 'rspdel', 'rspdeny',
]);

const KEEP = 1;
const FIXED = 2;
const INHERITED = 4;

/**
 * A definition at argument `i` of a node. A 24,000-line file has some 5,000 of them, kept while their section is
 * unchanged, so each holds only what differs: its place is in its node's anchor (argLoc gives no other), and its
 * three flags are one number.
 */
class Definition implements NameDefinition {
  constructor(
    readonly kind: string,
    readonly name: string,
    readonly node: ConfigNode,
    readonly s: number,
    readonly e: number,
    readonly scope: ConfigNode | undefined,
    private readonly flags: number,
  ) {}
  get anchor(): Anchor {
    return this.node.anchor;
  }
  get keep(): boolean {
    return (this.flags & KEEP) !== 0;
  }
  get fixed(): boolean {
    return (this.flags & FIXED) !== 0;
  }
  get inherited(): boolean {
    return (this.flags & INHERITED) !== 0;
  }
}

/** A reference at (part of) argument `i` of a node; its place, likewise, in its node's anchor. */
class Reference implements NameReference {
  constructor(
    public kinds: readonly string[],
    readonly name: string,
    readonly node: ConfigNode,
    readonly s: number,
    readonly e: number,
    readonly scope: ConfigNode | undefined,
    readonly soft: boolean,
  ) {}
  get anchor(): Anchor {
    return this.node.anchor;
  }
}

function def(kind: string, name: string, node: ConfigNode, i: number, keep = false, fixed = false, scope?: ConfigNode, inherited = false): NameDefinition {
  const l = argLoc(node, i);
  return new Definition(kind, name, node, l.s, l.e, scope, (keep ? KEEP : 0) | (fixed ? FIXED : 0) | (inherited ? INHERITED : 0));
}
function ref(kind: string, name: string, node: ConfigNode, i: number, soft = false, scope?: ConfigNode, from = 0, to?: number): NameReference {
  const l = argLoc(node, i, from, to);
  return new Reference(kindList(kind), name, node, l.s, l.e, scope, soft);
}

/** An ACL name as HAProxy reads it in a condition. */
const ACL_NAME = /^[A-Za-z0-9_.:-]+$/;

function extract(top: ConfigNode, out: NodeNames): void {
  // An `.if` anywhere: the tool may skip what it guards.
  if (top.type === 'conditional' || top.children.some((c) => c.type === 'conditional')) out.uncertain = true;
  if (top.kind !== 'section') return;
  const kw = top.keyword;
  const name = top.argCount ? top.argValue(0) : '';
  const named = name !== '' && name !== 'from';
  if (PROXIES.has(kw) && named) {
    if (kw === 'frontend' || kw === 'listen') out.defs.push(def('frontend', name, top, 0, true));
    if (kw === 'backend' || kw === 'listen') out.defs.push(def('backend', name, top, 0, kw === 'listen'));
    if (top.children.some((c) => c.keyword === 'stick-table')) out.defs.push(def('table', name, top, 0, true));
  } else if (kw === 'defaults' && named) {
    out.defs.push(def('defaults', name, top, 0));
  } else if (NAMED_SECTIONS[kw] && named) {
    out.defs.push(def(NAMED_SECTIONS[kw], name, top, 0));
  }
  // `from NAME` on a proxy or defaults header.
  for (let i = 0; i + 1 < top.argCount; i++) {
    if (top.argValue(i) === 'from') out.refs.push(ref('defaults', top.argValue(i + 1), top, i + 1));
  }
  const rules = RULE_SECTIONS.has(kw);
  const children = top.children;
  for (let c = 0; c < children.length; c++) {
    const node = children[c];
    if (node.kind !== 'directive' || node.type === 'conditional' || node.argCount === 0 && node.keyword !== 'stick-table') continue;
    const k = node.keyword;
    if (kw === 'peers' && k === 'table' && node.argCount && named) {
      out.defs.push(def('table', `${name}/${node.argValue(0)}`, node, 0, false, true));
      continue;
    }
    if (!rules) continue;
    if (k === 'acl') {
      out.defs.push(def('acl', node.argValue(0), node, 0, false, false, top, kw === 'defaults'));
    } else if (k === 'use_backend' || k === 'default_backend') {
      const target = node.argText(0);
      if (target.includes('%')) out.dynamic.push('backend');
      else out.refs.push(ref('backend', node.argValue(0), node, 0));
    } else if ((k === 'server' || k === 'default-server' || k === 'server-template') && node.argCount) {
      for (let i = 1; i + 1 < node.argCount; i++) {
        if (node.argText(i) === 'resolvers') out.refs.push(ref('resolvers', node.argValue(i + 1), node, i + 1));
      }
    } else if (k === 'stick-table') {
      for (let i = 0; i + 1 < node.argCount; i++) {
        if (node.argText(i) === 'peers') out.refs.push(ref('peers', node.argValue(i + 1), node, i + 1));
      }
    } else if (k === 'filter' && node.argText(0) === 'cache' && node.argCount > 1) {
      out.refs.push(ref('cache', node.argValue(1), node, 1));
    } else if (k === 'log') {
      const target = node.argText(0);
      if (target.startsWith('ring@') && target.length > 5) out.refs.push(ref('ring', target.slice(5), node, 0, true, undefined, 5));
    } else if (k === 'errorfiles') {
      out.refs.push(ref('http-errors', node.argValue(0), node, 0, true));
    } else if (k === 'email-alert' && node.argText(0) === 'mailers' && node.argCount > 1) {
      out.refs.push(ref('mailers', node.argValue(1), node, 1, true));
    }
    if (TRACKING.has(k)) tracking(node, out);
    // Most lines hold no condition and no sample fetch: look at the line's text once before taking it apart.
    const base = node.anchor.offset;
    const line = node.anchor.lines.slice(base + node.s, base + node.ce);
    if (CONDITIONAL.has(k) && (line.includes(' if ') || line.includes(' unless '))) condition(node, top, out);
    if (line.includes('(')) fetches(node, out);
  }
}

/** `http-request cache-use NAME`, `track-sc0 KEY table NAME`, `stick on KEY table NAME`, `do-resolve(var,NAME)`. */
function tracking(node: ConfigNode, out: NodeNames): void {
  const n = node.argCount;
  let tracks = node.keyword === 'stick';
  for (let i = 0; i < n; i++) {
    const t = node.argText(i);
    if (t === 'if' || t === 'unless') break;
    if ((t === 'cache-use' || t === 'cache-store') && i + 1 < n) {
      out.refs.push(ref('cache', node.argValue(i + 1), node, i + 1));
    } else if (/^track-sc\d*$/.test(t)) {
      tracks = true;
    } else if (t === 'table' && tracks && i + 1 < n) {
      out.refs.push(ref('table', node.argValue(i + 1), node, i + 1));
    } else {
      const m = RESOLVE_ACTION.exec(t);
      if (m) out.refs.push(ref('resolvers', m[1], node, i, false, undefined, t.indexOf(',') + 1, t.indexOf(',') + 1 + m[1].length));
    }
  }
}

/** The ACL names of an `if`/`unless` condition: bare words (with `!`), not the operators or `{ ... }` ACLs. */
function condition(node: ConfigNode, top: ConfigNode, out: NodeNames): void {
  const n = node.argCount;
  let i = 0;
  while (i < n && node.argText(i) !== 'if' && node.argText(i) !== 'unless') i++;
  if (i >= n) return;
  let depth = 0;
  for (i++; i < n; i++) {
    const t = node.argText(i);
    if (t === '{' || t === '!{') depth++;
    else if (t === '}') depth = Math.max(0, depth - 1);
    if (depth > 0 || t === '}' || t === '!' || t === 'or' || t === '||') continue;
    const bang = t.startsWith('!') ? 1 : 0;
    const name = t.slice(bang);
    if (!name || !ACL_NAME.test(name)) continue;
    out.refs.push(ref('acl', name, node, i, false, top, bang, t.length));
  }
}

/** Names inside sample fetches anywhere in a line: `http_auth(users)`, `nbsrv(app)`, `srv_is_up(app/web1)`. */
function fetches(node: ConfigNode, out: NodeNames): void {
  const n = node.argCount;
  for (let i = 0; i < n; i++) {
    const t = node.argText(i);
    if (!t.includes('(')) continue;
    for (const [re, kind] of [[USERLIST_FETCH, 'userlist'], [BACKEND_FETCH, 'backend']] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const at = m.index + m[0].length - m[1].length;
        out.refs.push(ref(kind, m[1], node, i, kind === 'backend', undefined, at, at + m[1].length));
      }
    }
  }
}

export const haproxyNames: NameSpec = {
  kinds: {
    frontend: { label: 'frontend', symbol: SymbolKind.Interface },
    backend: { label: 'backend', symbol: SymbolKind.Class, undefinedSeverity: 'error', unused: true },
    defaults: { label: 'defaults section', symbol: SymbolKind.Module, undefinedSeverity: 'error' },
    acl: { label: 'ACL', symbol: SymbolKind.Boolean, scoped: true, undefinedSeverity: 'error', unused: true, builtins: PREDEFINED_ACLS, pattern: ACL_NAME },
    userlist: { label: 'userlist', symbol: SymbolKind.Namespace, undefinedSeverity: 'error', unused: true },
    resolvers: { label: 'resolvers section', symbol: SymbolKind.Namespace, undefinedSeverity: 'error' },
    peers: { label: 'peers section', symbol: SymbolKind.Namespace, undefinedSeverity: 'error' },
    cache: { label: 'cache', symbol: SymbolKind.Namespace, undefinedSeverity: 'error', unused: true },
    table: { label: 'stick table', symbol: SymbolKind.Struct, undefinedSeverity: 'error' },
    ring: { label: 'ring', symbol: SymbolKind.Namespace, undefinedSeverity: 'warning' },
    'http-errors': { label: 'http-errors section', symbol: SymbolKind.Namespace, undefinedSeverity: 'warning' },
    mailers: { label: 'mailers section', symbol: SymbolKind.Namespace, undefinedSeverity: 'warning' },
  },
  extract,
  directorySet: true,
};
