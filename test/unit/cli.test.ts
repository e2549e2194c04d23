import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import { registry } from '../../server/src/formats';
import { ROOT } from '../helpers';

const NODES =
  'nodelist {\n    node {\n        ring0_addr: 10.0.0.1\n        nodeid: 1\n    }\n    node {\n        ring0_addr: 10.0.0.2\n        nodeid: 2\n    }\n}\n' +
  'quorum {\n    provider: corosync_votequorum\n    two_node: 1\n}\n';
const GOOD = `totem {\n    version: 2\n    cluster_name: web\n}\n${NODES}`;
const BAD = `totem {\n    version: 2\n    cluster_name web\n}\n${NODES}`;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { write: (s) => void (out += s) }, { write: (s) => void (err += s) });
  return { code, out, err };
}

describe('haconf check', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-cli-'));
    fs.mkdirSync(path.join(dir, 'etc', 'corosync'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'etc', 'corosync', 'corosync.conf'), GOOD);
    fs.writeFileSync(path.join(dir, 'broken.conf'), BAD);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'nothing to see\n');
    fs.writeFileSync(path.join(dir, 'mystery.cfg'), 'alpha beta\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints nothing for a clean file', async () => {
    const r = await run(['check', path.join(dir, 'etc', 'corosync', 'corosync.conf')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
  });

  it('prints file:line:col: severity: message [code] and exits 1 on errors', async () => {
    const file = path.join(dir, 'broken.conf');
    const r = await run(['check', '--lang', 'corosync', file]);
    assert.equal(r.code, 1);
    assert.equal(
      r.out,
      `${file}:3:5: error: 'cluster_name web' is neither 'key: value' nor a section opening 'name {' nor a closing '}' [syntax.not-key-value]\n`,
    );
  });

  it('detects the format from the content when the name says nothing', async () => {
    const r = await run(['check', path.join(dir, 'broken.conf')]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /\[syntax\.not-key-value\]/);
  });

  it('prints JSON with --format json', async () => {
    const file = path.join(dir, 'broken.conf');
    const r = await run(['check', '--format=json', file]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 1);
    assert.equal(json[0].file, file);
    assert.equal(json[0].format, 'corosync');
    assert.deepEqual(
      json[0].diagnostics.map((d: { line: number; column: number; severity: string; code: string }) => [d.line, d.column, d.severity, d.code]),
      [[3, 5, 'error', 'syntax.not-key-value']],
    );
  });

  it('walks a directory and checks the files it recognises', async () => {
    const r = await run(['check', '--format', 'json', dir]);
    const files = JSON.parse(r.out).map((f: { file: string }) => path.relative(dir, f.file)).sort();
    assert.deepEqual(files, ['broken.conf', path.join('etc', 'corosync', 'corosync.conf')]);
    assert.equal(r.code, 1);
  });

  it('exits 2 for a missing file, an unknown option or format, and no files', async () => {
    const missing = await run(['check', path.join(dir, 'nope.cfg')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.cfg: no such file or directory/);
    assert.equal((await run(['check', '--frobnicate', 'x'])).code, 2);
    assert.equal((await run(['check', '--format', 'xml', 'x'])).code, 2);
    assert.equal((await run(['check', '--lang', 'nginx', 'x'])).code, 2);
    assert.equal((await run(['check'])).code, 2);
    assert.equal((await run(['lint', 'x'])).code, 2);
  });

  it('exits 2 when it cannot tell the format, and says how to fix it', async () => {
    const r = await run(['check', path.join(dir, 'mystery.cfg')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot tell which format this is.*--lang/);
  });

  it('runs as the installed bin with the same exit codes', () => {
    const bin = path.join(ROOT, 'bin', 'haconf.js');
    const ok = spawnSync(process.execPath, [bin, 'check', path.join(dir, 'etc', 'corosync', 'corosync.conf')], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    const bad = spawnSync(process.execPath, [bin, 'check', path.join(dir, 'broken.conf')], { encoding: 'utf8' });
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /broken\.conf:3:5: error: /);
    const usage = spawnSync(process.execPath, [bin, 'check'], { encoding: 'utf8' });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /usage: haconf check/);
  });
});

describe('the pre-commit hook definition', () => {
  const hooks = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  const files = new RegExp(/^\s*files:\s*(.+)$/m.exec(hooks)![1].trim());

  it('runs `haconf check` as hook haconf-check', () => {
    assert.match(hooks, /^- id: haconf-check$/m);
    assert.match(hooks, /^\s*entry: haconf check$/m);
  });

  it('matches the usual names of the five formats, and haconf knows each of them by its path alone', () => {
    const names = [
      'haproxy.cfg', 'etc/haproxy/haproxy.cfg', 'etc/haproxy/extra.cfg', 'keepalived.conf', 'etc/keepalived/conf.d/vrrp.conf',
      'corosync.conf', 'etc/corosync/corosync.conf', 'drbd.conf', 'etc/drbd.d/global_common.conf', 'etc/drbd.d/r0.res', 'r0.res',
      'ceph.conf', 'etc/ceph/ceph.conf',
    ];
    for (const n of names) {
      assert.ok(files.test(n), `${n} is matched`);
      assert.ok(registry.fromPath(`/${n}`), `${n} is known by its path`);
    }
    for (const n of ['nginx.conf', 'src/main.ts', 'app.cfg', 'README.md']) assert.ok(!files.test(n), `${n} is not matched`);
  });
});
