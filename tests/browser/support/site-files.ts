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

/** The search page and tool pages: the pages with Preact islands. */
export function isIslandPage(path: string): boolean {
  return path === '/search/' || (path.startsWith('/tools/') && !path.endsWith('/share/') && path !== '/tools/');
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
    src: /^\/_astro\/BaseLayout\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
  },
  { name: 'Preact islands: the search box and the decision tools, with their imports', on: isIslandPage, src: /^\/_astro\/[\w.-]+\.js$/ },
  { name: "Astro's island loader", on: isIslandPage, inline: true },
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
