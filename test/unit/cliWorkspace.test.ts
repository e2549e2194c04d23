/** `haconf check` sees the configuration set of each file: a backend defined in another file of an HAProxy
 * directory, a vrrp_script of the file that includes this one. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { write: (s) => void (out += s) }, { write: () => undefined });
  return { code, out };
}

describe('haconf check: configuration sets', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-cli-sets-'));
    fs.mkdirSync(path.join(dir, 'split'));
    fs.writeFileSync(path.join(dir, 'split', 'frontends.cfg'), 'frontend www\n  bind :80\n  default_backend app\n');
    fs.writeFileSync(path.join(dir, 'split', 'backends.cfg'), 'backend app\n  server a 10.0.0.1:80\n');
    fs.mkdirSync(path.join(dir, 'alone'));
    fs.writeFileSync(path.join(dir, 'alone', 'haproxy.cfg'), 'frontend www\n  bind :80\n  default_backend app\n');
    fs.mkdirSync(path.join(dir, 'ka', 'conf.d'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'ka', 'keepalived.conf'), 'include conf.d/*.conf\nvrrp_script chk {\n  script "/bin/true"\n}\n');
    fs.writeFileSync(path.join(dir, 'ka', 'conf.d', 'vi.conf'), 'vrrp_instance VI_1 {\n  track_script {\n    chk\n  }\n}\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts a split HAProxy directory, whether given as a directory or file by file', async () => {
    assert.deepEqual(await run(['check', path.join(dir, 'split')]), { code: 0, out: '' });
    assert.deepEqual(await run(['check', path.join(dir, 'split', 'frontends.cfg')]), { code: 0, out: '' });
  });

  it('rejects a frontend whose backend is nowhere in its directory', async () => {
    const r = await run(['check', path.join(dir, 'alone', 'haproxy.cfg')]);
    assert.equal(r.code, 1);
    assert.match(r.out, /haproxy\.cfg:3:19: error: No backend named 'app' is defined\. \[haproxy\.undefined-backend\]/);
  });

  it('finds the script of the including file for an included keepalived file', async () => {
    const r = await run(['check', '--lang', 'keepalived', path.join(dir, 'ka')]);
    assert.doesNotMatch(r.out, /vrrp_script/);
    // Alone, the included file names a script it does not define (an error, as keepalived -t on that file alone).
    fs.renameSync(path.join(dir, 'ka', 'keepalived.conf'), path.join(dir, 'keepalived.conf.off'));
    const alone = await run(['check', '--lang', 'keepalived', path.join(dir, 'ka')]);
    assert.match(alone.out, /vi\.conf:3:5: error: No vrrp_script named 'chk' is defined\. \[keepalived\.undefined-vrrp_script\]/);
  });
});
