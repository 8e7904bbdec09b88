#!/usr/bin/env node
// Bundle the CLI (dist/cli/index.js) and the pool's worker (dist/pool/worker.js) into a few ES
// modules under dist/bundle/, so `vigil scan one.eml` loads ~20 files instead of ~230 (dist's own
// modules and zod's and commander's): start-up was mostly Node resolving and compiling modules.
// Run by `npm run build` after tsc (generated, never committed: dist/ is ignored).
//
// What stays outside the bundle: node builtins and every dependency not on the scan path (fastify,
// pg, SQLite, tesseract, mailauth …: still imported lazily, from node_modules, by the commands that
// need them). Bundled: the pure-JavaScript packages a scan loads (commander, tldts, postal-mime,
// htmlparser2 and its DOM packages; zod only if a module imports it: src/config/schema.ts requires it
// from node_modules when a config file must be judged wrong). The package's own files (models/, package.json, web/dist/) are
// found from the package root (src/paths.ts), so they resolve the same from dist/bundle/; the pool
// loads `./worker.js` beside its own module, which here is dist/bundle/worker.js.
//
// bin/vigil.js uses the bundle only when stamp.json says it was made from the dist/ now on disk
// (the mtime of dist/cli/index.js, which every tsc run rewrites): after a bare `tsc -p
// tsconfig.build.json` it runs dist/ itself, never a stale bundle.
//
// The CLI is bundled twice: as ES modules (cli.js, chunk-*.js, used with the worker and as the
// fallback) and as CommonJS (cli.cjs, chunk-*.cjs), which bin/vigil.js compiles with the V8 code
// caches (<file>.cache) made here from one scan of examples/*.eml; `npm run build` makes the model
// packs first, so that scan reads the models as every later run does.
//
// Usage: node scripts/bundle.mjs    Exit: 0 written, 2 missing build, 1 bundler error.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;
const out = `${dist}bundle/`;
const entries = { cli: `${dist}cli/index.js`, worker: `${dist}pool/worker.js` };
for (const f of Object.values(entries))
  if (!existsSync(f)) {
    console.error(`bundle: ${f} not found (run tsc -p tsconfig.build.json first)`);
    process.exit(2);
  }

/** Bundled packages: pure JavaScript on the scan path. Everything else stays a package import. */
const BUNDLED =
  /^(zod|commander|tldts|tldts-core|postal-mime|htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities)(\/|$)/;
