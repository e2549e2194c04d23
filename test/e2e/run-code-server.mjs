#!/usr/bin/env node
// Runs the end-to-end suite (test/e2e/suite, compiled to out/test/e2e/suite) in a real VS Code extension host:
// code-server 4.100.3 (VS Code 1.100.3) serves the workbench on 127.0.0.1, headless Chromium opens it through
// playwright-core, and the workbench runs the suite given in its `payload` query (extensionDevelopmentPath = the repo,
// extensionTestsPath = the compiled suite), then calls window.codeAutomationExit(code).
//
//   node tools/build.mjs && node test/e2e/run-code-server.mjs
//
// Exit codes: 0 all tests passed; 1 a test failed, or the run broke (timeout, no workbench, not built);
//             3 skipped: the host is not installed (code-server or chromium missing) and CI is not "true"
//               (with CI=true a missing host is a failure, exit 1). Get the host with `bash tools/install-e2e-host.sh`.
// The last line is always `e2e: N passed, N failed` (or `e2e: skipped — ...`), from the suite's E2E-SUMMARY line.
//
// Environment:
//   HACONF_E2E_HOST        where tools/install-e2e-host.sh installed code-server (default ~/.cache/haconf-e2e-host)
//   CHROMIUM               the browser (default: chromium on PATH, else /usr/bin/chromium)
//   HACONF_E2E_TIMEOUT     overall deadline in seconds (default 180)
//   HACONF_E2E_GREP        run only the tests whose title matches this (Mocha grep)
//   HACONF_E2E_VERBOSE=1   also relay the workbench's own console output and code-server's log
//   HACONF_E2E_KEEP=1      keep the throw-away directory (logs, workspace) and print where it is
//   HACONF_SCREENSHOT      the last test step (suite/screenshot.test.ts) stages the workbench (a fixture with a syntax
//                          error squiggled, the outline, the Problems panel) and the driver captures it: by default to
//                          test/e2e/.host/screenshot.png (not tracked); =1 to docs/screenshot.png, the README's picture;
//                          =PATH to PATH; =0 skips the step. HACONF_E2E_GREP=screenshot runs that step alone.
//                          HACONF_SCREENSHOT_FORMAT picks the fixture (haproxy by default; corosync, keepalived, ...);
//                          HACONF_E2E_SCREENSHOT_HOVER=1 also opens the error's hover. 1280x900 pixels.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostDir = process.env.HACONF_E2E_HOST || path.join(os.homedir(), '.cache', 'haconf-e2e-host');
const codeServer = path.join(hostDir, 'node_modules', '.bin', 'code-server');
const timeoutSec = Number(process.env.HACONF_E2E_TIMEOUT || 180);
const verbose = process.env.HACONF_E2E_VERBOSE === '1';
const keep = process.env.HACONF_E2E_KEEP === '1';
const screenshotTarget = process.env.HACONF_SCREENSHOT === '0'
  ? undefined
  : !process.env.HACONF_SCREENSHOT
    ? path.join(root, 'test', 'e2e', '.host', 'screenshot.png')
    : process.env.HACONF_SCREENSHOT === '1' ? path.join(root, 'docs', 'screenshot.png') : path.resolve(process.env.HACONF_SCREENSHOT);
const suiteIndex = path.join(root, 'out', 'test', 'e2e', 'suite', 'index.js');
const fixtures = path.join(root, 'test', 'e2e', 'fixtures');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`e2e: ${msg}`);

function findChromium() {
  if (process.env.CHROMIUM) return fs.existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : undefined;
  const candidates = [];
  try {
    candidates.push(execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim());
  } catch {
    // not on PATH
  }
  candidates.push('/usr/bin/chromium');
  return candidates.find((c) => c && fs.existsSync(c));
}

