#!/usr/bin/env node
// The installed command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script), which also bundles
// the CLI into dist/bundle/ (scripts/bundle.mjs): a handful of files to load instead of ~230, most
// of start-up. The bundle is used only when its stamp matches the dist/ on disk (a bare `tsc` run
// after it falls back to dist/, never to a stale bundle); VIGIL_NO_BUNDLE=1 forces dist/.
// runCli exits only after stdout and stderr are flushed (an early process.exit lost verdicts).
// (No V8 flags are changed at run time: V8 leaves that undefined once the VM runs, and a fresh-clone
// test run saw `vigil serve` die by a signal at start-up while `--no-regexp-tier-up` was set here.)
// This file is CommonJS (bin/package.json): an ES-module entry starts Node's ES-module loader,
// ≈ 10–15 ms of `vigil scan one.eml`, which the bundle's CommonJS form does not need.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, sep } = require('node:path');

const ROOT = join(__dirname, '..');

function bundled() {
  if (process.env.VIGIL_NO_BUNDLE === '1') return false;
  try {
    const stamp = JSON.parse(readFileSync(join(ROOT, 'dist/bundle/stamp.json'), 'utf8'));
    return statSync(join(ROOT, stamp.source)).mtimeMs === stamp.sourceMtimeMs;
  } catch {
    return false; // no bundle (or no dist/ at all: the import below says so)
  }
}

/**
 * The CommonJS form of the bundle (dist/bundle/cli.cjs and its chunk-*.cjs), each file compiled
 * with its V8 code cache (`<file>.cache`, made by scripts/bundle.mjs from a scan of the examples):
 * V8 then neither parses the ≈ 0.8 MB of source nor compiles the functions a scan runs, ≈ 60 ms of
 * `vigil scan one.eml` (Node 20 has no code cache for ES modules). A cache file starts with the
 * sha256 of the source it was made from: one of another source is not used, and V8 itself rejects
 * one of another V8 version or flags (then the file compiles as without it). null: no such bundle.
 * VIGIL_CODE_CACHE=write makes the caches (at exit); VIGIL_CODE_CACHE=report prints, at exit, which
 * files used theirs; VIGIL_CODE_CACHE=off compiles without them.
 */
function loadCommonJsBundle() {
  const entry = join(ROOT, 'dist/bundle/cli.cjs');
  try {
    statSync(entry);
  } catch {
    return null;
  }
  const Module = require('node:module');
  const vm = require('node:vm');
  const dir = dirname(entry) + sep;
  const mode = process.env.VIGIL_CODE_CACHE ?? '';
  const compiled = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(dir) || !filename.endsWith('.cjs')) return compile.call(this, content, filename);
    return run(this, content, filename);
  };
  const run = (mod, content, filename) => {
    const sha = createHash('sha256').update(content).digest();
    let cachedData;
    if (mode !== 'write' && mode !== 'off') {
      try {
        const file = readFileSync(`${filename}.cache`);
        if (file.length > 32 && file.subarray(0, 32).equals(sha)) cachedData = file.subarray(32);
      } catch {
        // no cache for this file: compiled from source
      }
    }
    const script = new vm.Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    compiled.push({ filename, sha, script, cached: cachedData !== undefined && !script.cachedDataRejected });
    const fn = script.runInThisContext();
    const req = (id) => mod.require(id);
    req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
    req.cache = Module._cache;
    return fn.call(mod.exports, mod.exports, req, mod, filename, dirname(filename));
  };
  if (mode === 'write' || mode === 'report')
    process.on('exit', () => {
      for (const c of compiled) {
        if (mode === 'write')
          writeFileSync(`${c.filename}.cache`, Buffer.concat([c.sha, c.script.createCachedData()]));
        else
          process.stderr.write(
            `code cache ${c.cached ? 'used' : 'not used'}: ${c.filename.slice(dir.length)}\n`,
          );
      }
    });
  return require(entry);
}

async function main() {
  const { runCli } = !bundled()
    ? await import('../dist/cli/index.js')
    : (loadCommonJsBundle() ?? (await import('../dist/bundle/cli.js')));
  await runCli();
}

// a failure is an unhandled rejection: Node prints it and exits with 1, as the top-level await did
main();
