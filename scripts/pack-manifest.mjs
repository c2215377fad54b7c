#!/usr/bin/env node
// `npm pack` ships dist/ built, so the packed package.json needs no `prepare` script: with one, npm warns about
// install scripts on every install of the tarball. prepack drops it (keeping a copy), postpack puts it back.
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const backup = '.package.json.prepack';
if (process.argv[2] === 'strip') {
  copyFileSync('package.json', backup);
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  delete manifest.scripts.prepare;
  writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
} else if (existsSync(backup)) {
  renameSync(backup, 'package.json');
}
