'use strict';
// Loads a bundled CommonJS file with a V8 code cache kept beside it (or in the temp folder when that is read-only),
// so that a fresh language server or CLI process does not parse and compile the whole bundle again on every start.
// Node 22 has module.enableCompileCache for this; Node 20 does not.
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const Module = require('module');

function cachePaths(file, stat) {
  const key = `${path.basename(file)}-${process.version}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}.v8cache`;
  return [path.join(path.dirname(file), '.cache', key), path.join(os.tmpdir(), 'haconf-v8cache', key)];
}

module.exports = function loadCached(file) {
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
    // Written once the process has warmed up, so that the cache holds the functions start-up compiled.
    setTimeout(() => {
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
    }, 1500).unref();
  }
  return mod.exports;
};