const started = Date.now();
const sourceMtimeMs = statSync(entries.cli).mtimeMs;
rmSync(out, { recursive: true, force: true });
const { build } = await import('rolldown');
const external = (id) => id.startsWith('node:') || (!/^[./]/.test(id) && !BUNDLED.test(id));
// No comments and no indentation (1.09 MB → 0.78 MB): V8 scans every byte of the bundle at
// start-up, ≈ 38 → 31 ms of `vigil scan one.eml`. No compression, no mangling: the code and its
// names are dist/'s, so errors still name their functions (VIGIL_NO_BUNDLE=1 for stack traces with
// lines).
// commander requires node:child_process (and with it node:net, node:stream …) at load, for
// executable subcommands, which Vigil has none of: ≈ 2 % of `vigil scan one.eml`. In the bundle its
// `childProcess` is an object whose `spawn` loads the module when first read (process.getBuiltinModule,
// Node ≥ 20.16), so nothing changes for a command that does spawn. test/cli/bundle.test.ts checks
// that a scan loads no node:child_process; without the line below (another commander) it still
// bundles, and that test says so.
const COMMANDER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'vigil-lazy-child-process',
  transform(code, id) {
    if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id) || !code.includes(COMMANDER_CHILD_PROCESS))
      return null;
    return code.replace(
      COMMANDER_CHILD_PROCESS,
      "const childProcess = { get spawn() { return process.getBuiltinModule('node:child_process').spawn; } };",
    );
  },
};
// The tables of src/prebuilt.ts (the default brand names' forms, the scam schemes' trie), computed
// here by the dist/ code being bundled and written into the bundle in place of dist/prebuilt.js's
// `undefined`, as a read of prebuilt.json beside the chunks (ASCII JSON, 130 kB; inlined, the string
// made the main chunk's code cache 250 kB larger): start-up reads them instead of computing them
// (≈ 30 ms of CPU of `vigil scan one.eml`, 25 runs alternated). Made from the same dist/ as the
// bundle, they cannot be stale (test/prebuilt.test.ts compares them with dist/'s). Without the line
// to replace (src/prebuilt.ts changed) the bundle fails.
const PREBUILT_LINE = 'export const PREBUILT = undefined;';
const { computePrebuilt } = await import(`${dist}prebuilt-build.js`);
const prebuiltJson = JSON.stringify(computePrebuilt()).replace(
  /[\u0080-\uffff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
); // ASCII, read as latin1
const prebuiltReplaced = new Set();
const prebuiltPlugin = (read) => ({
  name: 'vigil-prebuilt',
  transform(code, id) {
    if (!/[\\/]dist[\\/]prebuilt\.js$/.test(id)) return null;
    if (!code.includes(PREBUILT_LINE)) throw new Error(`${id}: no line "${PREBUILT_LINE}" to replace`);
    prebuiltReplaced.add(id);
    return code.replace(
      PREBUILT_LINE,
      // a missing or unreadable file: the tables are computed, as outside the bundle
      () =>
        `export const PREBUILT = (() => { try { return JSON.parse(${read}); } catch { return undefined; } })();`,
    );
  },
});
// ASCII only (non-ASCII escaped in strings, untagged templates, regexes; the src/ files keep
// String.raw patterns ASCII): a file with one non-ASCII character is a two-byte string in V8, 2 MB
// for the 1 MB chunk, slower to decode, hash and scan.
const lean = {
  charset: 'ascii',
  comments: false,
  minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } },
};
try {
  // ES modules: the worker (src/pool loads ./worker.js beside it), and the CLI where the CommonJS
  // form below is absent
  await build({
    input: entries,
    platform: 'node',
    external,
    plugins: [
      lazyChildProcess,
      prebuiltPlugin(
        "process.getBuiltinModule('node:fs').readFileSync(new URL('./prebuilt.json', import.meta.url), 'latin1')",
      ),
    ],
    output: {
      dir: out,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunk-[hash].js',
      ...lean,
    },
    logLevel: 'warn',
  });
  // The CLI again as CommonJS (cli.cjs, chunk-*.cjs): bin/vigil.js compiles these with V8 code
  // caches, which Node 20 offers for scripts only, not for ES modules. A package imported lazily
  // (mailauth, tesseract.js: both CommonJS) is required, not import()ed: code compiled from a cache
  // has lost the callback import() needs ("A dynamic import callback was not specified").
  await build({
    input: { cli: entries.cli },
    platform: 'node',
    external,
    plugins: [
      lazyChildProcess,
      prebuiltPlugin("require('node:fs').readFileSync(__dirname + '/prebuilt.json', 'latin1')"),
    ],
    output: {
      dir: out,
      format: 'cjs',
      entryFileNames: '[name].cjs',
      chunkFileNames: 'chunk-[hash].cjs',
      dynamicImportInCjs: false,
      ...lean,
    },
    logLevel: 'warn',
  });
} catch (err) {
  console.error(`bundle: ${err.message}`);
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}
if (prebuiltReplaced.size === 0) {
  console.error('bundle: dist/prebuilt.js was not bundled (its tables would be computed at start-up)');
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}
writeFileSync(`${out}prebuilt.json`, `${prebuiltJson}\n`);
writeFileSync(`${out}stamp.json`, `${JSON.stringify({ source: 'dist/cli/index.js', sourceMtimeMs })}\n`);

// The code caches (bin/vigil.js): V8's compiled form of each CommonJS file after scanning the
// shipped examples in one thread, so the functions a scan runs are in it. The scan's output is not
// read: a failure here leaves the bundle without caches (it compiles from source), never broken.
const examples = readdirSync(`${root}examples`)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => `examples/${f}`);
const cached = spawnSync(
  process.execPath,
  [`${root}bin/vigil.js`, 'scan', '--json', '--jobs', '1', ...examples],
  { cwd: root, env: { ...process.env, VIGIL_CODE_CACHE: 'write', VIGIL_NO_BUNDLE: '' }, encoding: 'utf8' },
);
const caches = readdirSync(out).filter((f) => f.endsWith('.cjs.cache'));
if (!caches.length)
  console.error(
    `bundle: no code cache made (the CLI compiles from source): ${cached.stderr || cached.error}`,
  );
console.log(`bundle: wrote ${out} (${caches.length} code caches) in ${Date.now() - started} ms`);
