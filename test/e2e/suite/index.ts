/**
 * The end-to-end suite's entry point, to the @vscode/test-electron contract: the extension host loads this module
 * (extensionTestsPath = out/test/e2e/suite/index.js) and awaits `run()`, which runs Mocha over the compiled
 * *.test.js files beside it. Works unchanged under code-server (test/e2e/run-code-server.mjs) and desktop VS Code
 * (test/e2e/run-electron.mjs).
 *
 * The host relays console output with its format strings unapplied and mixed with the workbench's own log, so every
 * line of the suite is formatted here and marked `E2E| ` (the code-server driver prints those lines without the mark).
 * The last line is machine-readable for the drivers: `E2E| E2E-SUMMARY {"passed":N,"failed":N,"pending":N}`.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import { say } from './util';

/** The screenshot step runs last: it rearranges the workbench. */
const LAST = ['screenshot.test.js'];

export async function run(): Promise<void> {
  const Base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  Base.consoleLog = (...args: unknown[]) => say(args.length ? util.format(...args) : '');

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.HACONF_E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => Number(LAST.includes(a)) - Number(LAST.includes(b)) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        say(`E2E-SUMMARY ${JSON.stringify({ passed: passes, failed: failures, pending })}`);
        if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
        else resolve();
      });
    } catch (err) {
      say(`E2E-SUMMARY ${JSON.stringify({ passed: 0, failed: 1, pending: 0 })}`);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
