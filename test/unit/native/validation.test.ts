/**
 * The editor's use of the real tools (server/src/lsp/native.ts): debounced saves, one run at a time, trust and
 * settings, a missing tool said once, a hanging tool killed (a real process: a small node script given as the tool's
 * path), and the tool's diagnostics kept across edits.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { runNative, type NativeResult, type NativeTool } from '../../../server/src/native';
import { NativeValidation, nativeSettingsOf, type NativeHost, type NativeRunner } from '../../../server/src/lsp/native';

const URI = 'file:///nowhere/haproxy.cfg';
const TEXT = 'global\n    daemon\n\ndefaults\n    mode http\n    balanse roundrobin\n';

function fakeTool(over: Partial<NativeTool> = {}): NativeTool {
  return {
    id: 'faketool',
    format: 'haproxy',
    source: 'fake -c',
    command: 'faketool-that-is-not-installed',
    install: 'apt install faketool',
    prepare: (file) => ({ args: [file] }),
    parse: (run) =>
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [line, ...words] = l.split(' ');
          return { range: { start: { line: Number(line), character: 0 }, end: { line: Number(line), character: 4 } }, severity: 1, source: 'fake -c', message: words.join(' ') } as Diagnostic;
        }),
    ...over,
  };
}

const toolDiag = (line: number, message: string): Diagnostic => ({
  range: { start: { line, character: 4 }, end: { line, character: 20 } },
  severity: DiagnosticSeverity.Error,
  source: 'fake -c',
  message,
});

class Host implements NativeHost {
  republished: string[] = [];
  messages: string[] = [];
  logs: string[] = [];
  republish(uri: string) {
    this.republished.push(uri);
  }
  showMessage(_type: 'info' | 'warning', message: string) {
    this.messages.push(message);
  }
  log(message: string) {
    this.logs.push(message);
  }
}

/** A runner that records its calls and answers when the test says so. */
class FakeRunner {
  calls: Array<{ file: string; text: string; path?: string; timeoutMs?: number }> = [];
  private pending: Array<(r: NativeResult) => void> = [];
  auto?: NativeResult;
  run: NativeRunner = (_tool, file, text, opts) => {
    this.calls.push({ file, text, ...opts });
    if (this.auto) return Promise.resolve(this.auto);
    return new Promise((resolve) => this.pending.push(resolve));
  };
  answer(r: NativeResult): void {
    const next = this.pending.shift();
    assert.ok(next, 'no run is waiting for an answer');
    next(r);
  }
  get waiting(): number {
    return this.pending.length;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

function setup(opts: { trusted?: boolean; settings?: unknown; tool?: NativeTool; run?: NativeRunner; debounceMs?: number } = {}) {
  const host = new Host();
  const runner = new FakeRunner();
  const tool = opts.tool ?? fakeTool();
  const v = new NativeValidation((f) => (f === tool.format ? tool : undefined), opts.run ?? runner.run, host, { debounceMs: opts.debounceMs ?? 20 });
  v.configure(nativeSettingsOf(opts.settings));
  v.setTrusted(opts.trusted ?? true);
  return { v, host, runner, tool };
}

describe('native settings', () => {
  it('reads haconf.native as the client sends it, with defaults', () => {
    assert.deepEqual(nativeSettingsOf(undefined), { enable: true, timeoutMs: 10_000, tools: {} });
    const s = nativeSettingsOf({ enable: false, timeoutMs: 2500, haproxy: { enable: true, path: ' /opt/haproxy/sbin/haproxy ' }, 'ceph-conf': { enable: false, path: '' } });
    assert.deepEqual(s, { enable: false, timeoutMs: 2500, tools: { haproxy: { enable: true, path: '/opt/haproxy/sbin/haproxy' }, 'ceph-conf': { enable: false, path: undefined } } });
    assert.equal(nativeSettingsOf({ timeoutMs: 'soon' }).timeoutMs, 10_000);
    assert.equal(nativeSettingsOf({ timeoutMs: 5 }).timeoutMs, 100, 'too small a limit is raised');
  });
});

describe('NativeValidation', () => {
  it('runs once for several saves within the debounce delay, on the document path, with the settings', async () => {
    const { v, host, runner } = setup({ settings: { timeoutMs: 1234, faketool: { path: '/opt/fake' } } });
    v.saved(URI, 'haproxy', TEXT);
    v.saved(URI, 'haproxy', TEXT);
    v.saved(URI, 'haproxy', TEXT + '\n');
    await until('the run', () => runner.waiting === 1);
    await sleep(60);
    assert.equal(runner.calls.length, 1);
    assert.deepEqual(runner.calls[0], { file: '/nowhere/haproxy.cfg', text: TEXT + '\n', path: '/opt/fake', timeoutMs: 1234 });
    runner.answer({ status: 'problems', diagnostics: [toolDiag(5, "unknown keyword 'balanse'")], ms: 12 });
    await until('republish', () => host.republished.length === 1);
    assert.deepEqual(v.diagnostics(URI).map((d) => d.message), ["unknown keyword 'balanse'"]);
    // Merged with haconf's own: one diagnostic on line 5.
    const own: Diagnostic = { range: { start: { line: 5, character: 4 }, end: { line: 5, character: 11 } }, severity: 1, source: 'haconf', code: 'schema.unknown-keyword', message: "unknown keyword 'balanse'" };
    const merged = v.merge(URI, [own]);
    assert.equal(merged.length, 1);
    assert.equal(merged[0].message, "unknown keyword 'balanse' (fake -c: unknown keyword 'balanse')");
  });

  it('runs again after the current run when a save comes meanwhile, and hands edits made during a run to its result', async () => {
    const { v, host, runner } = setup();
    v.saved(URI, 'haproxy', 'one');
    await until('the first run', () => runner.waiting === 1);
    v.saved(URI, 'haproxy', 'two');
    v.saved(URI, 'haproxy', 'three');
    await sleep(60);
    assert.equal(runner.calls.length, 1, 'one run at a time');
    // An edit while the tool runs: two lines inserted at the top.
    v.edited(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#\n#\n' }]);
    runner.answer({ status: 'problems', diagnostics: [toolDiag(3, 'moved'), toolDiag(0, 'also moved')], ms: 1 });
    await until('the second run', () => runner.waiting === 1);
    assert.deepEqual(runner.calls.map((c) => c.text), ['one', 'three']);
    assert.deepEqual(v.diagnostics(URI).map((d) => `${d.range.start.line}:${d.message}`), ['5:moved', '2:also moved']);
    runner.answer({ status: 'ok', diagnostics: [], ms: 1 });
    await until('the refresh', () => host.republished.length === 2);
    assert.deepEqual(v.diagnostics(URI), [], 'the next run replaces what the last one said');
  });

  it('keeps the tool diagnostics across an edit except on the edited lines', async () => {
    const { v, runner } = setup();
    runner.auto = { status: 'problems', diagnostics: [toolDiag(1, 'a'), toolDiag(4, 'b')], ms: 1 };
    const outcome = await v.validate(URI, 'haproxy', TEXT);
    assert.deepEqual(outcome, { status: 'problems', source: 'fake -c', count: 2, ms: 1, message: undefined });
    v.edited(URI, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: 'x\n' }]);
    assert.deepEqual(v.diagnostics(URI).map((d) => `${d.range.start.line}:${d.message}`), ['5:b']);
  });

  it('does nothing in an untrusted workspace until trust is granted, and says why to the command', async () => {
    const { v, runner } = setup({ trusted: false });
    v.saved(URI, 'haproxy', TEXT);
    await sleep(60);
    assert.equal(runner.calls.length, 0);
    const outcome = await v.validate(URI, 'haproxy', TEXT);
    assert.equal(outcome.status, 'untrusted');
    assert.match(outcome.message!, /trusted workspace/);
    v.setTrusted(true);
    runner.auto = { status: 'ok', diagnostics: [], ms: 1 };
    assert.equal((await v.validate(URI, 'haproxy', TEXT)).status, 'ok');
    assert.equal(runner.calls.length, 1);
  });

  it('honours haconf.native.enable and the tool own enable; switching a tool off drops its diagnostics', async () => {
    const { v, runner, host } = setup({ settings: { enable: false } });
    assert.deepEqual(await v.validate(URI, 'haproxy', TEXT), { status: 'disabled', source: 'fake -c', count: 0, ms: 0, message: 'haconf.native.enable is off' });
    v.configure(nativeSettingsOf({ faketool: { enable: false } }));
    assert.equal((await v.validate(URI, 'haproxy', TEXT)).message, 'haconf.native.faketool.enable is off');
    v.configure(nativeSettingsOf({}));
    runner.auto = { status: 'problems', diagnostics: [toolDiag(2, 'x')], ms: 1 };
    await v.validate(URI, 'haproxy', TEXT);
    assert.equal(v.diagnostics(URI).length, 1);
    const before = host.republished.length;
    v.configure(nativeSettingsOf({ faketool: { enable: false } }));
    assert.equal(v.diagnostics(URI).length, 0);
    assert.equal(host.republished.length, before + 1);
    assert.equal((await v.validate('file:///x/ceph.conf', 'ceph', '')).status, 'unsupported');
  });

  it('says once per session that a tool is missing, with the install hint', async () => {
    const { v, host } = setup({ run: runNative, settings: { faketool: { path: '/no/such/dir/faketool' } } });
    v.saved(URI, 'haproxy', TEXT);
    await until('the message', () => host.messages.length === 1);
    assert.match(host.messages[0], /'\/no\/such\/dir\/faketool' \(haconf\.native\.faketool\.path\) was not found/);
    assert.match(host.messages[0], /apt install faketool/);
    assert.match(host.messages[0], /haconf\.native\.faketool\.path/);
    v.saved('file:///nowhere/other.cfg', 'haproxy', TEXT);
    const outcome = await v.validate(URI, 'haproxy', TEXT);
    await sleep(60);
    assert.equal(host.messages.length, 1, 'not said again');
    assert.equal(outcome.status, 'missing');
    assert.match(outcome.message!, /apt install faketool/, 'the command still gets the answer');
    assert.deepEqual(v.diagnostics(URI), []);
  });

  it('the command on a missing tool answers the caller and does not also show a message', async () => {
    const { v, host } = setup({ run: runNative });
    const outcome = await v.validate(URI, 'haproxy', TEXT);
    assert.equal(outcome.status, 'missing');
    assert.deepEqual(host.messages, []);
  });

  it('drops the result of a run whose document was closed meanwhile', async () => {
    const { v, host, runner } = setup();
    const pending = v.validate(URI, 'haproxy', TEXT);
    await until('the run', () => runner.waiting === 1);
    v.closed(URI);
    runner.answer({ status: 'problems', diagnostics: [toolDiag(1, 'late')], ms: 1 });
    assert.equal((await pending).status, 'closed');
    assert.deepEqual(v.diagnostics(URI), []);
    assert.deepEqual(host.republished, []);
  });

  it('reports a tool that could not check the file as one warning at the top', async () => {
    const { v, runner } = setup();
    runner.auto = { status: 'failed', diagnostics: [], ms: 1, message: 'fake -c was ended by signal SIGSEGV' };
    await v.validate(URI, 'haproxy', TEXT);
    const [d] = v.diagnostics(URI);
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.equal(d.range.start.line, 0);
    assert.equal(d.message, 'fake -c could not check this file: fake -c was ended by signal SIGSEGV');
  });
});

describe('NativeValidation with a hanging tool (a real process)', () => {
  let dir: string;
  let script: string;
  let pidFile: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-native-hang-'));
    pidFile = path.join(dir, 'pid');
    script = path.join(dir, 'hanging-tool');
    // Writes its pid, then sleeps far longer than the limit.
    fs.writeFileSync(script, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetTimeout(() => {}, 60000);\n`, { mode: 0o755 });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('kills it after haconf.native.timeoutMs and reports it once, as a warning at the top of the file', async () => {
    const { v, host } = setup({ run: runNative, settings: { timeoutMs: 700, faketool: { path: script } } });
    const started = Date.now();
    const outcome = await v.validate(URI, 'haproxy', TEXT);
    const took = Date.now() - started;
    assert.equal(outcome.status, 'timeout', outcome.message);
    assert.ok(took >= 650 && took < 5000, `took ${took} ms`);
    const list = v.diagnostics(URI);
    assert.equal(list.length, 1);
    assert.equal(list[0].severity, DiagnosticSeverity.Warning);
    assert.equal(list[0].source, 'fake -c');
    assert.match(list[0].message, /did not finish within 700 ms and was stopped/);
    assert.deepEqual(host.messages, [], 'a diagnostic, not also a message');
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    assert.ok(pid > 0);
    await until('the hanging tool to be gone', () => !alive(pid), 2000);
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
