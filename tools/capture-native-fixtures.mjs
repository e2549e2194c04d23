#!/usr/bin/env node
// Runs the real tools on the small inputs under test/fixtures/native/<tool>/ and stores what they printed beside each
// input as <input>.out.json ({ args, code, stdout, stderr }), for test/unit/native/*.test.ts to parse. Run after
// `npm run build` (it takes the arguments from the compiled adapters); each tool runs in the fixture's folder on the
// input's bare name, so the outputs hold no machine-specific path.
//   node tools/capture-native-fixtures.mjs [TOOL...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { nativeTools } = require(path.join(root, 'out/server/src/native/index.js'));
const only = process.argv.slice(2);

for (const tool of Object.values(nativeTools)) {
  if (only.length && !only.includes(tool.id)) continue;
  const dir = path.join(root, 'test/fixtures/native', tool.id);
  for (const name of fs.readdirSync(dir).filter((f) => !f.endsWith('.out.json')).sort()) {
    const tmpDir = fs.mkdtempSync(path.join(root, 'out', 'capture-'));
    const prepared = tool.prepare(name, { tmpDir });
    const res = spawnSync(tool.command, prepared.args, { cwd: dir, env: { ...process.env, ...prepared.env }, encoding: 'utf8', timeout: 20000 });
    fs.rmSync(tmpDir, { recursive: true, force: true });
    if (res.error) throw res.error;
    // Some tools print the absolute path: it becomes /fixture/NAME, the path the tests give the parser.
    const local = (s) => s.split(`${dir}/`).join('/fixture/');
    const out = { command: tool.command, args: prepared.args, code: res.status, stdout: local(res.stdout), stderr: local(res.stderr) };
    fs.writeFileSync(path.join(dir, `${name}.out.json`), JSON.stringify(out, null, 2) + '\n');
    console.log(`${tool.id} ${name}: exit ${res.status}`);
  }
}
