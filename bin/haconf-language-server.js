#!/usr/bin/env -S node --v8-pool-size=1
'use strict';
// The haconf language server for any LSP editor: `haconf-language-server --stdio`.
//
// The first line runs it with one V8 worker thread instead of Node's default four (`env -S` passes the option; npm's
// Windows shim reads it too). On the 24,000-line benchmark file that keeps about 4 MB less memory (each worker
// thread keeps the malloc arena its compiler jobs used) and opens the file sooner on a 2-core machine. Where `env`
// has no -S (BusyBox), start it as `node --v8-pool-size=1 .../bin/haconf-language-server.js --stdio`. The option is
// server-v8-flags.js's `nodeOptions`, which the VS Code client passes too when its extension host runs on Node.

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
