#!/usr/bin/env node
'use strict';
// The haconf language server for any LSP editor: `haconf-language-server --stdio`.

// Keep V8's young generation at its starting size. Opening a 24,000-line file allocates the model in a burst, and
// letting the young generation grow for it (to 2 x 16 MB) raised the server's peak memory by about 23 MB; kept small,
// the long-lived nodes are promoted sooner and less fresh memory is touched, which on these machines made opening no
// slower (BENCHMARKS.md). The CLI, a batch job, keeps V8's defaults.
require('v8').setFlagsFromString('--semi-space-growth-factor=1');
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write('usage: haconf-language-server --stdio | --node-ipc | --socket=PORT\n');
    process.exit(0);
  }
  process.argv.push('--stdio');
}
try {
  require('./load-cached')(require('path').join(__dirname, '..', 'dist', 'server.js')).startServer();
} catch (e) {
  process.stderr.write(`haconf-language-server: cannot start (${e.message}); run \`npm run build\` first\n`);
  process.exit(2);
}
