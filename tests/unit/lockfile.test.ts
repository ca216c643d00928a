/**
 * The committed lock file installs on every platform: `npm ci` refuses a lock file that lacks an optional
 * package some other platform needs (Astro's compiler bindings, Pagefind's and esbuild's binaries…),
 * which is what npm writes when it rewrites the lock file over an existing node_modules. `.ci/run`
 * proves `npm ci` on a clean clone; this test names the missing package the moment the lock file is
 * written, on any machine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  optional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

/** Where Node would find `name` from the package installed at `from`: its own node_modules, then each parent's. */
function resolveInLock(from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return null;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lock file for this package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    const declared = { ...pkg.dependencies, ...pkg.devDependencies };
    const locked = { ...lock.packages['']?.dependencies, ...lock.packages['']?.devDependencies };
    expect(locked).toEqual(declared);
    expect(Object.keys(declared).filter((name) => !lock.packages[`node_modules/${name}`])).toEqual([]);
  });

  it("records every platform's optional packages, so `npm ci` works on Linux, macOS and Windows", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolveInLock(path, name)) missing.push(`${name} (optional dependency of ${path || 'the project'})`);
      }
    }
    expect(missing, 'regenerate the lock file from nothing: rm -rf node_modules package-lock.json && npm install').toEqual([]);
    // The platform packages this project is known to need are there for each desktop platform.
    const names = Object.keys(lock.packages);
    for (const family of ['@pagefind/', '@astrojs/compiler-binding-', '@rolldown/binding-', 'lightningcss-']) {
      for (const platform of ['linux', 'darwin', 'win32|windows']) {
        expect(names.some((n) => n.includes(family) && new RegExp(platform).test(n)), `${family}* for ${platform}`).toBe(true);
      }
    }
  });
});
