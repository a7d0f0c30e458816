#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry costs milliseconds more to start. The hot commands are
// served from a small bundle when the cache has their inputs (src/cli/fast-cli.ts); all else loads the full CLI.
'use strict';
require('../dist/koers-fast.cjs').runFast(process.argv).then((served) => served || import('../dist/koers.js'));
