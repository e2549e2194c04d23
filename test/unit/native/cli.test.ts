/** `haconf check --native`: the real tool's words merged into the output; a missing tool is one note, not a failure. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { main } from '../../../server/src/cli/main';
import { NativeCheck } from '../../../server/src/cli/native';
import { nativeTools, type NativeResult, type NativeTool } from '../../../server/src/native';
import { installed } from '../../tools';

const BROKEN = `defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

backend web
    balanse roundrobin
    server s1 127.0.0.1:80 check
    server s2 127.0.0.1:81 chek

frontend www
    bind 127.0.0.1:8080
    default_backend web
`;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { write: (s) => void (out += s) }, { write: (s) => void (err += s) });
  return { code, out, err };
}

const tool: NativeTool = { ...nativeTools.haproxy, id: 'haproxy', command: 'haproxy' };
const own: Diagnostic = { range: { start: { line: 7, character: 4 }, end: { line: 7, character: 11 } }, severity: 1, source: 'haconf', code: 'schema.unknown-keyword', message: "unknown keyword 'balanse'" };

describe('NativeCheck (haconf check --native)', () => {
  const check = (result: NativeResult | Error) => {
    let err = '';
    const calls: string[] = [];
    const nc = new NativeCheck(
      { write: (s) => void (err += s) },
      {
        tools: { haproxy: tool },
        run: async (_t, file) => {
          calls.push(file);
          if (result instanceof Error) throw result;
          return result;
        },
      },
    );
    return { nc, err: () => err, calls };
  };

  it('merges the tool diagnostics with haconf', async () => {
    const { nc, calls } = check({
      status: 'problems',
      ms: 5,
      diagnostics: [
        { ...own, source: 'haproxy -c', code: undefined, message: "unknown keyword 'balanse' in 'backend' section" },
        { range: { start: { line: 9, character: 4 }, end: { line: 9, character: 30 } }, severity: 1, source: 'haproxy -c', message: "unknown keyword 'chek'" },
      ],
    });
    const out = await nc.check('/x/haproxy.cfg', 'haproxy', BROKEN, [own]);
    assert.deepEqual(calls, ['/x/haproxy.cfg']);
    assert.deepEqual(
      out.map((d) => `${d.range.start.line}:${d.source}:${d.message}`),
      ["7:haconf:unknown keyword 'balanse' (haproxy -c: unknown keyword 'balanse' in 'backend' section)", "9:haproxy -c:unknown keyword 'chek'"],
    );
  });

  it('a missing tool: haconf diagnostics unchanged and one note for all files', async () => {
    const { nc, err } = check({ status: 'missing', diagnostics: [], ms: 1, message: 'haproxy was not found' });
    assert.deepEqual(await nc.check('/a/haproxy.cfg', 'haproxy', BROKEN, [own]), [own]);
    assert.deepEqual(await nc.check('/b/haproxy.cfg', 'haproxy', BROKEN, [own]), [own]);
    assert.equal(err(), `haconf: note: haproxy is not installed, so haproxy files are checked by haconf alone; to install it: ${tool.install}\n`);
  });

  it('a timeout or a failure: a note naming the file, haconf diagnostics kept', async () => {
    const t = check({ status: 'timeout', diagnostics: [], ms: 20000 });
    assert.deepEqual(await t.nc.check('/a/haproxy.cfg', 'haproxy', BROKEN, [own]), [own]);
    assert.match(t.err(), /^haconf: \/a\/haproxy.cfg: note: haproxy -c did not finish within 20000 ms and was stopped\n$/);
    const f = check(new Error('spawn EACCES'));
    assert.deepEqual(await f.nc.check('/a/haproxy.cfg', 'haproxy', BROKEN, [own]), [own]);
    assert.match(f.err(), /haproxy -c could not be run: spawn EACCES/);
  });

  it('a format without a tool is left alone', async () => {
    const { nc, calls } = check({ status: 'ok', diagnostics: [], ms: 1 });
    assert.deepEqual(await nc.check('/a/x.conf', 'nothing', '', [own]), [own]);
    assert.deepEqual(calls, []);
  });
});

describe('haconf check --native with the real haproxy', { skip: installed('haproxy') || process.env.CI === 'true' ? false : 'skipped: haproxy is not installed (sudo apt install haproxy)' }, () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-cli-native-'));
    fs.writeFileSync(path.join(dir, 'haproxy.cfg'), BROKEN);
    fs.writeFileSync(path.join(dir, 'good.cfg'), BROKEN.replace('balanse', 'balance').replace('chek', 'check'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints the tool's findings beside haconf's and exits 1", async () => {
    const file = path.join(dir, 'haproxy.cfg');
    const plain = await run(['check', file]);
    assert.doesNotMatch(plain.out, /haproxy -c/, 'without --native the tool does not run');
    const r = await run(['check', '--native', file]);
    assert.equal(r.code, 1, r.err);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith(`${file}:8:5: error: unknown keyword 'balanse'`) && l.includes("(haproxy -c: unknown keyword 'balanse'")), r.out);
    assert.ok(lines.some((l) => l.startsWith(`${file}:10:5: error: haproxy -c: `) && l.includes("'chek'")), r.out);
    assert.equal(lines.filter((l) => l.includes(':8:')).length, 1, 'one line for the problem both report');
  });

  it('JSON output names the source of each diagnostic; a file the tool accepts exits 0', async () => {
    const r = await run(['check', '--native', '--format', 'json', '--lang', 'haproxy', path.join(dir, 'haproxy.cfg'), path.join(dir, 'good.cfg')]);
    const [bad, good] = JSON.parse(r.out) as Array<{ diagnostics: Array<{ source: string; line: number }> }>;
    assert.ok(bad.diagnostics.some((d) => d.source === 'haproxy -c' && d.line === 10));
    assert.deepEqual(good.diagnostics.filter((d) => d.source === 'haproxy -c'), []);
    const ok = await run(['check', '--native', '--lang', 'haproxy', path.join(dir, 'good.cfg')]);
    assert.equal(ok.code, 0, ok.out + ok.err);
  });
});
