#!/usr/bin/env node

// CommonJS on purpose: in Node 20 it starts faster than an ES module, and start-up speed is a feature.
require('../dist/commands-main.cjs').run();
