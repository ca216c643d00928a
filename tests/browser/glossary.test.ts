/**
 * The glossary: every term is a heading with its id, in one capitalisation style, filed under its letter;
 * the A to Z links, first-use links from every page and search results all land on the term itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadGlossary } from '../../src/content/registry.ts';
import { headingCase, letterOf } from '../../src/content/glossary-order.ts';
import { launch, type Session } from './support/browser.ts';
import { builtPages, readPage } from './support/site-files.ts';

const glossary = loadGlossary();
const html = readPage('/glossary/');
const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** The page's headings in order: level, id and text. */
const headings = [...html.matchAll(/<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), id: m[2], text: text(m[3]) }));
const termHeadings = new Map(headings.filter((h) => h.level === 3).map((h) => [h.id, h.text]));

let session: Session;
const base = () => inject('baseUrl');
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

describe('glossary page', () => {
  it('makes every term a heading with its id, starting with a capital, under the heading of its letter', () => {
    const problems: string[] = [];
    let letter = '';
    for (const h of headings) {
      if (h.level === 2) {
        letter = h.text;
        continue;
      }
      const entry = glossary.find((t) => t.id === h.id);
      if (!entry) continue;
      if (!h.text.startsWith(headingCase(entry.term))) problems.push(`#${h.id} reads "${h.text}", not "${headingCase(entry.term)}…"`);
      if (!/^[\p{Lu}\p{N}]/u.test(h.text)) problems.push(`#${h.id} "${h.text}" does not start with a capital`);
      if (letterOf(entry.term) !== letter) problems.push(`#${h.id} is under ${letter}, not ${letterOf(entry.term)}`);
    }
    expect(problems).toEqual([]);
    expect(glossary.filter((t) => !termHeadings.has(t.id)).map((t) => t.id), 'terms without a heading').toEqual([]);
  });

  it('links from its A to Z to every letter heading, and back', () => {
    const nav = /<nav[^>]*id="a-to-z"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(headings.filter((h) => h.level === 2).map((h) => h.id));
    expect(targets.length).toBeGreaterThanOrEqual(20);
    expect(html.match(/href="#a-to-z"/g)).toHaveLength(targets.length);
  });

  it('is where every first-use link on the site lands: a term heading', () => {
    const wrong: string[] = [];
    let links = 0;
    for (const path of builtPages()) {
      for (const m of readPage(path).matchAll(/href="\/glossary\/#([^"]+)"/g)) {
        links++;
        if (!termHeadings.has(m[1])) wrong.push(`${path} → #${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThan(100);
  });
});

describe('glossary in the browser', () => {
  it('a letter link and a first-use link each bring their heading to the top of a phone screen', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`${base()}/glossary/`);
    await page.locator('#a-to-z').getByRole('link', { name: 'S', exact: true }).click();
    await page.waitForURL(/#letter-s$/);
    expect(await page.locator('#letter-s').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(40);

    await page.goto(`${base()}/guidance/what-is-a-lead-professional/`);
    const link = page.locator('main a.glossary-term[href^="/glossary/#"]').first();
    const id = (await link.getAttribute('href'))!.split('#')[1];
    await link.click();
    await page.waitForURL(new RegExp(`/glossary/#${id}$`));
    const target = page.locator(`#${id}`);
    expect(await target.evaluate((el) => el.tagName)).toBe('H3');
    expect(await target.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(40);
    expect(await page.locator(':target').getAttribute('id')).toBe(id);
    await page.close();
  });

  it('search finds a term as a result that opens at the term (Pagefind sub-result on its heading)', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base()}/glossary/`);
    // A string, so the test runner does not rewrite the page's own dynamic import.
    const urls: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('CAMHS');
      const pages = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return pages.flatMap((p) => p.sub_results.map((s) => s.url));
    })()`);
    expect(urls).toContain('/glossary/#camhs');
    await page.close();
  });
});
