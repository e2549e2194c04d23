/**
 * `haconf check` on worker threads (cli/parallel.ts) prints exactly what one pass on one thread prints: same files in
 * the same order, each once, includes attributed to the same include statement, same exit code.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import { lastRun } from '../../server/src/cli/parallel';
import { sharedDir } from '../helpers';

async function run(args: string[], workers: number): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const was = { ...process.env };
  process.env.HACONF_CHECK_WORKERS = String(workers);
  // The workers do all the chunks, so that their part is really tested (else this thread may finish first).
  process.env.HACONF_CHECK_MAIN_SHARE = '0';
  try {
    const code = await main(args, { write: (s) => void (out += s) }, { write: (s) => void (err += s) });
    return { code, out, err };
  } finally {
    for (const k of ['HACONF_CHECK_WORKERS', 'HACONF_CHECK_MAIN_SHARE']) {
      if (was[k] === undefined) delete process.env[k];
      else process.env[k] = was[k];
    }
  }
}

const FILES: Record<string, (i: number) => string> = {
  'haproxy.cfg': (i) => `global\n  daemon\ndefaults\n  mode http\n  timeout client 5s\n  timeout server 5s\n  timeout connect 1s\nfrontend fe${i}\n  bind :${8000 + i}\n  default_backend be${i % 3 ? i : 'missing'}\nbackend be${i}\n  server s1 10.0.0.${i % 250}:80 check\n`,
  'keepalived.conf': (i) => `vrrp_instance VI_${i} {\n  state ${i % 4 ? 'BACKUP' : 'MASTR'}\n  interface eth0\n  virtual_router_id ${i % 255}\n  priority 100\n  virtual_ipaddress {\n    10.1.0.${i % 250}\n  }\n}\n`,
  'corosync.conf': (i) => `totem {\n  version: 2\n  cluster_name: c${i}\n}\nnodelist {\n  node {\n    ring0_addr: 10.2.0.${i % 250}\n    nodeid: ${i % 5 ? 1 : 0}\n  }\n}\nquorum {\n  provider: corosync_votequorum\n}\n`,
  'r0.res': (i) => `resource r${i} {\n  net { protocol ${i % 6 ? 'C' : 'X'}; }\n  on alice { device /dev/drbd${i}; disk /dev/sdb1; address 10.3.0.1:${7000 + i}; meta-disk internal; node-id 0; }\n  on bob { device /dev/drbd${i}; disk /dev/sdb1; address 10.3.0.2:${7000 + i}; meta-disk internal; node-id 1; }\n}\n`,
  'ceph.conf': (i) => `[global]\nfsid = ${i}\nmon host = 10.4.0.${i % 250}\n[osd.${i}]\nosd memory target = ${i % 7 ? '4G' : 'lots'}\n`,
};

describe('haconf check on worker threads', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-parallel-'));
    const names = Object.keys(FILES);
    for (let i = 0; i < 200; i++) {
      const name = names[i % names.length];
      const dir = path.join(root, 'many', String(i));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, name), FILES[name](i));
    }
    // Includes: a keepalived fragment two configurations share (and that a folder walk finds too), a DRBD folder of
    // resources that drbd.conf includes and the walk also finds, a cycle, and an HAProxy folder split in two files.
    const w = (name: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    };
    w('ka/keepalived.conf', 'include shared.conf\nvrrp_instance A {\n  include inner.conf\n}\n');
    w('ka/b/keepalived.conf', 'include ../shared.conf\ninclude ../keepalived.conf\n');
    w('ka/shared.conf', 'global_defs {\n  router_id r1\n}\ninclude keepalived.conf\n');
    w('ka/inner.conf', 'state MASTER\ninterface eth0\nvirtual_router_id 9\npriority 50\n');
    w('drbd/drbd.conf', 'include "drbd.d/*.res";\n');
    w('drbd/drbd.d/a.res', FILES['r0.res'](1));
    w('drbd/drbd.d/b.res', FILES['r0.res'](6));
    w('hap/a.cfg', 'frontend f\n  mode http\n  bind :80\n  default_backend b\n');
    w('hap/b.cfg', 'backend b\n  mode http\n  server s 10.0.0.1:80\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  for (const format of ['json', 'text']) {
    it(`gives the output of one thread (--format ${format}), with 1 and 3 workers`, async () => {
      const one = await run(['check', '--format', format, root], 0);
      assert.equal(lastRun.workerTargets, 0);
      assert.equal(one.code, 1);
      assert.ok(one.out.length > 1000);
      for (const workers of [1, 3]) {
        const many = await run(['check', '--format', format, root], workers);
        assert.equal(many.code, one.code, `${workers} workers: exit code`);
        assert.equal(many.err, one.err, `${workers} workers: stderr`);
        assert.equal(many.out, one.out, `${workers} workers: output`);
        assert.ok(lastRun.workerTargets > 20, `${workers} workers checked ${lastRun.workerTargets} targets`);
      }
    });
  }

  it('checks each file once, an include with the statement that first reached it', async () => {
    const { out } = await run(['check', '--format', 'json', root], 2);
    const results = JSON.parse(out) as { file: string; includedFrom?: { file: string } }[];
    const files = results.map((r) => fs.realpathSync(path.resolve(r.file)));
    assert.equal(new Set(files).size, files.length);
    assert.ok(results.length >= 209, `${results.length} results`);
    const inner = results.find((r) => r.file.endsWith('inner.conf'));
    assert.ok(inner?.includedFrom?.file.endsWith(path.join('ka', 'keepalived.conf')));
  });

  it('gives the output of one thread over the shared corpus', { skip: sharedDir() ? false : 'needs ../shared (the corpus)' }, async () => {
    const corpus = path.join(sharedDir()!, 'corpus');
    const one = await run(['check', '--format', 'json', corpus], 0);
    const many = await run(['check', '--format', 'json', corpus], 2);
    assert.equal(many.code, one.code);
    assert.equal(many.out, one.out);
  });
});
