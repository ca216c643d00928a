/** The built site's pages, read from dist/ (the same files a static host serves). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every HTML page in dist/ as a URL path ("/guidance/accountability/"), excluding Pagefind's files. */
export function builtPages(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(root);
  return out.sort();
}

/** The HTML file behind a URL path, or null. */
export function fileFor(path: string, root = DIST): string | null {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/') ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html')];
  for (const c of candidates) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {
      /* try the next */
    }
  }
  return null;
}

export function readPage(path: string, root = DIST): string {
  const file = fileFor(path, root);
  if (!file) throw new Error(`no built page for ${path}`);
  return readFileSync(file, 'utf8');
}

/** A training module's interactive pages: its slides, presenter view and knowledge check. */
const TRAINING_SCRIPTED = /^\/training\/[a-z0-9-]+\/(slides|presenter|knowledge-check)\/$/;

/** Pages that may load scripts: the search page, each tool's own page (/tools/<tool>/) and a training module's slides, presenter view and knowledge check. Everything else ships none. */
export function mayLoadScripts(path: string): boolean {
  return path === '/search/' || /^\/tools\/[^/]+\/$/.test(path) || TRAINING_SCRIPTED.test(path);
}

/**
 * Content pages that show "Leave this page" (family pages, the glossary, privacy) load its one small
 * module, for Shift pressed three times, and nothing else. The scripts allowed there, by file name.
 */
export const LEAVE_THIS_PAGE_SCRIPT = /^\/_astro\/LeaveThisPage\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
export function showsLeaveThisPage(path: string): boolean {
  return path.startsWith('/families/') || path === '/glossary/' || path === '/privacy/';
}

/**
 * Every script a page may load, by name, and on which pages. A content page ships no JavaScript of its own:
 * anything not listed here, on any page, fails the browser tests. To allow a new script, add one entry.
 * - `src`: a module the page loads itself (its URL path), or a file its modules import;
 * - `inline`: the page may carry inline scripts (each one is also hashed in the page's CSP).
 */
export interface AllowedScript {
  /** What it is for, in a few words. */
  name: string;
  /** The pages it may appear on. */
  on: (path: string) => boolean;
  /** The URL paths of its files. */
  src?: RegExp;
  /** Whether it is an inline <script> (Astro's island loader) rather than a file. */
  inline?: boolean;
}

export const ALLOWED_SCRIPTS: readonly AllowedScript[] = [
  {
    name: 'offline support: registers the service worker and shows the offline notice (src/offline/register.ts)',
    on: () => true,
    src: /^\/_astro\/PageHead\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
  },
  { name: '"Leave this page": Shift pressed three times (src/scripts/leave-this-page.ts)', on: showsLeaveThisPage, src: LEAVE_THIS_PAGE_SCRIPT },
  {
    name: 'Preact islands and modules: the search box, the decision tools, the slides, presenter view and knowledge check, with their imports',
    on: mayLoadScripts,
    src: /^\/_astro\/[\w.-]+\.js$/,
  },
  { name: "Astro's island loader", on: mayLoadScripts, inline: true },
  { name: 'Pagefind, the search engine', on: (path) => path === '/search/', src: /^\/pagefind\/pagefind(-worker)?\.js$/ },
];

/** The scripts `path` may load. */
export function allowedScripts(path: string): AllowedScript[] {
  return ALLOWED_SCRIPTS.filter((s) => s.on(path));
}

/** The scripts in `found` (URL paths, or "inline") that no entry allows on `path`. */
export function unexpectedScripts(path: string, found: readonly string[]): string[] {
  const allowed = allowedScripts(path);
  return found.filter((script) => !allowed.some((a) => (script === 'inline' ? a.inline === true : a.src?.test(script) ?? false)));
}
