#!/usr/bin/env node
'use strict';
let cli;
try {
  cli = require('./load-cached')(require('path').join(__dirname, '..', 'dist', 'cli.js'));
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
