/** `haconf check` follows keepalived and DRBD includes: globs, relative folders, cycles, missing files, fragments. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import { expandBraces, globFiles, hasMagic, segmentPattern } from '../../server/src/cli/includes';

async function run(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const was = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await main(args, { write: (s) => void (out += s) }, { write: (s) => void (err += s) });
    return { code, out, err };
  } finally {
    process.chdir(was);
  }
}

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

const RESOURCE = (name: string, protocol = 'C') =>
  `resource ${name} {\n  net { protocol ${protocol}; }\n  on alice { device /dev/drbd0; disk /dev/sdb1; address 10.0.0.1:7789; meta-disk internal; node-id 0; }\n  on bob { device /dev/drbd0; disk /dev/sdb1; address 10.0.0.2:7789; meta-disk internal; node-id 1; }\n}\n`;

describe('glob patterns', () => {
  it('expands csh-style braces, nested, leaving a brace without a comma as written', () => {
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.deepEqual(expandBraces('{x}.conf'), ['{x}.conf']);
    assert.deepEqual(expandBraces('{a,b'), ['{a,b']);
    assert.deepEqual(expandBraces('\\{a,b}'), ['\\{a,b}']);
    assert.deepEqual(expandBraces('{,x}y'), ['y', 'xy']);
  });

  it('matches *, ? and [...] within one segment, escapes taken literally', () => {
    assert.ok(hasMagic('*.res') && hasMagic('a?') && hasMagic('[ab]') && !hasMagic('a\\*b') && !hasMagic('plain.conf'));
    assert.ok(segmentPattern('*.res').test('r0.res'));
    assert.ok(!segmentPattern('*.res').test('r0.res.bak'));
    assert.ok(segmentPattern('r?.res').test('r1.res') && !segmentPattern('r?.res').test('r10.res'));
    assert.ok(segmentPattern('[!a]*').test('b') && !segmentPattern('[!a]*').test('a'));
    assert.ok(segmentPattern('[]x]').test(']'));
    assert.ok(segmentPattern('a\\*').test('a*') && !segmentPattern('a\\*').test('ab'));
    assert.ok(segmentPattern('a.b').test('a.b') && !segmentPattern('a.b').test('axb'));
  });

  it('lists matches sorted, skips dot files unless the pattern starts with a dot, and says when the folder is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-glob-'));
    try {
      write(dir, { 'd/b.res': '', 'd/a.res': '', 'd/.h.res': '', 'd/sub/c.res': '', 'd/x.txt': '' });
      fs.mkdirSync(path.join(dir, 'd', 'folder.res'));
      assert.deepEqual(globFiles('d/*.res', dir).files.map((f) => path.relative(dir, f)), ['d/a.res', 'd/b.res']);
      assert.deepEqual(globFiles('d/.*.res', dir).files.map((f) => path.basename(f)), ['.h.res']);
      assert.deepEqual(globFiles('*/sub/*.res', dir).files.map((f) => path.relative(dir, f)), ['d/sub/c.res']);
      assert.deepEqual(globFiles(path.join(dir, 'd', '?.res'), '/elsewhere').files.length, 2);
      assert.equal(globFiles('nope/*.res', dir).missingFolder, path.join(dir, 'nope'));
      assert.deepEqual(globFiles('d/*.none', dir), { files: [] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('haconf check follows includes', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-inc-'));
    write(dir, {
      // DRBD: the stock layout, one resource with a bad protocol.
      'etc/drbd.conf': 'include "drbd.d/global_common.conf";\ninclude "drbd.d/*.res";\n',
      'etc/drbd.d/global_common.conf': 'global { usage-count no; }\ncommon { net { protocol C; } }\n',
      'etc/drbd.d/r0.res': RESOURCE('r0'),
      'etc/drbd.d/r1.res': RESOURCE('r1', 'X'),
      'etc/drbd.d/r1.res.bak': RESOURCE('old', 'Y'),
      // Missing things.
      'missing/drbd.conf': 'include "drbd.d/global_common.conf";\ninclude "nowhere/*.res";\ninclude "drbd.d/*.res";\n',
      'missing/drbd.d/.keep': '',
      // A cycle: a includes b, b includes a and itself.
      'cycle/a.res': `${RESOURCE('a')}include "b.res";\n`,
      'cycle/b.res': `${RESOURCE('b', 'Z')}include "*.res";\n`,
      // keepalived: relative to the including file, with braces; one include inside a block.
      'ka/keepalived.conf':
        'global_defs {\n  router_id lb1\n}\ninclude conf.d/{vrrp,lvs}-*.conf\nvrrp_instance VI_1 {\n  include fragments/vi1.inc\n  interface eth0\n}\n',
      'ka/conf.d/vrrp-1.conf': 'vrrp_script chk {\n  script "/bin/true"\n  interval 2\n  bogus_keyword 1\n}\n',
      'ka/conf.d/lvs-1.conf': 'virtual_server 10.0.0.1 80 {\n  lb_algo rr\n}\n',
      'ka/conf.d/other.conf': 'this is not included\n',
      'ka/fragments/vi1.inc': 'state MASTER\nvirtual_router_id 51\npriority 100\n',
      'suppressed/keepalived.conf': '# haconf-ignore: include.not-found\ninclude /nonexistent/haconf/keepalived-extra.conf\n',
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checks drbd.conf and the files it includes, each once, includer first', async () => {
    const r = await run(['check', '--format', 'json', path.join('etc', 'drbd.conf')], dir);
    assert.equal(r.code, 1, r.err);
    const files = JSON.parse(r.out);
    assert.deepEqual(
      files.map((f: any) => [f.file, f.format, f.includedFrom?.line ?? null]),
      [
        [path.join('etc', 'drbd.conf'), 'drbd', null],
        [path.join('etc', 'drbd.d', 'global_common.conf'), 'drbd', 1],
        [path.join('etc', 'drbd.d', 'r0.res'), 'drbd', 2],
        [path.join('etc', 'drbd.d', 'r1.res'), 'drbd', 2],
      ],
    );
    assert.deepEqual(files[3].diagnostics.map((d: any) => [d.line, d.code]), [[2, 'value.enum']]);
    assert.equal(files[3].includedFrom.file, path.join('etc', 'drbd.conf'));
  });

  it('prints problems of included files under their own path', async () => {
    const r = await run(['check', path.join(dir, 'etc', 'drbd.conf')]);
    assert.equal(r.code, 1);
    assert.match(r.out, new RegExp(`^${path.join(dir, 'etc', 'drbd.d', 'r1.res').replace(/[.]/g, '\\.')}:2:18: error: protocol must be one of A, B, C, not 'X' \\[value\\.enum\\]$`, 'm'));
  });

  it('does not check an included file twice when it is also named or found in a directory', async () => {
    const r = await run(['check', '--format', 'json', 'etc', path.join('etc', 'drbd.d', 'r1.res')], dir);
    const files = JSON.parse(r.out).map((f: any) => f.file);
    assert.equal(files.length, new Set(files).size);
    assert.equal(files.filter((f: string) => f.endsWith('r1.res')).length, 1);
  });

  it('reports a missing include as a warning on the include line (text, json, sarif)', async () => {
    const text = await run(['check', path.join('missing', 'drbd.conf')], dir);
    assert.equal(text.code, 0, 'warnings do not fail by default');
    const lines = text.out.trim().split('\n');
    assert.equal(lines.length, 3, text.out);
    assert.match(lines[0], /^missing\/drbd\.conf:1:1: warning: included file 'drbd\.d\/global_common\.conf' not found \(looked for .*\) \[include\.not-found\]$/);
    assert.match(lines[1], /^missing\/drbd\.conf:2:1: warning: the folder of include pattern 'nowhere\/\*\.res' does not exist .* \[include\.not-found\]$/);
    assert.match(lines[2], /^missing\/drbd\.conf:3:1: info: no file matches include pattern 'drbd\.d\/\*\.res' .* \[include\.no-match\]$/);
    assert.equal((await run(['check', '--severity', 'warning', path.join('missing', 'drbd.conf')], dir)).code, 1);

    const json = JSON.parse((await run(['check', '--format', 'json', path.join('missing', 'drbd.conf')], dir)).out);
    assert.deepEqual(
      json[0].diagnostics.map((d: any) => [d.line, d.column, d.endColumn, d.severity, d.code]),
      [
        [1, 1, 36, 'warning', 'include.not-found'],
        [2, 1, 24, 'warning', 'include.not-found'],
        [3, 1, 23, 'info', 'include.no-match'],
      ],
    );
    const sarif = JSON.parse((await run(['check', '--format', 'sarif', path.join('missing', 'drbd.conf')], dir)).out);
    const results = sarif.runs[0].results;
    assert.deepEqual(
      results.map((x: any) => [x.ruleId, x.level, x.locations[0].physicalLocation.region.startLine]),
      [
        ['include.not-found', 'warning', 1],
        ['include.not-found', 'warning', 2],
        ['include.no-match', 'note', 3],
      ],
    );
  });

  it('is safe with cycles: every file of the cycle once', async () => {
    const r = await run(['check', '--format', 'json', path.join('cycle', 'a.res')], dir);
    const files = JSON.parse(r.out);
    assert.deepEqual(
      files.map((f: any) => path.basename(f.file)),
      ['a.res', 'b.res'],
    );
    assert.equal(r.code, 1);
    assert.deepEqual(files[1].diagnostics.map((d: any) => d.code), ['value.enum']);
  });

  it('resolves keepalived includes against the including file’s folder, braces and globs included', async () => {
    const r = await run(['check', '--format', 'json', path.join(dir, 'ka', 'keepalived.conf')], os.tmpdir());
    const files = JSON.parse(r.out);
    assert.deepEqual(
      files.map((f: any) => path.relative(dir, f.file)),
      ['ka/keepalived.conf', 'ka/conf.d/vrrp-1.conf', 'ka/conf.d/lvs-1.conf', 'ka/fragments/vi1.inc'],
    );
    assert.ok(files.every((f: any) => f.format === 'keepalived'));
    assert.deepEqual(files[1].diagnostics.map((d: any) => [d.line, d.severity, d.code]), [[4, 'error', 'schema.unknown-keyword']]);
    assert.equal(r.code, 1);
  });

  it('checks a file included inside a block for syntax only, and says so', async () => {
    const r = await run(['check', '--format', 'json', path.join('ka', 'keepalived.conf')], dir);
    const fragment = JSON.parse(r.out).find((f: any) => f.file.endsWith('vi1.inc'));
    assert.deepEqual(
      fragment.diagnostics.map((d: any) => [d.severity, d.code]),
      [['info', 'include.fragment']],
    );
    assert.match(fragment.diagnostics[0].message, /included inside 'vrrp_instance VI_1' \(ka\/keepalived\.conf:6\): only its syntax is checked/);
  });

  it('--no-includes checks only the files named', async () => {
    const r = await run(['check', '--no-includes', '--format', 'json', path.join('etc', 'drbd.conf')], dir);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out).map((f: any) => f.file), [path.join('etc', 'drbd.conf')]);
  });

  it('honours # haconf-ignore on an include line', async () => {
    const r = await run(['check', path.join('suppressed', 'keepalived.conf')], dir);
    assert.equal(r.out, '');
    assert.equal(r.code, 0);
  });
});