// --- Is the host here? -------------------------------------------------------------------------------------------
const chromiumPath = findChromium();
const missing = [!fs.existsSync(codeServer) && `code-server (${codeServer})`, !chromiumPath && 'chromium'].filter(Boolean);
if (missing.length) {
  if (process.env.CI === 'true') {
    console.error(`e2e: error: the VS Code host is not installed (missing ${missing.join(', ')}); CI=true, so this fails. Run \`bash tools/install-e2e-host.sh\` first.`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log('e2e: skipped — the VS Code host is not installed; run `bash tools/install-e2e-host.sh` to get it');
  process.exit(3);
}
for (const [file, hint] of [[path.join(root, 'dist', 'client.js'), 'the extension'], [suiteIndex, 'the suite']]) {
  if (!fs.existsSync(file)) {
    console.error(`e2e: error: ${hint} is not built (${path.relative(root, file)} is missing): run \`node tools/build.mjs\` first`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  }
}
const { chromium } = await import('playwright-core');

// --- Throw-away directories and the workspace ----------------------------------------------------------------------
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-e2e-'));
const dirs = Object.fromEntries(
  ['home', 'config', 'data', 'cache', 'user-data', 'extensions', 'workspace', 'signal'].map((d) => [d, path.join(tmp, d)]),
);
for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
fs.cpSync(fixtures, dirs.workspace, { recursive: true });
fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
fs.writeFileSync(
  path.join(dirs['user-data'], 'User', 'settings.json'),
  JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'security.workspace.trust.enabled': false,
      'update.mode': 'none',
      'chat.commandCenter.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'window.commandCenter': false,
      'editor.minimap.enabled': false,
      'editor.hover.delay': 100,
    },
    null,
    2,
  ),
);

// --- Cleanup, whatever happens -------------------------------------------------------------------------------------
let server;
let browser;
let cleaning;
async function cleanup() {
  if (cleaning) return cleaning;
  cleaning = (async () => {
    try {
      await browser?.close();
    } catch {
      // already gone
    }
    if (server?.pid && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // the group is gone
      }
      const killed = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
      if (!killed) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          // the group is gone
        }
      }
    }
    if (keep) log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  })();
  return cleaning;
}
async function finish(code, summary) {
  await cleanup();
  console.log(summary ? `e2e: ${summary.passed} passed, ${summary.failed} failed${summary.pending ? `, ${summary.pending} pending` : ''}` : 'e2e: 0 passed, 1 failed (the suite did not report)');
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`e2e: ${sig}: stopping`);
    void cleanup().then(() => process.exit(1));
  });
}

// --- code-server ---------------------------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

let summary;
let exitCode;
const overall = setTimeout(() => {
  console.error(`e2e: error: timed out after ${timeoutSec} s`);
  void finish(1, { passed: summary?.passed ?? 0, failed: Math.max(1, summary?.failed ?? 0) });
}, timeoutSec * 1000);

