/**
 * The bundled CLI (scripts/bundle.mjs → dist/bundle/, used by bin/vigil.js when its stamp matches
 * dist/): start-up loads a handful of modules instead of ~230, and the bundle decides exactly what
 * dist/ decides — one thread, `--jobs 2` (the worker entry beside it), `serve` and `filter` start
 * from it (they find package.json, models/ and web/dist/ from the package root, src/paths.ts). A
 * bundle older than dist/ is never used. Needs `npm run build` (tsc + bundle); skips without it,
 * except under CI, where `npm ci` builds it.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eml } from '../helpers/eml.js';
import { makePdf } from '../helpers/pdf.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vigil.js');
const STAMP = join(ROOT, 'dist', 'bundle', 'stamp.json');
const built = existsSync(STAMP);
if (!built && !process.env.CI)
  console.warn(
    '[bundle] dist/bundle/ not built: bundle tests skipped (npm run build, or npm run build:bundle)',
  );

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-bundle-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run bin/vigil.js; `loaded` lists every module URL Node loaded (a module.register hook). */
function run(args: string[], env: Record<string, string> = {}, bin = BIN) {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)});\n`,
  );
  // CommonJS files (the bundle's cli.cjs and chunks, CommonJS packages) do not pass the hook above
  const cjs = join(dir, 'cjs-hook.cjs');
  writeFileSync(
    cjs,
    `const Module = require('node:module'); const { appendFileSync } = require('node:fs'); const { pathToFileURL } = require('node:url');\n` +
      `const load = Module._load;\nModule._load = function (request, parent, isMain) { try { const f = Module._resolveFilename(request, parent, isMain); if (f.startsWith('/')) appendFileSync(${JSON.stringify(log)}, pathToFileURL(f).href + '\\n'); } catch {} return load.apply(this, arguments); };\n`,
  );
  const r = spawnSync(process.execPath, ['--require', cjs, '--import', register, bin, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const loaded = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { ...r, loaded };
}

/** Verdict lines without elapsed_ms (the one field allowed to vary). */
const strip = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const v = JSON.parse(l) as Record<string, unknown>;
      delete v.elapsed_ms;
      return JSON.stringify(v);
    });

describe.skipIf(!built && !process.env.CI)('the bundled CLI', () => {
  it('scan loads the bundle, not dist/ module by module, and few modules in all', () => {
    const r = run(['scan', '--json', '--jobs', '1', 'examples/bec-wire-transfer.eml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // the example is flagged
    const own = r.loaded.filter((u) => u.startsWith(`file://${ROOT}dist/`));
    expect(own.length).toBeGreaterThan(0);
    for (const u of own) expect(u).toContain('/dist/bundle/');
    // zod, commander, tldts, htmlparser2 … are inside the bundle: nothing from node_modules is loaded
    // (data files are read: unhomoglyph's confusables table, when a text needs it)
    expect(r.loaded.filter((u) => u.includes('/node_modules/') && !u.endsWith('.json'))).toEqual([]);
    expect(new Set(r.loaded.filter((u) => u.startsWith('file:'))).size).toBeLessThan(25);
    // dist/ itself (VIGIL_NO_BUNDLE=1) loads every module: the count the bundle removes
    const plain = run(['scan', '--json', '--jobs', '1', 'examples/bec-wire-transfer.eml'], {
      VIGIL_NO_BUNDLE: '1',
    });
    expect(plain.loaded.filter((u) => u.includes('/dist/bundle/'))).toEqual([]);
    expect(plain.loaded.filter((u) => u.startsWith('file:')).length).toBeGreaterThan(100);
    expect(strip(r.stdout)).toEqual(strip(plain.stdout));
    // the CommonJS form, compiled with its code caches (bin/vigil.js)
    expect(own.some((u) => u.endsWith('/dist/bundle/cli.cjs'))).toBe(true);
    // comments and indentation are not in the bundle (V8 reads every byte of it at start-up)
    for (const text of own.map((u) => readFileSync(fileURLToPath(u), 'utf8'))) {
      expect(text).not.toMatch(/^\s*\/\*\*/m);
      expect(text).not.toMatch(/^\t/m);
    }
  });

  it('scan of one message loads no node:zlib nor node:worker_threads (loaded when a PDF or a pool needs them)', () => {
    const log = join(dir, 'builtins.txt');
    const pre = join(dir, 'builtins.cjs');
    writeFileSync(
      pre,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.join('\\n')));\n`,
    );
    for (const args of [['examples/bec-wire-transfer.eml'], ['--json', 'examples/credential-phish.eml']]) {
      const r = spawnSync(process.execPath, ['--require', pre, BIN, 'scan', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      const builtins = readFileSync(log, 'utf8').split('\n');
      expect(builtins).toContain('NativeModule crypto');
      expect(builtins).not.toContain('NativeModule zlib');
      expect(builtins).not.toContain('NativeModule worker_threads');
      // commander's child_process is loaded when it spawns (scripts/bundle.mjs), never for a scan
      expect(builtins).not.toContain('NativeModule child_process');
    }
  });

  it('is ASCII only (V8 keeps one byte a character: half the memory and faster to read)', () => {
    const bundle = join(ROOT, 'dist', 'bundle');
    for (const f of readdirSync(bundle).filter((f) => /\.c?js$/.test(f))) {
      const text = readFileSync(join(bundle, f), 'utf8');
      expect(/[^\x00-\x7f]/.exec(text)?.index, f).toBeUndefined();
    }
  });

  it("commander's childProcess in the bundle is node:child_process's spawn, loaded when read", () => {
    const cli = readFileSync(join(ROOT, 'dist', 'bundle', 'cli.cjs'), 'utf8');
    expect(cli).not.toContain('require(`node:child_process`)');
    expect(cli).not.toContain('require("node:child_process")');
    const decl = /const childProcess=\{[^;]*\};/.exec(cli);
    expect(decl).not.toBeNull();
    const lazy = new Function(`${decl![0]} return childProcess;`)() as { spawn: unknown };
    expect(lazy.spawn).toBe(process.getBuiltinModule('node:child_process').spawn);
  });

  it('decides what dist/ decides, in one thread and on 2 worker threads (the bundled worker)', () => {
    const examples = readdirSync(join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.eml'))
      .map((f) => join('examples', f));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const pooled = run(['scan', '--json', '--jobs', '2', ...examples]);
    expect(pooled.stderr).toBe('');
    expect(pooled.loaded.some((u) => u.endsWith('/dist/bundle/worker.js'))).toBe(true);
    expect(pooled.loaded.some((u) => u.endsWith('/dist/pool/worker.js'))).toBe(false);
    const plain = run(['scan', '--json', '--jobs', '1', ...examples], { VIGIL_NO_BUNDLE: '1' });
    expect(strip(pooled.stdout)).toHaveLength(examples.length);
    expect(strip(pooled.stdout)).toEqual(strip(plain.stdout));
    // the version comes from package.json, found from the bundle's folder
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(run(['--version']).stdout.trim()).toBe(version);
  });

  it("reads a PDF attachment's text as dist/ does, in one thread and on 2 (pdf.js in a thread of its own)", () => {
    const pdf = makePdf([
      'Your Norton 360 renewal of $399.99 has been charged to your card.\n' +
        'If you did not authorize this renewal or wish to cancel, call +1 (808) 555-0147 within 24 hours.',
    ]);
    const file = join(dir, 'pdf-callback.eml');
    writeFileSync(
      file,
      eml({
        from: 'Billing <billing.notice.center@gmail.com>',
        subject: 'Your document',
        text: 'Hello,\n\nPlease find the attached document.\n\nRegards',
        attachments: [{ filename: 'renewal.pdf', contentType: 'application/pdf', content: pdf }],
      }),
    );
    const args = ['scan', '--json', file, 'examples/bec-wire-transfer.eml'];
    const one = run([...args, '--jobs', '1']);
    expect(one.stderr).toBe('');
    const v = JSON.parse(strip(one.stdout)[0]!) as {
      signals: { id: string; evidence: { where: string }[] }[];
    };
    const callback = v.signals.find((s) => s.id === 'email.content.callback');
    expect(callback?.evidence.some((e) => e.where === 'attachment:renewal.pdf')).toBe(true);
    const pooled = run([...args, '--jobs', '2']);
    expect(pooled.stderr).toBe('');
    const plain = run([...args, '--jobs', '1'], { VIGIL_NO_BUNDLE: '1' });
    expect(strip(one.stdout)).toEqual(strip(plain.stdout));
    expect(strip(pooled.stdout)).toEqual(strip(plain.stdout));
  });

  it('compiles the CommonJS bundle with its code caches, never with a cache of another source', () => {
    const args = ['scan', '--json', '--jobs', '1', 'examples/bec-wire-transfer.eml'];
    const report = (stderr: string) =>
      new Map(
        [...stderr.matchAll(/^code cache (used|not used): (\S+)$/gm)].map((m) => [m[2]!, m[1] === 'used']),
      );
    const cached = run(args, { VIGIL_CODE_CACHE: 'report' });
    const used = report(cached.stderr);
    expect(used.get('cli.cjs')).toBe(true);
    expect([...used.values()].every(Boolean)).toBe(true);
    // code compiled from a cache cannot import(): the lazily loaded packages are required instead
    for (const f of readdirSync(join(ROOT, 'dist', 'bundle')).filter((n) => n.endsWith('.cjs')))
      expect(readFileSync(join(ROOT, 'dist', 'bundle', f), 'utf8')).not.toMatch(/\bimport\(/);
    const fresh = run(args, { VIGIL_CODE_CACHE: 'off' });
    expect(strip(cached.stdout)).toEqual(strip(fresh.stdout));

    // a copy of the bundle whose cli.cjs differs from the source its cache was made from, by one
    // character (the same length: V8's own check would not see it): that cache is not used
    const pkg = join(dir, 'pkg-cache');
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    mkdirSync(join(pkg, 'dist', 'bundle'), { recursive: true });
    for (const f of ['vigil.js', 'package.json'])
      // bin/package.json: the command is CommonJS
      writeFileSync(join(pkg, 'bin', f), readFileSync(join(ROOT, 'bin', f)));
    for (const e of ['package.json', 'models', 'examples', 'node_modules'])
      symlinkSync(join(ROOT, e), join(pkg, e));
    for (const e of readdirSync(join(ROOT, 'dist')))
      if (e !== 'bundle') symlinkSync(join(ROOT, 'dist', e), join(pkg, 'dist', e));
    for (const f of readdirSync(join(ROOT, 'dist', 'bundle')))
      writeFileSync(join(pkg, 'dist', 'bundle', f), readFileSync(join(ROOT, 'dist', 'bundle', f)));
    const cli = join(pkg, 'dist', 'bundle', 'cli.cjs');
    const source = readFileSync(cli, 'utf8');
    const at = source.indexOf('vigil scan');
    expect(at).toBeGreaterThan(0);
    writeFileSync(cli, `${source.slice(0, at)}Vigil scan${source.slice(at + 'vigil scan'.length)}`);
    const copy = run(args, { VIGIL_CODE_CACHE: 'report' }, join(pkg, 'bin', 'vigil.js'));
    const copyUsed = report(copy.stderr);
    expect(copyUsed.get('cli.cjs')).toBe(false);
    expect(copyUsed.get([...used.keys()].find((f) => f.startsWith('chunk-'))!)).toBe(true);
    expect(strip(copy.stdout)).toEqual(strip(fresh.stdout));
  });

  it('never runs a bundle older than dist/ (a bare tsc after the bundle)', () => {
    // a package copy whose dist/ is the real one, file by file, and whose bundle is a marker that
    // fails loudly: with a stale stamp bin/vigil.js must not touch it
    const pkg = join(dir, 'pkg');
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    mkdirSync(join(pkg, 'dist', 'bundle'), { recursive: true });
    for (const f of ['vigil.js', 'package.json'])
      // bin/package.json: the command is CommonJS
      writeFileSync(join(pkg, 'bin', f), readFileSync(join(ROOT, 'bin', f)));
    for (const e of readdirSync(join(ROOT, 'dist')))
      if (e !== 'bundle') symlinkSync(join(ROOT, 'dist', e), join(pkg, 'dist', e));
    writeFileSync(join(pkg, 'dist', 'bundle', 'cli.js'), 'throw new Error("the bundle was loaded");\n');
    const fresh = JSON.parse(readFileSync(STAMP, 'utf8')) as { source: string; sourceMtimeMs: number };
    const stamp = (mtime: number) =>
      writeFileSync(
        join(pkg, 'dist', 'bundle', 'stamp.json'),
        JSON.stringify({ ...fresh, sourceMtimeMs: mtime }),
      );
    const bin = join(pkg, 'bin', 'vigil.js');

    stamp(fresh.sourceMtimeMs - 1000); // made before the dist/ on disk
    const stale = run(['--version'], {}, bin);
    expect(stale.stderr).toBe('');
    expect(stale.status).toBe(0);

    // the same copy with a matching stamp does load the bundle (so the check above is the stamp's)
    const current = JSON.parse(readFileSync(STAMP, 'utf8')) as { sourceMtimeMs: number };
    stamp(current.sourceMtimeMs);
    const used = run(['--version'], {}, bin);
    expect(used.status).not.toBe(0);
    expect(used.stderr).toContain('the bundle was loaded');
  });

  it('serve and filter start from the bundle (package.json, models and web/dist/ found from it)', async () => {
    const start = (args: string[], ready: RegExp) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
        child.stderr.on('data', (d) => {
          err += d;
          if (ready.test(err)) child.kill('SIGTERM');
        });
        child.on('exit', () => {
          clearTimeout(timer);
          if (ready.test(err)) resolve(err);
          else reject(new Error(`${args[0]} did not start: ${err}`));
        });
      });
    const served = await start(
      [
        'serve',
        '--port',
        '0',
        '--insecure-no-auth',
        '--log-level',
        'silent',
        '--jobs',
        '1',
        '--db',
        join(dir, 'v.db'),
      ],
      /listening on http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(served).not.toMatch(/error|cannot/i);
    const filtered = await start(
      ['filter', '--listen', '127.0.0.1:0', '--next-hop', '127.0.0.1:9'],
      /vigil filter: listening on 127\.0\.0\.1:\d+/,
    );
    expect(filtered).not.toMatch(/error|cannot/i);
  }, 120_000);
});
