/**
 * Runs a real tool on a file the way the agreement measurement needs: away from this machine's network, host name and
 * files, in an environment that fits the file the mutant came from. As root with `unshare`, each run gets fresh
 * network, UTS and mount namespaces (nothing leaves them, nothing of the host changes):
 *   - keepalived: a dummy (or bridge) interface for each interface the original file names;
 *   - corosync: the first node's addresses on a dummy interface, node names in a private /etc/hosts, the first node's
 *     name as host name, an authkey in a private /etc/corosync, its log directory in a private /var/log;
 *   - haproxy: no network;
 *   - drbdadm, ceph-conf: run without namespaces (they read the file only; drbdadm pretends to be a host no `on`
 *     section names, through the adapter's __DRBD_NODE__).
 * Without root or unshare the tool runs as it is (reported by `sandboxed()`), and verdicts may then include what
 * depends on this machine.
 */
import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { withSbin, type NativeRun, type NativeTool } from '../../server/src/native';

const SETUP = `
ip link set lo up 2>/dev/null
link() { ip link add "$1" type dummy 2>/dev/null || ip link add "$1" type bridge 2>/dev/null; ip link set "$1" up 2>/dev/null; }
link hcnode0
for n in $HACONF_IFACES; do link "$n"; done
for a in $HACONF_ADDRS; do
  case "$a" in
    *:*) ip -6 addr add "$a/128" dev hcnode0 nodad 2>/dev/null ;;
    *) ip addr add "$a/32" dev hcnode0 2>/dev/null ;;
  esac
done
if [ -n "$HACONF_HOSTS" ]; then mount --bind "$HACONF_HOSTS" /etc/hosts || exit 97; fi
if [ -n "$HACONF_HOSTNAME" ]; then hostname "$HACONF_HOSTNAME" || exit 97; fi
if [ -n "$HACONF_LOGDIRS" ]; then
  mount -t tmpfs -o size=4m tmpfs /var/log || exit 97
  for d in $HACONF_LOGDIRS; do mkdir -p "$d"; done
fi
if [ -n "$HACONF_AUTHKEY" ] && [ -d /etc/corosync ]; then
  mount -t tmpfs -o size=1m tmpfs /etc/corosync || exit 97
  cp "$HACONF_AUTHKEY" /etc/corosync/authkey && chmod 400 /etc/corosync/authkey
fi
exec "$@"
`;

let canSandbox: boolean | undefined;
/** Whether runs are sandboxed (root and a working `unshare -n -u -m`). */
export function sandboxed(): boolean {
  if (canSandbox === undefined) {
    try {
      canSandbox = process.getuid?.() === 0 && (execFileSync('unshare', ['-n', '-u', '-m', 'true'], { stdio: 'ignore', timeout: 5000 }), true);
    } catch {
      canSandbox = false;
    }
  }
  return canSandbox;
}

/** The environment a file's runs need, worked out once from the file the tool accepts. */
export interface Environment {
  ifaces: string[];
  addrs: string[];
  hosts: [string, string][];
  hostname?: string;
  authkey: boolean;
  /** Log directories under /var/log the file writes to (made in a private /var/log). */
  logDirs: string[];
  /** corosync: how many nodes the nodelist has (this host plays one of them). */
  nodes?: number;
}

const IFNAME = /^[A-Za-z0-9_.-]{1,15}$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6 = /^[0-9A-Fa-f:]+:[0-9A-Fa-f:.]*$/;

/**
 * `text` is the file the tool accepts; this host is node `self` (0-based) of its corosync nodelist, the first by
 * default. `checked`, when given, is the (mutated) file to be checked in that environment:
 * the host names its nodelist gives that `text` does not get addresses of their own (never this host's), as every
 * name of a working cluster's nodelist resolves: `corosync -t` resolves each ringX_addr, and a name that resolves
 * nowhere says nothing about the file.
 */
