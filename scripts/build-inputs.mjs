// The build's inputs, as one fingerprint: every file that can change what `astro build` writes to dist/
// (sources, public files, integrations, configuration, the lock file, local settings), and the PUBLIC_
// environment variables Vite passes to pages. Tests, CI, documentation and the outputs are left out.
// `npm start` compares it with the fingerprint of the last finished build to skip a build that would
// change nothing (see scripts/start.mjs and integrations/build-stamp.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Folders (at any depth) and root-level files that are not build inputs. */
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.astro', '.tmp', 'tests', '.ci']);
const SKIP_ROOT_FILE = (name) => name === '.git' || /\.md$/i.test(name);

/** Where the fingerprint of the last finished build is kept (not in dist/, which is served). */
export const STAMP = join('node_modules', '.cache', 'lead-professional', 'build-inputs.json');

function files(root, dir = root) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...files(root, full));
    } else if (entry.isFile() && !(dir === root && SKIP_ROOT_FILE(entry.name))) {
      out.push(full);
    }
  }
  return out;
}

/** A sha256 over every input file's path and contents, and the PUBLIC_ variables. */
export function buildInputsFingerprint(root = process.cwd()) {
  const hash = createHash('sha256');
  for (const file of files(root).map((f) => relative(root, f).split(sep).join('/')).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  for (const key of Object.keys(process.env).filter((k) => k.startsWith('PUBLIC_')).sort()) hash.update(`${key}=${process.env[key]}\0`);
  return hash.digest('hex');
}

/** The fingerprint recorded by the last build that finished, or null. */
export function lastBuildFingerprint(root = process.cwd()) {
  try {
    return JSON.parse(readFileSync(join(root, STAMP), 'utf8')).fingerprint ?? null;
  } catch {
    return null;
  }
}

export function recordBuildFingerprint(fingerprint, root = process.cwd()) {
  const file = join(root, STAMP);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
}

/** True when dist/ holds a finished build of exactly the current inputs. */
export function distIsCurrent(root = process.cwd()) {
  if (!existsSync(join(root, 'dist', 'index.html'))) return false;
  const last = lastBuildFingerprint(root);
  return last !== null && last === buildInputsFingerprint(root);
}
