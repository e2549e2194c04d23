#!/usr/bin/env node
'use strict';
let cli;
try {
  // V8's flags first, then the bundle with its code cache, which the CLI writes as it exits when it has none: a run
  // is often over before the cache's usual time (bin/load-cached.js).
  const { cliV8Flags } = require('./server-v8-flags');
  if (cliV8Flags) require('v8').setFlagsFromString(cliV8Flags);
  cli = require('./load-cached')(require('path').join(__dirname, '..', 'dist', 'cli.js'), { writeAtExit: true });
} catch (e) {
  process.stderr.write(`haconf: the CLI is not built (${e.message}); run \`npm run build\` first\n`);
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`haconf: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  },
);
