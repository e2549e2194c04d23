#!/usr/bin/env node
// Runs the end-to-end suite (out/test/e2e/suite) in desktop VS Code through @vscode/test-electron, for machines that
// can download VS Code (or have one: VSCODE_EXECUTABLE=/path/to/code). The same suite runs offline in code-server
// through test/e2e/run-code-server.mjs.
//
//   node tools/build.mjs && node test/e2e/run-electron.mjs        (on a Linux box without a display: xvfb-run -a node ...)
//
// Exit codes: 0 all tests passed; 1 a test failed or VS Code could not run the suite;
//             3 skipped: VS Code could not be downloaded (offline) and no VSCODE_EXECUTABLE was given.
// The last line is `e2e (electron): N passed, N failed`, from the suite's E2E-SUMMARY line, or `... skipped — ...`.
//
// Environment:
//   HACONF_VSCODE_VERSION  the VS Code to download: 1.100.3 (default: the oldest the manifest accepts), stable, insiders
//   VSCODE_EXECUTABLE      use this VS Code instead of downloading one (downloads go to $HACONF_E2E_HOST/vscode-test,
//                          by default ~/.cache/haconf-e2e-host/vscode-test)
//   HACONF_E2E_GREP        run only the tests whose title matches this (Mocha grep)
//   HACONF_E2E_KEEP=1      keep the throw-away directory (workspace, user data)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const suiteIndex = path.join(root, 'out', 'test', 'e2e', 'suite', 'index.js');
const version = process.env.HACONF_VSCODE_VERSION || '1.100.3';
const say = (msg) => console.log(`e2e (electron): ${msg}`);

for (const [file, hint] of [[path.join(root, 'dist', 'client.js'), 'the extension'], [suiteIndex, 'the suite']]) {
  if (!fs.existsSync(file)) {
    console.error(`e2e (electron): error: ${hint} is not built (${path.relative(root, file)} is missing): run \`node tools/build.mjs\` first`);
    process.exit(1);
  }
}

let executable = process.env.VSCODE_EXECUTABLE;
if (!executable) {
  const t0 = Date.now();
  try {
    // Cached beside the code-server host, outside the repository.
    const cachePath = path.join(process.env.HACONF_E2E_HOST || path.join(os.homedir(), '.cache', 'haconf-e2e-host'), 'vscode-test');
    executable = await downloadAndUnzipVSCode({ version, timeout: 20_000, cachePath });
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    say(`could not download VS Code ${version} in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${why}`);
    say('skipped — VS Code cannot be downloaded here (offline?); set VSCODE_EXECUTABLE, or run the same suite offline with `node test/e2e/run-code-server.mjs`');
    process.exit(3);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-e2e-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(path.join(root, 'test', 'e2e', 'fixtures'), workspace, { recursive: true });

// Tee VS Code's output: print the suite's lines (unmarked) and everything else, and catch the summary line.
let summary;
const tee = (out) => {
  let pending = '';
  return new Writable({
    write(chunk, _enc, done) {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.replace(/^.*?E2E\| /, '');
        const m = /^E2E-SUMMARY (\{.*\})\s*$/.exec(line);
        if (m) {
          try {
            summary = JSON.parse(m[1]);
          } catch {
            // malformed: the exit code decides
          }
          continue;
        }
        out.write(`${line}\n`);
      }
      done();
    },
  });
};

let code;
try {
  code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: suiteIndex,
    extensionTestsEnv: process.env.HACONF_E2E_GREP ? { HACONF_E2E_GREP: process.env.HACONF_E2E_GREP } : undefined,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', path.join(tmp, 'user-data'),
      '--extensions-dir', path.join(tmp, 'extensions'),
    ],
    stdout: tee(process.stdout),
    stderr: tee(process.stderr),
  });
} catch (err) {
  console.error(`e2e (electron): ${err instanceof Error ? err.message : String(err)}`);
  code = 1;
} finally {
  if (process.env.HACONF_E2E_KEEP === '1') say(`kept ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}
const exit = code === 0 && summary && summary.failed === 0 ? 0 : 1;
say(summary ? `${summary.passed} passed, ${summary.failed} failed${summary.pending ? `, ${summary.pending} pending` : ''}` : '0 passed, 1 failed (the suite did not report)');
process.exit(exit);
