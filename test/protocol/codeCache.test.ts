/**
 * The code caches of the server's two bundles and the CLI's (bin/load-cached.js) must be ones that the next start
 * accepts. V8 accepts a cache only under the V8 flags that wrote it. The server changes flags once its handshake is
 * done, and the first parse set the wasm flag; caches written after those changes were rejected by every later start,
 * which compiled the bundle again. A short CLI run ended before its cache was written.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from './client';
import { ROOT } from '../helpers';

const SETUP = require(path.join(ROOT, 'bin', 'server-v8-flags.js')) as { nodeOptions: string[]; v8Flags: string; cliV8Flags: string };

/**
 * Whether a fresh Node process, started with the bin's Node options, accepts `cache` for `bundle` once it has set
 * `v8Flags` (as the server does before it loads the service bundle, and the CLI before its own).
 */
function accepted(bundle: string, cache: string, v8Flags = ''): boolean {
  const check = `const fs = require('fs'), vm = require('vm'), Module = require('module');
if (process.argv[3]) require('v8').setFlagsFromString(process.argv[3]);
const script = new vm.Script(Module.wrap(fs.readFileSync(process.argv[1], 'utf8')), { filename: process.argv[1], cachedData: fs.readFileSync(process.argv[2]) });
process.stdout.write(script.cachedDataRejected ? 'rejected' : 'accepted');`;
  return execFileSync(process.execPath, [...SETUP.nodeOptions, '-e', check, bundle, cache, v8Flags], { encoding: 'utf8' }) === 'accepted';
}

async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the code caches of the server and the CLI', () => {
  // A copy of the package's bin/ and dist/ without any cache, so that this test's processes write them. The grammars
  // are the package's own (HACONF_ROOT).
  let dir: string;
  const env = { ...process.env, HACONF_ROOT: ROOT };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-code-cache-'));
    for (const sub of ['bin', 'dist']) {
      fs.mkdirSync(path.join(dir, sub));
      for (const f of fs.readdirSync(path.join(ROOT, sub))) {
        if (/\.(js|wasm)$/.test(f)) fs.copyFileSync(path.join(ROOT, sub, f), path.join(dir, sub, f));
      }
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cacheOf = (bundle: string) => () => {
    try {
      const hit = fs.readdirSync(path.join(dir, 'dist', '.cache')).find((f) => f.startsWith(`${bundle}-`) && f.endsWith('.v8cache'));
      return hit && path.join(dir, 'dist', '.cache', hit);
    } catch {
      return undefined;
    }
  };
  const bundle = (name: string) => path.join(dir, 'dist', name);

  /**
   * A server session from the copy, as an editor runs one: the handshake, then `text` opened at once (the service
   * loads and parses it) and its first diagnostics; then `body`, and a clean shutdown.
   */
  async function session(text: string, body: () => Promise<void>): Promise<void> {
    const client = new LspClient(['--stdio'], path.join(dir, 'bin', 'haconf-language-server.js'), env);
    try {
      await client.initialize();
      const uri = 'file:///etc/haproxy/haproxy.cfg';
      await client.open(uri, 'haproxy', text);
      await client.diagnosticsFor(uri, (p) => p.version === 1);
      await body();
      assert.equal(await client.shutdown(), 0);
    } finally {
      if (client.proc.exitCode === null) client.proc.kill();
    }
  }

  it('are written by a server that opens a file, and the next start accepts them', async () => {
    await session('global\n    maxconn 100\n\ndefaults\n    mode http\n', async () => {
      const server = await until(cacheOf('server.js'), "the server bundle's code cache");
      const service = await until(cacheOf('service.js'), "the service bundle's code cache");
      // Past the time at which a cache would otherwise be written (1.5 s after its bundle loaded).
      await new Promise((resolve) => setTimeout(resolve, 1800));
      assert.equal(cacheOf('server.js')(), server, 'one cache, written once');
      assert.ok(accepted(bundle('server.js'), server), `${path.basename(server)} is rejected by a fresh process`);
      assert.ok(accepted(bundle('service.js'), service, SETUP.v8Flags), `${path.basename(service)} is rejected under the server's flags`);
    });
  });

  it('are accepted by the next server, which does not write them again', async () => {
    const caches = ['server.js', 'service.js'].map((b) => cacheOf(b)());
    assert.ok(caches.every(Boolean), 'the first test wrote both caches');
    const written = caches.map((c) => fs.statSync(c!).mtimeMs);
    await session('global\n    maxconn 100\n', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1800));
      assert.deepEqual(
        caches.map((c) => fs.statSync(c!).mtimeMs),
        written,
        'a rejected cache would have been written again',
      );
    });
  });

  it("is written by a short CLI run as it exits, and the next run accepts it", () => {
    const file = path.join(dir, 'haproxy.cfg');
    fs.writeFileSync(file, 'global\n    maxconn 100\n');
    execFileSync(process.execPath, [path.join(dir, 'bin', 'haconf.js'), 'check', file], { env, encoding: 'utf8' });
    const cache = cacheOf('cli.js')();
    assert.ok(cache, 'the CLI wrote its code cache');
    assert.ok(accepted(bundle('cli.js'), cache, SETUP.cliV8Flags), `${path.basename(cache)} is rejected under the CLI's flags`);
    const written = fs.statSync(cache).mtimeMs;
    execFileSync(process.execPath, [path.join(dir, 'bin', 'haconf.js'), 'check', file], { env, encoding: 'utf8' });
    assert.equal(fs.statSync(cache).mtimeMs, written, 'a rejected cache would have been written again');
  });
});
