#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
// Builds dist/ with esbuild, then checks the shipped data against its schemas.
//
// Start-up speed is a feature, so the output is CommonJS (in Node 20 far cheaper to load than ES modules)
// and every dynamic `import()` in src/ becomes a bundle of its own, loaded only when that line runs:
// `limber list` never parses prompts, spinners or zod. Bundles are flat in dist/, named after their source.
import { build } from 'esbuild';

const schemaOnly = process.argv.includes('--schema-only');
const root = resolve('.');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Prefer packages' ESM builds: they bundle smaller, and jsonc-parser's UMD build requires its parts dynamically.
  mainFields: ['module', 'main'],
  // Bundled code finds its files from __dirname (see data-dir.ts): import.meta.url is only read unbundled.
  define: { LIMBER_BUNDLED: 'true', 'import.meta.url': 'undefined' },
  // Turn import() of a bundle into require(): a dynamic import would start Node's ES module loader.
  supported: { 'dynamic-import': false },
  minify: true,
  // No keepNames: it names every function again as each bundle loads (about a million instructions a start).
  // Nothing reads a minified name: Inquirer's errors set theirs as fields; limber tells errors apart by code or brand.
  keepNames: false,
  legalComments: 'none',
  logLevel: 'warning',
};

/** `src/commands/session/commands.ts` → `commands-session-commands.cjs`; a package name → `pkg-<name>.cjs`. */
const bundleName = (entry) =>
  entry.startsWith('pkg:')
    ? `pkg-${entry.slice(4).replace(/[@/]/g, '-').replace(/^-/, '')}.cjs`
    : `${relative('src', entry).replace(/\.ts$/, '').replaceAll('/', '-')}.cjs`;

/** Turns each dynamic import into a require of its own bundle, and reports the bundles it needs. */
const lazyBundles = (found) => ({
  name: 'lazy-bundles',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const entry = args.path.startsWith('.') ? relative(root, resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))) : `pkg:${args.path}`;
      found.add(entry);
      return { path: `./${bundleName(entry)}`, external: true };
    });
  },
});

/**
 * Node modules that cost milliseconds to load and that most runs never call: child_process (and the net and
 * dgram modules it pulls in) for speech, notifications and commander's executable subcommands, which limber
 * does not use; crypto for a session's id. Each import becomes a module of the functions limber calls, each
 * loading the real module on first use; importing any other name fails the build, so none is missed.
 */
const deferred = {
  child_process: ['spawn', 'execFile'],
  crypto: ['randomUUID'],
};
const deferHeavyModules = {
  name: 'defer-heavy-modules',
  setup(pluginBuild) {
    // The lazy functions' own require is the real module, left to Node.
    pluginBuild.onResolve({ filter: /^(node:)?(child_process|crypto)$/ }, (args) =>
      args.namespace === 'deferred' ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: 'deferred' },
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => ({
      contents: deferred[args.path].map((name) => `export const ${name} = (...args) => require('node:${args.path}').${name}(...args);`).join('\n'),
      loader: 'js',
    }));
  },
};

/** A plugin that gives one package, where it imports a Node module, the module `contents` instead. */
const moduleForPackage = (name, module, packageName, contents) => ({
  name,
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: new RegExp(`^(node:)?${module}$`) }, (args) =>
      args.importer.includes(`node_modules/${packageName}/`) ? { path: module, namespace: name } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
  },
});

/**
 * chalk detects colour support when it is imported, calling tty.isatty(), and loading node:tty (which loads
 * node:net) costs milliseconds on every start. limber never uses chalk's detection: it decides colour
 * itself (src/shell/color.ts) and builds chalk instances with an explicit level. So in every bundle but ora's,
 * chalk's detection gets a tty that reports no terminal. (ora, loaded only for live sessions, keeps its own.)
 */
const skipChalkDetection = moduleForPackage('skip-chalk-detection', 'tty', 'chalk', 'module.exports = { isatty: () => false };');

/**
 * A package's `import process from 'node:process'` (chalk, env-paths) is bundled as esbuild's ES-module view of
 * a CommonJS module: a new object with a getter for each of the module's properties, built on every start
 * (hundreds for process). The default export is the module itself, so it is given as just that. A `require()`
 * (commander's) already gets the module itself and is left alone.
 */
const defaultBuiltins = {
  name: 'default-builtins',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?(os|path|process)$/ }, (args) =>
      args.kind !== 'import-statement' || args.namespace === 'builtin-default' || !args.importer.includes('node_modules/')
        ? undefined
        : { path: args.path.replace(/^node:/, ''), namespace: 'builtin-default' },
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'builtin-default' }, (args) => ({
      contents: `export default require('node:${args.path}');`,
      loader: 'js',
    }));
  },
};

