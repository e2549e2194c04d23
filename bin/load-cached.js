'use strict';
// Loads a bundled CommonJS file with a V8 code cache kept beside it (or in the temp folder when that is read-only),
// so that a fresh language server or CLI process does not parse and compile the whole bundle again on every start.
// Node 22 has module.enableCompileCache for this; Node 20 does not.
//
// V8 accepts a code cache only in a process whose V8 flags are the ones that wrote it (server-v8-flags.js). The
// language server sets its flags once its handshake is done, so it writes its own bundle's cache just before that,
// with writeCodeCachesNow(), and loads the service bundle after; the CLI sets its flag before it loads its bundle. A
// cache written under other flags than its reader's was rejected by every later start, which then compiled the bundle
// again (about 15 ms).
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/** The caches still to write, by bundle file: each writes its cache and forgets itself. */
const pending = new Map();

function cachePaths(file, stat) {
  const key = `${path.basename(file)}-${process.version}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}.v8cache`;
  return [path.join(path.dirname(file), '.cache', key), path.join(os.tmpdir(), 'haconf-v8cache', key)];
}

function writeCache(file, script, candidates) {
  const data = script.createCachedData();
  for (const c of candidates) {
    try {
      fs.mkdirSync(path.dirname(c), { recursive: true });
      fs.writeFileSync(`${c}.${process.pid}`, data);
      fs.renameSync(`${c}.${process.pid}`, c);
      // The caches of earlier builds of this bundle are of no more use.
      const prefix = `${path.basename(file)}-`;
      for (const old of fs.readdirSync(path.dirname(c))) {
        if (old.startsWith(prefix) && old.endsWith('.v8cache') && old !== path.basename(c)) {
          try {
            fs.unlinkSync(path.join(path.dirname(c), old));
          } catch {
            /* another process may have removed it */
          }
        }
      }
      return;
    } catch {
      /* try the next place */
    }
  }
}

/**
 * Loads `file` as a CommonJS module, with its code cache. `writeAtExit`: a process that may end before the cache is
 * written (the CLI) writes it as it exits, unless it has been written by then.
 */
function loadCached(file, { writeAtExit = false } = {}) {
  const stat = fs.statSync(file);
  const source = fs.readFileSync(file, 'utf8');
  const candidates = cachePaths(file, stat);
  let cachedData;
  for (const c of candidates) {
    try {
      cachedData = fs.readFileSync(c);
      break;
    } catch {
      /* not cached yet */
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod.loaded = true;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    // Written once the process has warmed up, so that the cache holds the functions start-up compiled; or sooner,
    // by writeCodeCachesNow().
    const write = () => {
      clearTimeout(timer);
      pending.delete(file);
      writeCache(file, script, candidates);
    };
    const timer = setTimeout(write, 1500).unref();
    pending.set(file, write);
    if (writeAtExit) {
      process.once('exit', () => {
        if (pending.get(file) === write) write();
      });
    }
  }
  return mod.exports;
}

/** Writes now the caches that are still to be written: before a change of V8 flags, which would make V8 reject them. */
loadCached.writeCodeCachesNow = () => {
  for (const write of [...pending.values()]) write();
};

module.exports = loadCached;
