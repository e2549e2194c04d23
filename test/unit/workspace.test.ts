/** The workspace index over an in-memory file tree: formats, includes with globs, HAProxy directory sets, changes. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { registry } from '../../server/src/formats';
import { diagnose, WorkspaceIndex, type FileSource } from '../../server/src/service';
import { globToRegExp, pathToUri } from '../../server/src/service/workspace';
import { open } from '../helpers';

/** A FileSource over a map of path -> text (directories are implied by the paths). */
function memory(files: Record<string, string>): FileSource & { files: Record<string, string>; reads: string[] } {
  const reads: string[] = [];
  return {
    files,
    reads,
    async list(dir) {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const names = new Map<string, boolean>();
      for (const p of Object.keys(files)) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0);
      }
      return names.size ? [...names].map(([name, dir]) => ({ name, dir })) : undefined;
    },
    async read(path, maxBytes) {
      reads.push(path);
      const t = files[path];
      return t === undefined || t.length > maxBytes ? undefined : t;
    },
  };
}

const KEEPALIVED_MAIN = 'global_defs {\n  router_id lb1\n}\ninclude /etc/keepalived/conf.d/*.conf\nvrrp_script chk {\n  script "/bin/true"\n}\n';
const KEEPALIVED_VI = 'vrrp_instance VI_1 {\n  state MASTER\n  interface eth0\n  virtual_router_id 51\n  priority 100\n  track_script {\n    chk\n  }\n}\n';

function tree(): Record<string, string> {
  return {
    '/ws/haproxy/main.cfg': 'frontend www\n  bind :80\n  use_backend api if { path_beg /api }\n  default_backend web\n',
    '/ws/haproxy/backends.cfg': 'backend api\n  server a 10.0.0.1:80\nbackend web\n  server w 10.0.0.2:80\n',
    '/ws/other/haproxy.cfg': 'frontend solo\n  bind :81\n  default_backend web\nbackend web\n',
    '/ws/keepalived/keepalived.conf': KEEPALIVED_MAIN,
    '/ws/keepalived/conf.d/vi1.conf': KEEPALIVED_VI,
    '/ws/drbd/drbd.conf': 'include "drbd.d/*.res";\n',
    '/ws/drbd/drbd.d/r0.res': 'resource r0 {\n  on alice { address 10.0.0.1:7789; }\n}\n',
    '/ws/node_modules/x/haproxy.cfg': 'backend hidden\n',
    '/ws/notes.txt': 'not a config',
    '/ws/big/haproxy.cfg': `# ${'x'.repeat(2000)}\n`,
  };
}

