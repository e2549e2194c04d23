/** `haconf format`: stdout, --check, --write, options and refusals. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { write: (s) => void (out += s) }, { write: (s) => void (err += s) });
  return { code, out, err };
}

const MESSY = 'totem {\nversion:   2\n  cluster_name: web   \n}\n\n\n\n';
const CLEAN = 'totem {\n    version: 2\n    cluster_name: web\n}\n';

describe('haconf format', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-format-'));
    file = path.join(dir, 'corosync.conf');
    fs.writeFileSync(file, MESSY);
    fs.writeFileSync(path.join(dir, 'clean.conf'), CLEAN);
    fs.writeFileSync(path.join(dir, 'broken.res'), 'resource r0 {\n  protocol C\n}\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the formatted text and leaves the file alone', async () => {
    const r = await run(['format', file]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, CLEAN);
    assert.equal(fs.readFileSync(file, 'utf8'), MESSY);
  });

  it('--check exits 1 and names a file that would change, 0 for a formatted one', async () => {
    const r = await run(['format', '--check', file]);
    assert.equal(r.code, 1);
    assert.equal(r.out, `${file}: would be reformatted\n`);
    const ok = await run(['format', '--check', '--lang', 'corosync', path.join(dir, 'clean.conf')]);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(ok.out, '');
  });

  it('--write rewrites the file, and --indent chooses the indentation', async () => {
    const copy = path.join(dir, 'copy-corosync.conf');
    fs.writeFileSync(copy, MESSY);
    const r = await run(['format', '--write', '--lang=corosync', '--indent', 'tab', copy]);
    assert.equal(r.code, 0, r.err);
    assert.equal(fs.readFileSync(copy, 'utf8'), 'totem {\n\tversion: 2\n\tcluster_name: web\n}\n');
    assert.equal((await run(['format', '--check', '--lang=corosync', '--indent=tab', copy])).code, 0);
  });

  it('refuses a file with a syntax error, and bad usage, with exit status 2', async () => {
    const r = await run(['format', path.join(dir, 'broken.res')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /broken\.res: not formatted: the file has a syntax error on line 2/);
    assert.equal((await run(['format', '--indent', 'wide', file])).code, 2);
    assert.equal((await run(['format', '--check', '--write', file])).code, 2);
    assert.equal((await run(['format'])).code, 2);
    assert.match((await run(['format', path.join(dir, 'missing.cfg')])).err, /no such file/);
  });
});
