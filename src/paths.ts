/**
 * The package's own files (models/, package.json, web/dist/), found from wherever this code runs:
 * src/ (vitest), dist/ (tsc) or dist/bundle/ (the bundled CLI, `npm run build:bundle`). The package
 * root is the nearest folder above this module that holds a package.json; each depth used to be
 * written into a relative URL at every call site, which a bundle (all modules in one folder) broke.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function findRoot(): URL {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 4; i++) {
    if (existsSync(fileURLToPath(new URL('package.json', dir)))) return dir;
    dir = new URL('../', dir);
  }
  // not found (a copied file?): src/ and dist/ sit one level under the package
  return new URL('../', import.meta.url);
}

/** The package root, as a file URL ending in '/'. */
export const PACKAGE_ROOT: URL = findRoot();

/** A file or folder of the package, as a file URL (`packageUrl('models/')`). */
export function packageUrl(relative: string): URL {
  return new URL(relative, PACKAGE_ROOT);
}

/** A file or folder of the package, as a path. */
export function packagePath(relative: string): string {
  return fileURLToPath(packageUrl(relative));
}
