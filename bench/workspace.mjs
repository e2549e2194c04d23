// The workspace index on a generated workspace: how long indexing a folder takes (what the server does once at
// start, in the background, with progress) and how long one changed file takes (what it does on every save).
import fs from 'node:fs';
import path from 'node:path';

/** Writes a workspace of `sets` HAProxy directories (10 files each: frontends using the backends of the others),
 * keepalived configurations with an include glob, and DRBD resources; returns the file and line counts. */
export function generateWorkspace(dir, sets = 40) {
  fs.rmSync(dir, { recursive: true, force: true });
  let files = 0;
  let lines = 0;
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files++;
    lines += text.split('\n').length - 1;
  };
  for (let s = 0; s < sets; s++) {
    const hp = path.join(dir, `site${s}`, 'haproxy');
    for (let f = 0; f < 10; f++) {
      const out = [];
      if (f === 0) {
        out.push('global', '    maxconn 4096', '', 'defaults', '    mode http', '    timeout connect 5s', '    timeout client 30s', '    timeout server 30s', '');
        for (let fe = 0; fe < 10; fe++) {
          out.push(`frontend fe_${fe}`, `    bind :${8000 + fe}`, `    acl is_api_${fe} path_beg /api`);
          for (let b = 1; b < 10; b++) out.push(`    use_backend be_${b}_${fe} if is_api_${fe} { hdr(host) -i h${b}.example }`);
          out.push(`    default_backend be_1_${fe}`, '');
        }
      } else {
        for (let b = 0; b < 10; b++) {
          out.push(`backend be_${f}_${b}`, '    balance roundrobin', '    option httpchk GET /health');
          for (let k = 0; k < 4; k++) out.push(`    server s${k} 10.${s}.${f}.${b * 4 + k + 1}:80 check inter 2s`);
          out.push('');
        }
      }
      write(path.join(hp, f === 0 ? 'haproxy.cfg' : `backends-${f}.cfg`), out.join('\n') + '\n');
    }
    const ka = path.join(dir, `site${s}`, 'keepalived');
    write(path.join(ka, 'keepalived.conf'), 'global_defs {\n    router_id lb1\n}\ninclude /etc/keepalived/conf.d/*.conf\nvrrp_script chk_haproxy {\n    script "/usr/bin/killall -0 haproxy"\n    interval 2\n}\n');
    for (let v = 0; v < 4; v++) {
      write(
        path.join(ka, 'conf.d', `vi${v}.conf`),
        `vrrp_instance VI_${v} {\n    state BACKUP\n    interface eth0\n    virtual_router_id ${50 + v}\n    priority 100\n    virtual_ipaddress {\n        192.168.${s}.${v + 10}/24\n    }\n    track_script {\n        chk_haproxy\n    }\n}\n`,
      );
    }
    const drbd = path.join(dir, `site${s}`, 'drbd');
    write(path.join(drbd, 'drbd.conf'), 'include "drbd.d/*.res";\n');
    write(path.join(drbd, 'drbd.d', 'r0.res'), `resource r0 {\n    device /dev/drbd0;\n    disk /dev/sdb1;\n    meta-disk internal;\n    on alice { address 10.${s}.0.1:7789; node-id 0; }\n    on bob { address 10.${s}.0.2:7789; node-id 1; }\n    connection { host alice; host bob; }\n}\n`);
  }
  return { files, lines };
}

/** Median and p99 of the full index build and of one changed file. */
export async function measureWorkspace(root, { WorkspaceIndex }, registry, diskSource, runs = 5) {
  const dir = path.join(root, 'bench', '.generated', 'workspace');
  const size = generateWorkspace(dir);
  const builds = [];
  let index;
  for (let i = 0; i < runs + 1; i++) {
    index = new WorkspaceIndex(registry, diskSource);
    const t0 = process.hrtime.bigint();
    await index.build([dir]);
    if (i > 0) builds.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const changed = path.join(dir, 'site0', 'haproxy', 'backends-3.cfg');
  const text = fs.readFileSync(changed, 'utf8');
  const changes = [];
  for (let i = 0; i < 21; i++) {
    fs.writeFileSync(changed, i % 2 ? text : text.replace('be_3_0', 'be_3_0x'));
    const t0 = process.hrtime.bigint();
    const affected = await index.fileChanged(changed);
    const view = index.view(`file://${path.join(dir, 'site0', 'haproxy', 'haproxy.cfg')}`);
    view.definitions('backend');
    changes.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (affected.length !== 10) throw new Error(`expected the 10 files of the directory, got ${affected.length}`);
  }
  fs.writeFileSync(changed, text);
  const stat = (s) => {
    const a = [...s].sort((x, y) => x - y);
    return { median: a[Math.floor(a.length / 2)], p99: a[Math.min(a.length - 1, Math.ceil(0.99 * a.length) - 1)] };
  };
  return { ...size, indexed: index.size, build: stat(builds), change: stat(changes) };
}
