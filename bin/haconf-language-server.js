#!/usr/bin/env node
'use strict';
// The haconf language server for any LSP editor: `haconf-language-server --stdio`.

// V8 settings for the server (see server-v8-flags.js), before anything is allocated.
require('v8').setFlagsFromString(require('./server-v8-flags'));
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