try {
  const port = await freePort();
  const serverLog = [];
  server = spawn(
    process.execPath,
    [
      codeServer,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', dirs['user-data'],
      '--extensions-dir', dirs.extensions,
      dirs.workspace,
    ],
    {
      cwd: tmp,
      detached: true, // its own process group, killed as a whole at the end
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOME: dirs.home,
        XDG_CONFIG_HOME: dirs.config,
        XDG_DATA_HOME: dirs.data,
        XDG_CACHE_HOME: dirs.cache,
        TMPDIR: tmp,
        // Read by the suite (the extension host inherits code-server's environment).
        ...(screenshotTarget ? { HACONF_E2E_SCREENSHOT_DIR: dirs.signal, HACONF_E2E_SCREENSHOT_FORMAT: process.env.HACONF_SCREENSHOT_FORMAT || 'haproxy' } : {}),
        ...(process.env.HACONF_E2E_GREP ? { HACONF_E2E_GREP: process.env.HACONF_E2E_GREP } : {}),
      },
    },
  );
  // `code-server` from node_modules/.bin is a node script; spawning it with our node keeps the pid the group leader.
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      serverLog.push(text);
      fs.appendFileSync(path.join(tmp, 'code-server.log'), text);
      if (verbose) process.stderr.write(text.replace(/^/gm, '[code-server] '));
      if (/HTTP server listening/.test(text)) resolve();
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code, sig) => reject(new Error(`code-server exited (${code ?? sig}) before listening:\n${serverLog.join('').slice(-2000)}`)));
    setTimeout(() => reject(new Error(`code-server did not listen within 30 s:\n${serverLog.join('').slice(-2000)}`)), 30_000).unref();
  });
  await listening;
  log(`code-server listening on 127.0.0.1:${port} (${elapsed()})`);

  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();

  let resolveTests;
  const testsDone = new Promise((resolve) => (resolveTests = resolve));
  // The workbench calls window.codeAutomationExit(code, logs) when the suite has ended.
  await page.exposeFunction('codeAutomationExit', (code) => resolveTests(Number(code)));

  const screenshotDone = { promise: Promise.resolve() };
  let suiteStarted = false;
  page.on('console', (msg) => {
    const lines = relay(msg.text());
    if (!suiteStarted && lines.some((l) => !l.startsWith('[host '))) {
      suiteStarted = true;
      log(`extension host up, tests started (${elapsed()})`);
    }
    for (const line of lines) {
      const m = /^E2E-SUMMARY (\{.*\})\s*$/.exec(line);
      if (m) {
        try {
          summary = JSON.parse(m[1]);
        } catch {
          // malformed: leave it to the exit code
        }
        continue;
      }
      if (/^E2E-SCREENSHOT-READY/.test(line) && screenshotTarget) {
        screenshotDone.promise = (async () => {
          let outcome = 'ok';
          try {
            fs.mkdirSync(path.dirname(screenshotTarget), { recursive: true });
            await growOutline(page);
            await page.mouse.move(1270, 700); // the pointer off anything that reacts to it
            await new Promise((r) => setTimeout(r, 500));
            await page.screenshot({ path: screenshotTarget });
            log(`screenshot saved to ${path.relative(process.cwd(), screenshotTarget) || screenshotTarget}`);
            if (!fs.statSync(screenshotTarget).size) outcome = `${screenshotTarget} is empty`;
          } catch (err) {
            outcome = err.message;
            console.error(`e2e: screenshot failed: ${err.message}`);
          } finally {
            fs.writeFileSync(path.join(dirs.signal, 'done'), outcome);
          }
        })();
        continue;
      }
      console.log(line);
    }
  });
  page.on('pageerror', (err) => verbose && console.error(`[page error] ${err.message}`));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(suiteIndex)],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  log(`workbench opened (${elapsed()}); running the suite`);

  exitCode = await testsDone;
  await screenshotDone.promise;
  if (screenshotTarget && !fs.existsSync(path.join(dirs.signal, 'done'))) {
    console.error('e2e: HACONF_SCREENSHOT was set but the screenshot step did not run (did a test before it fail, or is the grammar missing?)');
  }
  log(`suite finished with code ${exitCode} (${elapsed()})`);
} catch (err) {
  if (cleaning) await new Promise(() => {}); // timed out or interrupted: that path reports and exits
  console.error(`e2e: error: ${err instanceof Error ? err.message : String(err)}`);
  exitCode = 1;
}
clearTimeout(overall);
// The suite's own count decides too: a reported failure is never a pass.
const code = exitCode === 0 && summary && summary.failed === 0 ? 0 : exitCode === 0 ? 1 : exitCode;
await finish(code, summary);

/** Drags the sash above the explorer's Outline pane up, so the outline gets most of the side bar (best effort). */
async function growOutline(page) {
  try {
    const header = page.locator('.pane-header', { hasText: /^outline$/i }).first();
    const box = await header.boundingBox({ timeout: 2000 });
    const files = await page.locator('.explorer-folders-view .monaco-list-row').last().boundingBox({ timeout: 2000 });
    if (!box || !files) return;
    const target = files.y + files.height + 30; // keep every file of the workspace visible
    if (box.y - target < 50) return;
    const x = box.x + box.width / 2;
    await page.mouse.move(x, box.y);
    await page.mouse.down();
    await page.mouse.move(x, (box.y + target) / 2, { steps: 5 });
    await page.mouse.move(x, target, { steps: 5 });
    await page.mouse.up();
  } catch (err) {
    if (verbose) console.error(`e2e: could not enlarge the outline: ${err.message}`);
  }
}

/**
 * Extension-host console output reaches the page console through the workbench's log, as
 * `%c INFO color: #33f <text>` (format strings unapplied), mixed with the workbench's own messages. The suite marks
 * each of its lines `E2E| `: those are printed unmarked. Other messages are printed when they mention haconf (the
 * extension's own errors), or all of them with HACONF_E2E_VERBOSE=1.
 */
function relay(text) {
  const m = /^%c\s*(INFO|WARN|ERR|DEBUG|TRACE)\s+color: \S+ ?/.exec(text);
  const level = m ? m[1] : 'LOG';
  const body = m ? text.slice(m[0].length) : text;
  const lines = body.split('\n');
  const ours = lines.filter((l) => l.startsWith('E2E| ')).map((l) => l.slice(5));
  if (ours.length) return ours;
  if (verbose || /\bhaconf\b(?!-e2e)/i.test(body)) return lines.map((l) => `[host ${level.toLowerCase()}] ${l}`);
  return [];
}
