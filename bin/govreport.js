#!/usr/bin/env node
// Entry point of `npx govreport`: the CLI bundle built by `npm run build`.
'use strict';
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('govreport: dist/cli.js is missing; run "npm run build" first.\n');
  process.exit(2);
}
require(bundle);
