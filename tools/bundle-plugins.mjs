#!/usr/bin/env node
// esbuild plugins for the language server's bundle (tools/build.mjs), and a check of the one that changes how the
// LSP library loads: `node tools/bundle-plugins.mjs --check` bundles the library with and without it and compares
// every exported value, two levels deep (test/unit/bundle.test.ts runs it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The LSP library requires crypto, net and child_process when it loads, for transports and lookups that a server
// started with --stdio or --node-ipc never uses: loading them cost about 12 ms of every start. In the server bundle
// they load on first use instead.
const LAZY_BUILTINS = /^(crypto|net|child_process)$/;
export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let m; const real = () => (m ??= require('node:${args.path}'));
module.exports = new Proxy({}, {
  get: (_, k) => real()[k],
  has: (_, k) => k in real(),
  ownKeys: () => Reflect.ownKeys(real()),
  getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(real(), k); if (d) d.configurable = true; return d; },
});`,
    }));
  },
};

// The adapter's `require('./service')` is for the unbundled build (out/); in dist/ it loads dist/service.js.
export const serviceApart = {
  name: 'service-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/service$/ }, (args) => (/[\\/]lsp[\\/]server\.ts$/.test(args.importer) ? { path: './service.js', external: true } : undefined));
  },
};

// The LSP library is five layers of CommonJS modules (jsonrpc, types, protocol, server), and each layer re-exports
// everything of the one below with TypeScript's `__exportStar`: one getter, made with Object.defineProperty, per
// name and per layer, some 3,000 in all. Making them was about 7 ms of the bundle's 30 ms load, on every start.
// Each layer re-exports a module that has finished loading (there is no cycle among them; --check proves it), and no
// module assigns an export again after it has loaded, so a plain copy of each value gives the same exports.
// The server bundle copies. Should a new version of the library change the helper, the build stops here.
const REEXPORTING = /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver|languageserver-protocol)[\\/]lib[\\/](common|node)[\\/](main|api)\.js$/;
const EXPORT_STAR =
  /var __exportStar = \(this && this\.__exportStar\) \|\| function\(m, exports\) \{\r?\n\s+for \(var p in m\) if \(p !== "default" && !Object\.prototype\.hasOwnProperty\.call\(exports, p\)\) __createBinding\(exports, m, p\);\r?\n\};/;
const COPYING_EXPORT_STAR = 'var __exportStar = function(m, exports) { for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) exports[p] = m[p]; };';
export const copiedReexports = {
  name: 'copied-reexports',
  setup(build) {
    build.onLoad({ filter: REEXPORTING }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      if (!text.includes('__exportStar(')) return undefined;
      if (!EXPORT_STAR.test(text)) {
        throw new Error(`${path.relative(root, args.path)}: its __exportStar helper is not the one tools/bundle-plugins.mjs knows; check the copy is still the same (node tools/bundle-plugins.mjs --check) and update EXPORT_STAR`);
      }
      return { contents: text.replace(EXPORT_STAR, COPYING_EXPORT_STAR), loader: 'js' };
    });
  },
};

/** Bundles the LSP library's entry points with and without `copiedReexports` and lists the exports that differ. */
export async function compareReexports() {
  const esbuild = await import('esbuild');
  const entry = `module.exports = {
  server: require('vscode-languageserver/node'),
  serverCommon: require('vscode-languageserver'),
  protocol: require('vscode-languageserver-protocol/node'),
  jsonrpc: require('vscode-jsonrpc/node'),
};`;
  const load = async (plugins) => {
    const out = await esbuild.build({
      stdin: { contents: entry, resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'warning',
      alias: { 'vscode-languageserver-types': path.join(root, 'node_modules/vscode-languageserver-types/lib/umd/main.js') },
      plugins,
    });
    const mod = { exports: {} };
    new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, (await import('node:module')).createRequire(import.meta.url));
    return mod.exports;
  };
  const [plain, copied] = [await load([]), await load([copiedReexports])];
  const differences = [];
  let compared = 0;
  const walk = (a, b, where, depth) => {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    for (const k of ka.filter((x) => !kb.includes(x))) differences.push(`${where}.${k}: missing when copied`);
    for (const k of kb.filter((x) => !ka.includes(x))) differences.push(`${where}.${k}: only when copied`);
    for (const k of ka.filter((x) => kb.includes(x))) {
      compared++;
      const [va, vb] = [a[k], b[k]];
      if (typeof va !== typeof vb || (va === undefined) !== (vb === undefined) || (va === null) !== (vb === null)) {
        differences.push(`${where}.${k}: ${typeof va} becomes ${typeof vb}`);
      } else if (typeof va !== 'object' && typeof va !== 'function' && va !== vb) {
        differences.push(`${where}.${k}: ${String(va)} becomes ${String(vb)}`);
      } else if (depth < 2 && va && (typeof va === 'object' || typeof va === 'function')) {
        walk(va, vb, `${where}.${k}`, depth + 1);
      }
    }
  };
  walk(plain, copied, 'exports', 0);
  return { compared, differences };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  const { compared, differences } = await compareReexports();
  if (differences.length || compared < 1000) {
    console.error(`copied re-exports differ from the library's own (${compared} values compared):\n  ${differences.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`copied re-exports: the same ${compared} exported values as the library's own`);
}
