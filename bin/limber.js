#!/usr/bin/env node

// CommonJS on purpose: in Node 20 it starts faster than an ES module, and start-up speed is a feature.
const path = require('node:path');
const dist = path.join(__dirname, '..', 'dist');
require('./compile-cache.js').enable(dist);
require(path.join(dist, 'commands-main.cjs')).run();