export function environmentFor(format: string, text: string, checked?: string, self = 0): Environment {
  const env: Environment = { ifaces: [], addrs: [], hosts: [], authkey: false, logDirs: [] };
  const code = text.replace(/#.*$/gm, '');
  if (format === 'keepalived') {
    const names = new Set<string>();
    for (const m of code.matchAll(/\b(?:interface|dev|lvs_sync_daemon|lvs_sync_daemon_interface|mcast_src_ip_interface)\s+([^\s{}"]+)/g)) names.add(m[1]);
    for (const m of code.matchAll(/\btrack_interface\s*\{([^}]*)\}/g)) for (const l of m[1].split('\n')) if (l.trim()) names.add(l.trim().split(/\s+/)[0]);
    env.ifaces = [...names].filter((n) => IFNAME.test(n) && n !== 'lo' && n !== 'hcnode0');
  }
  if (format === 'corosync') {
    env.authkey = true;
    for (const m of code.matchAll(/\blogfile\s*:\s*(\/var\/log\/[\w./-]+)/g)) {
      const dir = path.posix.dirname(m[1]);
      if (!dir.includes('..') && !env.logDirs.includes(dir)) env.logDirs.push(dir);
    }
    const nodes = [...code.matchAll(/\bnode\s*\{([^}]*)\}/g)].map((m) => m[1]);
    let next = 1;
    nodes.forEach((body, k) => {
      const addrs = [...body.matchAll(/\bring\d+_addr\s*:\s*(\S+)/g)].map((m) => m[1]);
      const name = /\bname\s*:\s*(\S+)/.exec(body)?.[1];
      const local: string[] = [];
      for (const a of addrs) {
        if (IPV4.test(a) || IPV6.test(a)) local.push(a);
        else if (/^[\w.-]+$/.test(a)) {
          const ip = `198.51.100.${next++}`;
          env.hosts.push([ip, a]);
          local.push(ip);
        }
      }
      if (k === self) {
        env.addrs = local;
        env.hostname = name && /^[\w.-]{1,63}$/.test(name) ? name : addrs.find((a) => /^[A-Za-z][\w.-]*$/.test(a)) ?? 'haconf-node';
      }
    });
    env.nodes = nodes.length;
    if (checked !== undefined) {
      const known = new Set(env.hosts.map(([, n]) => n));
      let extra = 1;
      for (const m of checked.replace(/#.*$/gm, '').matchAll(/\bring\d+_addr\s*:\s*(\S+)/g)) {
        const a = m[1];
        if (known.has(a) || !/^(?=.*[A-Za-z])[\w.-]+$/.test(a) || IPV6.test(a) || extra > 250) continue;
        known.add(a);
        env.hosts.push([`203.0.113.${extra++}`, a]);
      }
    }
  }
  return env;
}

/** One run of `tool` on `file` (a path the tool may read) in the sandbox, with a time limit. */
export function runTool(tool: NativeTool, file: string, env: Environment, timeoutMs = 20_000): Promise<NativeRun & { ms: number; timedOut: boolean; setupFailed: boolean }> {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-agree-'));
  const prepared = tool.prepare(file, { tmpDir });
  const vars: Record<string, string> = { ...process.env, PATH: withSbin(process.env.PATH), ...prepared.env } as Record<string, string>;
  let command = tool.command;
  let args = prepared.args;
  // drbdadm and ceph-conf only read files (drbdadm pretends to be another host through its adapter): they run as they
  // are, which saves the namespaces' cost; the others get namespaces of their own.
  if (sandboxed() && tool.format !== 'drbd' && tool.format !== 'ceph') {
    vars.HACONF_IFACES = env.ifaces.join(' ');
    vars.HACONF_ADDRS = env.addrs.join(' ');
    vars.HACONF_HOSTNAME = env.hostname ?? 'haconf-check';
    if (env.hosts.length) {
      const hosts = path.join(tmpDir, 'hosts');
      fs.writeFileSync(hosts, `127.0.0.1 localhost\n::1 localhost\n${env.hosts.map(([ip, n]) => `${ip} ${n}`).join('\n')}\n`);
      vars.HACONF_HOSTS = hosts;
    }
    if (env.logDirs.length) vars.HACONF_LOGDIRS = env.logDirs.join(' ');
    if (env.authkey) {
      const key = path.join(tmpDir, 'authkey');
      fs.writeFileSync(key, Buffer.alloc(128, 7));
      vars.HACONF_AUTHKEY = key;
    }
    args = ['-n', '-u', '-m', '--', 'sh', '-c', SETUP, 'sh', tool.command, ...args];
    command = 'unshare';
  }
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(command, args, { env: vars, cwd: path.dirname(file), timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 8 << 20, encoding: 'utf8' }, (err, stdout, stderr) => {
      fs.rmSync(tmpDir, { recursive: true, force: true });
      const e = err as { code?: unknown; killed?: boolean } | null;
      const code: number | null = !e ? 0 : typeof e.code === 'number' ? e.code : null;
      // 97: the sandbox could not be set up; no verdict of the tool's.
      resolve({ stdout, stderr, code, ms: Date.now() - started, timedOut: !!e?.killed, setupFailed: code === 97 });
    }).stdin?.end();
  });
}
