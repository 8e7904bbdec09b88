/**
 * Issue 15, item 9: the README matches the program. The quick start's command is run (in-process,
 * through the same commander program as bin/vigil.js) and its output compared with the README's
 * output block, byte for byte; the `--help` examples name files that exist; the stated Node
 * requirement is package.json's; the serve example uses the quick start's config.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/index.js';
import { fakeIo } from '../helpers/io.js';

const ROOT = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { engines: { node: string } };

/** The section of the README under a `## ` heading. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Fenced code blocks of a section, with their info string. */
function blocks(text: string): { lang: string; body: string }[] {
  return [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? '', body: m[2] ?? '' }));
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    // commander's exitOverride throws after --help
    if ((err as { code?: string }).code !== 'commander.helpDisplayed') throw err;
  }
  return { code, out: io.out, err: io.err };
}

describe('README quick start', () => {
  const quick = section('Quick start');
  const [cmd, output] = blocks(quick);

  it('prints exactly what the README shows', async () => {
    expect(cmd?.lang).toBe('sh');
    // `npm ci && npx vigil scan …`: the part after `npx vigil`
    const line = /npx vigil (.+)$/m.exec(cmd!.body)?.[1];
    expect(line).toBeDefined();
    const argv = line!.trim().split(/\s+/);
    const r = await run(argv);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(output?.lang).toBe('text');
    expect(r.out).toBe(output!.body);
  });

  it('states the Node requirement package.json enforces', () => {
    const min = /^>=(\d+\.\d+)/.exec(pkg.engines.node)?.[1];
    expect(min).toBeDefined();
    expect(quick).toContain(`Node.js ${min} or newer`);
  });
});

describe('README and --help examples name what exists', () => {
  it('scan --help examples use files that exist and run', async () => {
    const help = (await run(['scan', '--help'])).out;
    const files = [...help.matchAll(/\b(examples\/[\w.-]+)/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(existsSync(new URL(f, ROOT)), f).toBe(true);
  });

  it('every examples/ path in the README exists', () => {
    const paths = [...new Set([...readme.matchAll(/\bexamples\/[\w.-]+\.(?:eml|json)\b/g)].map((m) => m[0]))];
    expect(paths.length).toBeGreaterThan(2);
    for (const p of paths) expect(existsSync(new URL(p, ROOT)), p).toBe(true);
  });

  it('the serve example starts with the quick start config', () => {
    const serve = section('Service: `vigil serve`');
    expect(serve).toMatch(/npx vigil serve --config examples\/config\.json/);
  });

  it('states the real rate-limit default', async () => {
    const { DEFAULT_RATE_LIMIT_PER_MINUTE } = await import('../../src/server/app.js');
    const stated = [...readme.matchAll(/rate_limit_per_minute[`]?[^.\n]{0,40}?default (\d[\d,]*)/g)].map(
      (m) => Number(m[1]!.replace(/,/g, '')),
    );
    expect(stated.length).toBeGreaterThan(0);
    for (const n of stated) expect(n).toBe(DEFAULT_RATE_LIMIT_PER_MINUTE);
  });
});
