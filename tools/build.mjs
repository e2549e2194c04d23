#!/usr/bin/env node
// Builds haconf: esbuild bundles the client, the server and the CLI into dist/ (with web-tree-sitter's runtime
// wasm beside them), and tsc compiles everything, tests included, into out/ for the test runner.
// --production: minified bundles, no tsc output. --bundles-only: the development bundles, no tsc (npm's `prepare`,
// so that `npx haconf check` works right after `npm ci`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { copiedReexports, lazyBuiltins, serviceApart } from './bundle-plugins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const bundlesOnly = process.argv.includes('--bundles-only');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;

fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { 'process.env.HACONF_VERSION': JSON.stringify(version) },
  // One copy of the LSP types: TypeScript imports would otherwise pick the ESM build, the protocol library the UMD one.
  alias: { 'vscode-languageserver-types': path.join(root, 'node_modules/vscode-languageserver-types/lib/umd/main.js') },
};
await Promise.all([
  esbuild.build({ ...common, entryPoints: [path.join(root, 'client/src/extension.ts')], outfile: path.join(root, 'dist/client.js'), external: ['vscode'] }),
  // The server is two bundles: the LSP adapter, which answers the handshake, and the language service, which it
  // loads after it (server/src/lsp/server.ts).
  esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'server/src/lsp/server.ts')],
    outfile: path.join(root, 'dist/server.js'),
    define: { ...common.define, 'process.env.HACONF_SERVICE_BUNDLE': JSON.stringify('service.js') },
    plugins: [copiedReexports, lazyBuiltins, serviceApart],
  }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'server/src/lsp/service.ts')], outfile: path.join(root, 'dist/service.js') }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'server/src/cli/main.ts')], outfile: path.join(root, 'dist/cli.js') }),
]);
fs.copyFileSync(path.join(root, 'node_modules/web-tree-sitter/tree-sitter.wasm'), path.join(root, 'dist/tree-sitter.wasm'));

if (!production && !bundlesOnly) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
}
console.log(`built haconf ${version}${production ? ' (production)' : ''}`);