/**
 * env-paths asks node:os for the home and temporary folders as it loads, and loading node:os costs about a
 * million instructions a start. On POSIX both come from the environment first (libuv returns HOME when it is
 * set; Node's tmpdir reads TMPDIR, TMP, TEMP, then /tmp), so env-paths gets those same answers from the
 * environment, and the real module loads only on Windows or when HOME is unset. A test compares the paths.
 */
const osFromEnvironment = moduleForPackage(
  'os-from-environment',
  'os',
  'env-paths',
  `const os = () => require('node:os');
const posix = process.platform !== 'win32';
const trimmed = (path) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
export default {
  homedir: () => (posix && process.env.HOME) || os().homedir(),
  tmpdir: () => (posix ? trimmed(process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp') : os().tmpdir()),
};`,
);

/** `node_modules/@scope/pkg/x.js` → `@scope/pkg`. */
const packageOf = (input) => {
  const parts = input.slice(input.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
};

/**
 * Every package inside the bundles is shipped in them, not installed beside them, so its licence travels in
 * dist/THIRD-PARTY-LICENSES.txt: name, version, licence, and the licence text its authors ship.
 */
function writeLicences(packages) {
  const sections = [...packages].sort().map((name) => {
    const dir = join('node_modules', name);
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `${meta.license} (no licence file in the package)`;
    return `${meta.name} ${meta.version} (${meta.license})\n\n${text}`;
  });
  writeFileSync('dist/THIRD-PARTY-LICENSES.txt', `limber bundles these packages into dist/.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
}

async function buildBundles() {
  rmSync('dist', { recursive: true, force: true });
  const bundled = new Set();
  const built = new Set();
  const queue = ['src/commands/main.ts', 'src/commands/front.ts'];
  let bytes = 0;
  while (queue.length > 0) {
    const entry = queue.shift();
    if (built.has(entry)) continue;
    built.add(entry);
    const found = new Set();
    const entryPoint = entry.startsWith('pkg:')
      ? { contents: `module.exports = require(${JSON.stringify(entry.slice(4))});`, resolveDir: root, loader: 'js' }
      : undefined;
    const result = await build({
      ...common,
      ...(entryPoint ? { stdin: entryPoint } : { entryPoints: [entry] }),
      outfile: `dist/${bundleName(entry)}`,
      metafile: true,
      plugins: [lazyBundles(found), deferHeavyModules, osFromEnvironment, defaultBuiltins, ...(entry === 'pkg:ora' ? [] : [skipChalkDetection])],
    });
    bytes += Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
    for (const input of Object.keys(result.metafile.inputs)) if (input.includes('node_modules/')) bundled.add(packageOf(input));
    queue.push(...found);
  }
  // Each bundle's content hash keys its compile cache (bin/limber.js): a new build never reuses an old one.
  const hashes = Object.fromEntries(
    [...built]
      .map(bundleName)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join('dist', name)))
          .digest('hex')
          .slice(0, 16),
      ]),
  );
  writeFileSync('dist/bundles.json', `${JSON.stringify(hashes, null, 2)}\n`);
  writeLicences(bundled);
  console.log(`built ${built.size} bundles (${Math.round(bytes / 1024)} KiB) in dist/`);
}

if (!schemaOnly) {
  await buildBundles();
  // The shipped poses, drawn once here rather than in every chart (src/shell/prerender-figures.ts).
  await build({ ...common, entryPoints: ['src/shell/prerender-figures.ts'], outfile: 'dist/tools/prerender-figures.cjs' });
  execFileSync(process.execPath, ['dist/tools/prerender-figures.cjs', 'data', 'dist/figures.ndjson'], { stdio: 'inherit' });
  // The shipped data in each language, translated once here rather than on every start (src/shell/translate-data.ts).
  await build({ ...common, entryPoints: ['src/shell/translate-data.ts'], outfile: 'dist/tools/translate-data.cjs' });
  execFileSync(process.execPath, ['dist/tools/translate-data.cjs', 'data', 'dist/translated'], { stdio: 'inherit' });
}
await build({ ...common, entryPoints: ['src/shell/check-data.ts'], outfile: 'dist/tools/check-data.cjs' });
execFileSync(process.execPath, ['dist/tools/check-data.cjs', 'data', ...(schemaOnly ? ['--write'] : [])], { stdio: 'inherit' });
