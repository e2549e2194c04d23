'use strict';
// How the language server's process is set up (and, for its one flag, the CLI's): shared by
// bin/haconf-language-server.js, the LSP server (which sets `v8Flags` once the handshake is answered, before it loads
// the language service), bin/haconf.js, the VS Code client, the benchmark (so that its in-process figures are measured
// as the server runs) and the protocol tests.
//
// tree-sitter's wasm runs on V8's baseline compiler only (server/src/service/parsers.ts says why, and sets it again
// in hosts that do not read this file), unless HACONF_WASM_TIERUP=1.
const wasmFlags = process.env.HACONF_WASM_TIERUP === '1' ? '' : '--liftoff-only';

// A process sets these before it loads a bundle with its code cache (bin/load-cached.js), or writes the cache before
// it sets them: V8 accepts a code cache only under the flags that wrote it.
module.exports = {
  // Keep V8's young generation at its starting size. Opening a 24,000-line file allocates the model in a burst, and
  // letting the young generation grow for it (to 2 x 16 MB) raised the server's peak memory by about 23 MB. Kept
  // small, the long-lived nodes are promoted sooner and less fresh memory is touched; the price is about 20 ms more
  // garbage collection per full open of that file (BENCHMARKS.md). The CLI, a batch job, keeps V8's defaults.
  // It must be set at run time (v8.setFlagsFromString), not on the command line: when V8 sets up the heap it raises a
  // growth factor below 2 to 2 (measured: the server then peaks at 104 MB instead of 78 MB). Set after the handshake,
  // before the first document, the peaks are the same as set first thing (77.7 and 75.7 MB on the two 24,000-line
  // HAProxy files), and the start is 3-4 ms sooner.
  // With the wasm flag: set here, before the language service loads, rather than at its first parse, so that the
  // service bundle's code cache is written under the flags that the next server loads it with.
  v8Flags: `--semi-space-growth-factor=1 ${wasmFlags}`.trim(),
  // The CLI's: set before it loads its bundle (bin/haconf.js).
  cliV8Flags: wasmFlags,
  // Node's own options, which only its command line takes: one V8 worker thread instead of four (each keeps the
  // malloc arena its compiler jobs used: about 4 MB on the 24,000-line file). The bin's first line spells them out (a
  // protocol test checks that it does); the VS Code client passes them where its extension host is Node.
  nodeOptions: ['--v8-pool-size=1'],
};
