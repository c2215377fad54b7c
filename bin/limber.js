#!/usr/bin/env node

// CommonJS on purpose: in Node 20 it starts faster than an ES module, and start-up speed is a feature. The compile
// cache is in this file rather than a module of its own: loading one more file cost about a millisecond a start.

// A V8 code cache for limber's bundles, so each start compiles nothing it compiled before. The bundles are
// compiled through vm.Script with cachedData, on every Node version. Node 22's own module.enableCompileCache was
// used there before, but it serializes a module as soon as it is compiled, before it runs, so every function a
// command calls was compiled again on every start: 4M to 19M instructions more a command on Node 22 and 24. The
// data here is taken at exit, with the functions the run used. The cache lives in the XDG cache folder (under
// LIMBER_HOME when set), keyed by Node version, architecture and each bundle's content hash; files are written
// whole (temporary file, then rename), and a damaged or stale one is simply rebuilt. Nothing here may ever make
// limber fail: every error is ignored.
const fs = require('node:fs');
const path = require('node:path');
// The CommonJS loader's class: loading node:module for it would also load Node's ES module loader, on every start.
const Module = module.constructor;

function cacheFolder(env) {
  if (env.LIMBER_HOME) return path.join(env.LIMBER_HOME, 'cache');
  // libuv's home on POSIX is HOME when set: read it here, and node:os (a millisecond to load) is not needed.
  const home = (process.platform !== 'win32' && env.HOME) || require('node:os').homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'limber');
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'limber', 'Cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'limber');
}

function writeWhole(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {}
  }
}

/**
 * A loader for the bundles in dist/ that compiles each through vm.Script with the cached data, and saves new
 * data at exit when `worthSaving()` says so. It loads a bundle by name, as `require` would but without resolving
 * the path: Node's resolver stats and realpaths every path part, about a million instructions a bundle. A
 * bundle's own `require` of another bundle (`./name.cjs`) comes back here; a Node module is asked of Node once.
 */
