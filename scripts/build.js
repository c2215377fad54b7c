#!/usr/bin/env node
// Bundles the CLI with esbuild (one start-up file; prompts, spinners and zod split into chunks that load
// only on the paths that need them), then checks the shipped data against its schemas.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

const schemaOnly = process.argv.includes('--schema-only');

// Bundled CommonJS (commander) calls require() for Node built-ins; give the ESM bundle one.
const banner = "import { createRequire as __limberCreateRequire } from 'node:module'; const require = __limberCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  // Prefer packages' ESM builds: jsonc-parser's UMD build requires its parts dynamically.
  mainFields: ['module', 'main'],
  target: 'node20',
  format: 'esm',
  banner: { js: banner },
  logLevel: 'warning',
  legalComments: 'none',
};

if (!schemaOnly) {
  rmSync('dist', { recursive: true, force: true });
  const result = await build({
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minifySyntax: true,
    metafile: true,
  });
  writeFileSync('dist/meta.json', JSON.stringify(result.metafile));
}

await build({ ...common, entryPoints: { 'check-data': 'src/data/check-data.ts' }, outdir: 'dist/tools' });
execFileSync(process.execPath, ['dist/tools/check-data.js', 'data', ...(schemaOnly ? ['--write'] : [])], { stdio: 'inherit' });
