/**
 * Scripts and benchmarks use only the package's public entries (dist/index.js, or the package name
 * with its `exports`: vigil, vigil/server, vigil/store), never dist/<internal>: an internal path
 * moved by a refactor broke them silently, since nothing in `npm test` runs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
};
const files = ['scripts', 'bench'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => /\.(mjs|js)$/.test(f))
    .map((f) => join(d, f)),
);

/** Module specifiers of `import … from '…'`, `import('…')` and `import(join(root, 'dist', …))`. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)(['"])([^'"]+)\1/g)) out.push(m[2]!);
  for (const m of text.matchAll(/import\s*\(\s*(?:join|new URL)\(([^)]*)\)/g))
    out.push(
      m[1]!
        .replace(/['"\s]/g, '')
        .split(',')
        .slice(1)
        .join('/'),
    );
  return out;
}

describe('scripts and benchmarks', () => {
  it('are found', () => {
    expect(files).toContain('scripts/email-corpus-run.mjs');
    expect(files).toContain('bench/serve.js');
  });

  it.each(files)('%s imports only public entries of the package', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    for (const spec of specifiers(text)) {
      if (spec.startsWith('node:') || !/dist|^vigil/.test(spec)) continue;
      const ok =
        /(^|\/)dist\/index\.js$/.test(spec) ||
        (spec.startsWith(`${pkg.name}`) && `.${spec.slice(pkg.name.length)}` in pkg.exports);
      expect.soft(ok, `${file} imports ${spec}`).toBe(true);
    }
  });

  it('the specifier scan sees internal paths (the check above can fail)', () => {
    expect(
      specifiers(
        `await import(join(root, 'dist', 'cli', 'train-email.js'));\nimport x from '../dist/url/index.js';`,
      ),
    ).toEqual(['../dist/url/index.js', 'dist/cli/train-email.js']);
  });
});