function vmLoader(dist, folder, worthSaving) {
  const vm = require('node:vm');
  let hashes;
  try {
    hashes = JSON.parse(fs.readFileSync(path.join(dist, 'bundles.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const fresh = [];
  // Each bundle requires node:fs and node:path once per source module that imports them: asked of Node's
  // loader, that is tens of lookups a start.
  const builtIns = new Map();
  const builtIn = (id) => builtIns.get(id) ?? builtIns.set(id, require(id)).get(id);
  const bundleRequire = (id) => (id.startsWith('./') ? load(id.slice(2)) : builtIn(id));
  function load(name) {
    const filename = path.join(dist, name);
    const known = Module._cache[filename];
    if (known) return known.exports;
    const hash = hashes[name];
    if (!hash) return require(filename);
    // In require.cache as Node would put it, so a require of the same file finds this one.
    const bundle = new Module(filename, module);
    bundle.filename = filename;
    Module._cache[filename] = bundle;
    const key = path.join(folder, `${process.version}-${process.arch}-${name.slice(0, -'.cjs'.length)}-${hash}`);
    const { cachedData, partial } = readCache(key);
    const script = new vm.Script(Module.wrap(fs.readFileSync(filename, 'utf8')), { filename, cachedData });
    const used = cachedData !== undefined && !script.cachedDataRejected;
    if (!used || partial) saveAtExit(fresh, { key, script, usedPartial: used }, worthSaving);
    try {
      script.runInThisContext({ displayErrors: true }).call(bundle.exports, bundle.exports, bundleRequire, bundle, filename, dist);
    } catch (error) {
      delete Module._cache[filename];
      throw error;
    }
    bundle.loaded = true;
    return bundle.exports;
  }
  return load;
}

/**
 * The cache of a bundle: the one a run that succeeded saved, or else one from a run that failed ("partial"). A
 * failed run stopped early (a refused screen, a usage error, Ctrl-C at the first question), so it compiled only
 * part of what the command calls: with its cache alone, every later break compiled the rest again, about 9M
 * instructions a start. A partial cache is used until a run succeeds and saves a whole one in its place.
 */
function readCache(key) {
  try {
    return { cachedData: fs.readFileSync(`${key}.v8`) };
  } catch {}
  try {
    return { cachedData: fs.readFileSync(`${key}.partial.v8`), partial: true };
  } catch {}
  return {};
}

/** At exit the functions this run used are compiled too, so the cache holds them. A warm run listens for nothing. */
function saveAtExit(fresh, bundle, worthSaving) {
  if (fresh.length === 0)
    process.on('exit', (code) => {
      if (!worthSaving()) return;
      for (const { key, script, usedPartial } of fresh) {
        if (code !== 0 && usedPartial) continue;
        try {
          writeWhole(`${key}${code === 0 ? '' : '.partial'}.v8`, script.createCachedData());
          removeOthers(key, code === 0);
        } catch {}
      }
    });
  fresh.push(bundle);
}

/**
 * The caches of a bundle from other builds of limber (same Node, another hash), and its partial cache once a
 * whole one is saved: each upgrade would otherwise leave its bundles' caches behind for good. Other Node
 * versions' caches are left for those versions.
 */
function removeOthers(key, whole) {
  const own = path.basename(key);
  const prefix = own.slice(0, -'0123456789abcdef'.length);
  for (const other of fs.readdirSync(path.dirname(key))) {
    const named = other.startsWith(prefix) && /^([0-9a-f]{16})(\.partial)?\.v8$/.exec(other.slice(prefix.length));
    if (named && (named[1] !== own.slice(prefix.length) || (whole && named[2]))) {
      fs.rmSync(path.join(path.dirname(key), other), { force: true });
    }
  }
}

/**
 * Help that commander showed saves no compiled code. The page is now kept in the help cache and shown next time
 * without commander, so commander's compiled code would wait for another command, and saving it with the rest
 * cost about 12M instructions: a first `--help` was slower than before limber had a compile cache. The next
 * command saves what it loads. Help shown from a kept page loads no bundle at all (see showKept below).
 */
function worthSaving(dist) {
  const args = process.argv.slice(2);
  const help = args[0] === 'help' || args.includes('--help') || args.includes('-h');
  return () => !help || !Module._cache[path.join(dist, 'commands-program.cjs')];
}

/** The function that loads a bundle of dist/ by name, with a compile cache wherever one can be had. */
function bundleLoader(dist) {
  try {
    const load = vmLoader(dist, path.join(cacheFolder(process.env), 'compile'), worthSaving(dist));
    if (load) return load;
  } catch {}
  return (name) => require(path.join(dist, name));
}

/**
 * The file where output is kept for this line, as src/shell/kept-output.ts names it (FNV-1a of the install
 * and the line): looked for before any bundle loads, so that a line without one (a break) pays nothing more.
 */
function keptFile(dist, argv, cache) {
  const line = JSON.stringify([dist, argv]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193) >>> 0;
  return path.join(cache, 'kept', `kept-${hash.toString(16).padStart(8, '0')}.txt`);
}

/**
 * Shows the output kept for this line (dist/commands-front.cjs, see src/commands/front.ts) when its file is
 * there. That small bundle is compiled as it is, by name as vmLoader loads bundles, without Node's resolver:
 * reading a code cache for it would cost more than it saves. False on any error: limber then runs.
 */
function showKept(dist, argv) {
  try {
    const cache = cacheFolder(process.env);
    if (!fs.existsSync(keptFile(dist, argv, cache))) return false;
    const filename = path.join(dist, 'commands-front.cjs');
    const front = new Module(filename, module);
    front.filename = filename;
    front._compile(fs.readFileSync(filename, 'utf8'), filename);
    return front.exports.showKept(argv, cache);
  } catch {
    return false;
  }
}

const dist = path.join(__dirname, '..', 'dist');
const shown = showKept(dist, process.argv.slice(2));
if (shown !== true) {
  const main = bundleLoader(dist)('commands-main.cjs');
  if (shown) main.reportFailedOutput(shown.failure);
  else main.run();
}