describe('workspace index', () => {
  it('globs: *, ?, [..], {a,b} and ** over /-separated paths', () => {
    assert.ok(globToRegExp('/etc/keepalived/conf.d/*.conf').test('/etc/keepalived/conf.d/a.conf'));
    assert.ok(!globToRegExp('/etc/keepalived/conf.d/*.conf').test('/etc/keepalived/conf.d/sub/a.conf'));
    assert.ok(globToRegExp('/a/r?.res').test('/a/r0.res'));
    assert.ok(globToRegExp('/a/r[0-9].res').test('/a/r7.res'));
    assert.ok(globToRegExp('/a/{x,y}.conf').test('/a/y.conf'));
    assert.ok(globToRegExp('/a/**/z.cfg').test('/a/b/c/z.cfg'));
    assert.ok(!globToRegExp('/a/x.conf').test('/a/xxconf'), 'a dot is a dot');
  });

  it('indexes the five formats, skipping node_modules, unknown files and files over the size limit', async () => {
    const src = memory(tree());
    const index = new WorkspaceIndex(registry, src, { limits: { maxChars: 1000, parseBudgetMs: 3000 } });
    const seen: number[] = [];
    await index.build(['/ws'], (done) => seen.push(done));
    assert.deepEqual(index.paths(), [
      '/ws/drbd/drbd.conf',
      '/ws/drbd/drbd.d/r0.res',
      '/ws/haproxy/backends.cfg',
      '/ws/haproxy/main.cfg',
      '/ws/keepalived/conf.d/vi1.conf',
      '/ws/keepalived/keepalived.conf',
      '/ws/other/haproxy.cfg',
    ]);
    assert.ok(seen.length >= 7 && seen[seen.length - 1] === seen.length, 'progress counts every file');
    assert.ok(!src.reads.some((p) => p.includes('node_modules') || p.endsWith('.txt')));
  });

  it('forms sets: an HAProxy directory, a keepalived include of an absolute glob, a DRBD relative include', async () => {
    const index = new WorkspaceIndex(registry, memory(tree()));
    await index.build(['/ws']);
    assert.deepEqual(index.setOf('/ws/haproxy/main.cfg'), ['/ws/haproxy/backends.cfg', '/ws/haproxy/main.cfg']);
    assert.deepEqual(index.setOf('/ws/other/haproxy.cfg'), ['/ws/other/haproxy.cfg']);
    assert.deepEqual(index.setOf('/ws/keepalived/conf.d/vi1.conf'), ['/ws/keepalived/conf.d/vi1.conf', '/ws/keepalived/keepalived.conf']);
    assert.deepEqual(index.setOf('/ws/drbd/drbd.conf'), ['/ws/drbd/drbd.conf', '/ws/drbd/drbd.d/r0.res']);
  });

  it('gives diagnose() a view of the set: a backend of the other file resolves, a name of another set does not', async () => {
    const index = new WorkspaceIndex(registry, memory(tree()));
    await index.build(['/ws']);
    const files = tree();
    const main = await open('haproxy', files['/ws/haproxy/main.cfg'], pathToUri('/ws/haproxy/main.cfg'));
    const codes = () => diagnose(main, { workspace: index.view(main.uri) }).map((d) => String(d.code)).filter((c) => c.startsWith('haproxy.'));
    assert.deepEqual(codes(), []);
    assert.ok(diagnose(main).some((d) => d.code === 'haproxy.undefined-backend'), 'alone, the backend is missing');
    const backends = await open('haproxy', files['/ws/haproxy/backends.cfg'], pathToUri('/ws/haproxy/backends.cfg'));
    assert.deepEqual(diagnose(backends, { workspace: index.view(backends.uri) }).filter((d) => String(d.code).includes('unused')), []);
    const vi = await open('keepalived', KEEPALIVED_VI, pathToUri('/ws/keepalived/conf.d/vi1.conf'));
    assert.deepEqual(diagnose(vi, { workspace: index.view(vi.uri) }).filter((d) => String(d.code).includes('vrrp_script')), []);
    assert.equal(diagnose(vi).filter((d) => d.code === 'keepalived.undefined-vrrp_script').length, 1);
    for (const d of [main, backends, vi]) d.dispose();
  });

  it('open buffers win over the disk, and a change on disk re-reads that file alone', async () => {
    const src = memory(tree());
    const index = new WorkspaceIndex(registry, src);
    await index.build(['/ws']);
    const main = await open('haproxy', tree()['/ws/haproxy/main.cfg'], pathToUri('/ws/haproxy/main.cfg'));
    index.setOpen(main);
    // The buffer renames the backend it uses: the index sees the buffer, not the disk.
    main.update([{ range: { start: { line: 2, character: 14 }, end: { line: 2, character: 17 } }, text: 'apx' }], 2);
    index.openChanged(main);
    const other = index.others(pathToUri('/ws/haproxy/backends.cfg'));
    assert.deepEqual(other[0].refs.map((r) => r.name), ['apx', 'web']);
    // backends.cfg renames its backend on disk: one read, of that file.
    src.files['/ws/haproxy/backends.cfg'] = 'backend apx\n  server a 10.0.0.1:80\nbackend web\n';
    src.reads.length = 0;
    const affected = await index.fileChanged('/ws/haproxy/backends.cfg');
    assert.deepEqual(src.reads, ['/ws/haproxy/backends.cfg']);
    assert.deepEqual(index.openUris(affected), [main.uri]);
    assert.deepEqual(diagnose(main, { workspace: index.view(main.uri) }).filter((d) => String(d.code).startsWith('haproxy.')), []);
    // Deleted: the backend is missing again.
    const gone = await index.fileChanged('/ws/haproxy/backends.cfg', true);
    assert.ok(gone.includes('/ws/haproxy/main.cfg'));
    assert.equal(diagnose(main, { workspace: index.view(main.uri) }).filter((d) => d.code === 'haproxy.undefined-backend').length, 2);
    main.dispose();
  });

  it('a new file that an include names joins the set, even when its content alone does not show the format', async () => {
    const src = memory(tree());
    const index = new WorkspaceIndex(registry, src);
    await index.build(['/ws']);
    src.files['/ws/keepalived/conf.d/vi2.conf'] = 'vrrp_instance VI_2 {\n  track_script {\n    chk\n  }\n}\n';
    await index.fileChanged('/ws/keepalived/conf.d/vi2.conf');
    assert.deepEqual(index.setOf('/ws/keepalived/keepalived.conf'), [
      '/ws/keepalived/conf.d/vi1.conf',
      '/ws/keepalived/conf.d/vi2.conf',
      '/ws/keepalived/keepalived.conf',
    ]);
    assert.ok([...index.files()].some((f) => f.defs.some((d) => d.name === 'VI_2')));
  });
  it('with setsOnly indexes only the files that share a configuration, and their sets stay whole', async () => {
    const src = memory(tree());
    const full = new WorkspaceIndex(registry, memory(tree()), { limits: { maxChars: 1000, parseBudgetMs: 3000 } });
    await full.build(['/ws']);
    const lazy = new WorkspaceIndex(registry, src, { limits: { maxChars: 1000, parseBudgetMs: 3000 }, setsOnly: true });
    await lazy.build(['/ws']);
    // The HAProxy file alone in /ws/other is not indexed; the directory pair, the includers and what they include are.
    assert.deepEqual(lazy.paths(), full.paths().filter((p) => p !== '/ws/other/haproxy.cfg'));
    for (const p of ['/ws/haproxy/main.cfg', '/ws/keepalived/conf.d/vi1.conf', '/ws/drbd/drbd.d/r0.res']) assert.deepEqual(lazy.setOf(p), full.setOf(p));
    // A file left out is a set of its own: its view shares nothing.
    assert.equal(lazy.view(pathToUri('/ws/other/haproxy.cfg')).shared, false);
    assert.equal(lazy.view(pathToUri('/ws/haproxy/main.cfg')).definitions('backend').length, 2);
  });
});
