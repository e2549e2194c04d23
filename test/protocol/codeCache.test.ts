/**
 * The server's code cache (bin/load-cached.js) must be one that the next start accepts. V8 accepts a cache only under
 * the V8 flags that wrote it, and the server changes a flag once the handshake is done; a cache written after that was
 * rejected by every later start, which compiled the bundle again.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from './client';
import { ROOT } from '../helpers';

/** Whether a fresh Node process, started with the bin's Node options, accepts `cache` for `bundle`. */
function accepted(bundle: string, cache: string): boolean {
  const { nodeOptions } = require(path.join(ROOT, 'bin', 'server-v8-flags.js')) as { nodeOptions: string[] };
  const check = `const fs = require('fs'), vm = require('vm'), Module = require('module');
const script = new vm.Script(Module.wrap(fs.readFileSync(process.argv[1], 'utf8')), { filename: process.argv[1], cachedData: fs.readFileSync(process.argv[2]) });
process.stdout.write(script.cachedDataRejected ? 'rejected' : 'accepted');`;
  return execFileSync(process.execPath, [...nodeOptions, '-e', check, bundle, cache], { encoding: 'utf8' }) === 'accepted';
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

describe('the language server code cache', () => {
  // A copy of the package's bin/ and dist/ without any cache, so that this test's server writes one.
  let dir: string;
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

  it('is written by a server once the handshake is done, and the next start accepts it', async () => {
    const client = new LspClient(['--stdio'], path.join(dir, 'bin', 'haconf-language-server.js'));
    try {
      await client.initialize();
      const cache = await until(cacheOf('server.js'), "the server bundle's code cache");
      // Past the time at which a cache would otherwise be written (1.5 s after the bundle loaded).
      await new Promise((resolve) => setTimeout(resolve, 1800));
      assert.equal(cacheOf('server.js')(), cache, 'one cache, written once');
      assert.ok(accepted(path.join(dir, 'dist', 'server.js'), cache), `${path.basename(cache)} is rejected by a fresh process`);
      assert.equal(await client.shutdown(), 0);
    } finally {
      if (client.proc.exitCode === null) client.proc.kill();
    }
  });

  it('is accepted by the next server, which does not write it again', async () => {
    const cache = cacheOf('server.js')();
    assert.ok(cache, 'the first test wrote a cache');
    const written = fs.statSync(cache).mtimeMs;
    const client = new LspClient(['--stdio'], path.join(dir, 'bin', 'haconf-language-server.js'));
    try {
      await client.initialize();
      await new Promise((resolve) => setTimeout(resolve, 1800));
      assert.equal(fs.statSync(cache).mtimeMs, written, 'a rejected cache would have been written again');
      assert.equal(await client.shutdown(), 0);
    } finally {
      if (client.proc.exitCode === null) client.proc.kill();
    }
  });
});
