/**
 * The adapters against the real tools, on the small inputs of test/fixtures/native. A tool that is not installed is
 * skipped with a message, except in CI (CI=true), where all five are required (.ci/run installs them).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';
import { nativeTools, runNative } from '../../../server/src/native';
import { brief, fixture, FIXTURES, parsed } from './fixtures';
import { installed } from '../../tools';

const CI = process.env.CI === 'true';

for (const tool of Object.values(nativeTools)) {
  const present = installed(tool.command);
  const skip = present || CI ? false : `skipped: ${tool.command} is not installed (${tool.install})`;
  describe(`native integration: ${tool.id}`, { skip }, () => {
    const names = fs.readdirSync(path.join(FIXTURES, tool.id)).filter((f) => !f.endsWith('.out.json')).sort();
    for (const name of names) {
      it(`${name}: the real tool says what the captured output says`, async () => {
        const { text, run } = fixture(tool.id, name);
        // An unsaved document: the text goes to a temporary copy of the same name.
        const res = await runNative(tool, path.join(os.tmpdir(), 'haconf-no-such-dir', name), text, { timeoutMs: 20_000 });
        assert.ok(res.status === 'ok' || res.status === 'problems', res.message);
        // Lines and severities as captured (messages hold pids, times and paths that differ run to run), leaving out
        // what depends on this machine (its interfaces, its resolver).
        const mine = (l: ReturnType<typeof parsed>) => brief(l.filter((d) => d.code !== 'host-dependent')).map((s) => s.split(' ').slice(0, 2).join(' '));
        assert.deepEqual(mine(res.diagnostics), mine(parsed(tool.id, name)));
        if (run.code !== 0 && parsed(tool.id, name).some((d) => d.severity === 1 && d.code !== 'host-dependent')) assert.equal(res.status, 'problems');
        assert.ok(res.diagnostics.every((d) => d.source === tool.source));
        assert.ok(res.ms >= 0);
      });
    }

    it('checks a saved file in place and names it in the messages', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-native-test-'));
      try {
        const bad = names.find((n) => fixture(tool.id, n).run.code !== 0 && /error|semicolon|equals/.test(n))!;
        const file = path.join(dir, bad);
        const { text } = fixture(tool.id, bad);
        fs.writeFileSync(file, text);
        const res = await runNative(tool, file, text, { timeoutMs: 20_000 });
        assert.equal(res.status, 'problems');
        assert.ok(res.diagnostics.some((d) => d.severity === 1));
        assert.ok(res.diagnostics.every((d) => !d.message.includes('haconf-native-')), 'no temporary path in the messages');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('native: runNative when the tool cannot answer', () => {
  const tool = nativeTools.haproxy;

  it("reports 'missing' with the install hint when the executable is not found", async () => {
    const res = await runNative(tool, '/tmp/haproxy.cfg', 'global\n', { path: '/nonexistent/haconf/haproxy' });
    assert.equal(res.status, 'missing');
    assert.deepEqual(res.diagnostics, []);
    assert.match(res.message ?? '', /not found.*apt install haproxy/);
  });

  it("kills a tool that hangs and reports 'timeout'", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-native-test-'));
    try {
      const hang = path.join(dir, 'hang');
      fs.writeFileSync(hang, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
      const started = Date.now();
      const res = await runNative(tool, '/tmp/haproxy.cfg', 'global\n', { path: hang, timeoutMs: 300 });
      assert.equal(res.status, 'timeout');
      assert.ok(Date.now() - started < 5000, 'stopped soon after the limit');
      assert.match(res.message ?? '', /did not finish within 300 ms/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports 'failed' for an executable that cannot be run", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-native-test-'));
    try {
      const notExec = path.join(dir, 'haproxy');
      fs.writeFileSync(notExec, 'not a program\n', { mode: 0o644 });
      const res = await runNative(tool, '/tmp/haproxy.cfg', 'global\n', { path: notExec });
      assert.equal(res.status, 'failed');
      assert.match(res.message ?? '', /could not be run/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file name with shell characters is passed as one argument, never through a shell', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-native-test-'));
    try {
      const echo = path.join(dir, 'echo-args');
      fs.writeFileSync(echo, '#!/bin/sh\nfor a in "$@"; do printf "[ALERT] (1) : config : arg <%s>\\n" "$a" >&2; done\nexit 1\n', { mode: 0o755 });
      const file = path.join(dir, 'x; touch pwned $(id).cfg');
      fs.writeFileSync(file, 'global\n');
      const res = await runNative(tool, file, 'global\n', { path: echo });
      assert.ok(res.diagnostics.some((d) => d.message === `arg <${file}>`), res.diagnostics.map((d) => d.message).join('\n'));
      assert.ok(!fs.existsSync(path.join(dir, 'pwned')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
