#!/usr/bin/env node

// CommonJS on purpose: in Node 20 it starts faster than an ES module, and start-up speed is a feature. The compile
// cache is in this file rather than a module of its own: loading one more file cost about a millisecond a start.

// A V8 code cache for limber's bundles, so each start compiles nothing it compiled before. On Node 22.1+ this
// is Node's own module.enableCompileCache; on Node 20 the bundles are compiled through vm.Script with
// cachedData. The cache lives in the XDG cache folder (under LIMBER_HOME when set), keyed by Node version,
// architecture and each bundle's content hash; files are written whole (temporary file, then rename), and a
// damaged or stale one is simply rebuilt. Nothing here may ever make limber fail: every error is ignored.
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

/** Node 20: compile each bundle in dist/ through vm.Script with the cached data, and save new data at exit. */
function vmCache(dist, folder) {
  const vm = require('node:vm');
  let hashes = {};
  try {
    hashes = JSON.parse(fs.readFileSync(path.join(dist, 'bundles.json'), 'utf8'));
  } catch {
    return;
  }
  const fresh = [];
  const plain = Module._extensions['.js'];
  Module._extensions['.cjs'] = function loadBundle(module, filename) {
    const hash = path.dirname(filename) === dist ? hashes[path.basename(filename)] : undefined;
    if (!hash) return plain(module, filename);
    const file = path.join(folder, `${process.version}-${process.arch}-${path.basename(filename, '.cjs')}-${hash}.v8`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(file);
    } catch {}
    const script = new vm.Script(Module.wrap(fs.readFileSync(filename, 'utf8')), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) fresh.push([file, script]);
    const run = script.runInThisContext({ displayErrors: true });
    run.call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
  };
  // At exit the functions this run used are compiled too, so the cache holds them.
  process.once('exit', () => {
    for (const [file, script] of fresh) {
      try {
        writeWhole(file, script.createCachedData());
        removeOlderBuilds(file);
      } catch {}
    }
  });
}

/**
 * The caches of a bundle from other builds of limber (same Node, another hash): each upgrade would otherwise
 * leave its bundles' caches behind for good. Other Node versions' caches are left for those versions.
 */
function removeOlderBuilds(file) {
  const own = path.basename(file);
  const prefix = own.slice(0, -'0123456789abcdef.v8'.length);
  for (const other of fs.readdirSync(path.dirname(file))) {
    if (other !== own && other.startsWith(prefix) && /^[0-9a-f]{16}\.v8$/.test(other.slice(prefix.length))) {
      fs.rmSync(path.join(path.dirname(file), other), { force: true });
    }
  }
}

function enableCompileCache(dist) {
  try {
    const folder = path.join(cacheFolder(process.env), 'compile');
    const builtIn = Number(process.versions.node.split('.')[0]) >= 22 && require('node:module').enableCompileCache;
    if (typeof builtIn === 'function') builtIn(folder);
    else vmCache(dist, folder);
  } catch {}
}

const dist = path.join(__dirname, '..', 'dist');
enableCompileCache(dist);
require(path.join(dist, 'commands-main.cjs')).run();
