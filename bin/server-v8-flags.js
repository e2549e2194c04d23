'use strict';
// The V8 settings the language server runs with (bin/haconf-language-server.js), shared with the benchmark so that
// its in-process figures are measured as the server runs.
//
// Keep V8's young generation at its starting size. Opening a 24,000-line file allocates the model in a burst, and
// letting the young generation grow for it (to 2 x 16 MB) raised the server's peak memory by about 23 MB. Kept small,
// the long-lived nodes are promoted sooner and less fresh memory is touched; the price is about 20 ms more garbage
// collection per full open of that file (BENCHMARKS.md). The CLI, a batch job, keeps V8's defaults.
// It must be set at run time (v8.setFlagsFromString), not on the command line: when V8 sets up the heap it raises a
// growth factor below 2 to 2 (measured: the server then peaks at 104 MB instead of 78 MB).
module.exports = '--semi-space-growth-factor=1';
