/**
 * The server bundle copies the LSP library's re-exports instead of making a getter for each
 * (tools/bundle-plugins.mjs, for start-up time). The copy must give the library's exports unchanged.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers';

describe('server bundle', () => {
  it("copied re-exports give every exported value of the LSP library, as the library's getters do", () => {
    execFileSync(process.execPath, [path.join(ROOT, 'tools/bundle-plugins.mjs'), '--check'], { stdio: 'pipe' });
  });
});
