/**
 * The built site against the settings it was built with (settings/site.yaml, or SITE_SETTINGS): its name
 * on every page; each local contact where it belongs and nowhere when unset; the About page naming who
 * runs the site and how to report a mistake; families' routes with the site's own country first.
 * CI builds and runs the whole suite once with the shipped (empty) settings and once with each example.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from './support/site-files.ts';
import { siteName, siteSettings } from '../../src/settings/load.ts';
import { CONTACT_KINDS, type ContactKind } from '../../src/settings/schema.ts';

const settings = siteSettings();
const pages = builtPages();
const decode = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Where each kind of local contact appears, and only there. */
const PLACES: Record<ContactKind, string[]> = {
  earlyHelp: ['/families/what-is-a-lead-professional/', '/about/'],
  socialCare: ['/families/if-you-are-not-happy/', '/about/'],
  complaints: ['/families/if-you-are-not-happy/', '/about/'],
  escalation: ['/guidance/disagreements-and-escalation/', '/about/'],
};

function contactBlocks(html: string, kind: ContactKind): string[] {
  return [...html.matchAll(new RegExp(`<[^>]+data-local-contact="${kind}"[^>]*>([\\s\\S]*?)</(?:div|li)>\\s*</(?:div|li)>`, 'g'))].map((m) => decode(m[1]));
}

describe(`the site built with ${process.env.SITE_SETTINGS || 'settings/site.yaml'}`, () => {
  it('carries the site name in every page title, and in every header a page has', () => {
    const name = siteName(settings);
    for (const path of pages.filter((p) => p !== '/404.html')) {
      const html = decode(readPage(path));
      expect(html, path).toMatch(new RegExp(`<title>[^<]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</title>`));
      // Slides and presenter notes are projected full screen: they carry the name in the title only.
      if (!html.includes('lp-slides-page')) expect(html, path).toContain(`class="lp-header__name">${name}</a>`);
    }
  });

  it.each(CONTACT_KINDS)('shows the %s contact where it belongs, and nowhere if it is not set', (kind) => {
    const contact = settings.contacts[kind];
    for (const path of pages) {
      const blocks = contactBlocks(readPage(path), kind);
      if (!contact || !PLACES[kind].includes(path)) {
        expect(blocks, `${path} shows no ${kind} contact`).toEqual([]);
        continue;
      }
      expect(blocks.length, `${path} shows the ${kind} contact`).toBe(1);
      expect(blocks[0]).toContain(contact.name);
      for (const way of [contact.phone, contact.email]) if (way) expect(blocks[0]).toContain(way);
      if (path !== '/about/' && settings.area) expect(blocks[0]).toContain(settings.area);
    }
  });

  it('without local contacts, no page shows a local contact block at all', () => {
    if (Object.keys(settings.contacts).length) return;
    expect(pages.filter((p) => readPage(p).includes('data-local-contact'))).toEqual([]);
  });

  it('the About page names who runs this copy and how to report a mistake', () => {
    const about = decode(readPage('/about/'));
    const mistakes = about.slice(about.indexOf('id="report-a-mistake"'));
    if (settings.owner) expect(about).toContain(settings.owner.name);
    else expect(about).toContain('has not been set up for a local area');
    if (settings.reportMistake) {
      expect(mistakes).toContain(settings.reportMistake.name);
      expect(mistakes).not.toContain('data-no-mistake-contact');
    } else {
      expect(mistakes).toContain('data-no-mistake-contact');
    }
  });

  it("lists families' routes with the site's own country first, each group marked as beyond the sources", () => {
    const html = readPage('/families/if-you-are-not-happy/');
    const places = [...html.matchAll(/data-help-routes="(\w+)"/g)].map((m) => m[1]);
    const first = settings.defaultGuidance === 'scotland' ? 'scotland' : 'england';
    expect(places.slice(0, 2)).toEqual([first, first === 'scotland' ? 'england' : 'scotland']);
    const groups = html.split('data-help-routes="').slice(1);
    for (const g of groups) expect(g).toMatch(/not from the guidance this site explains\. We checked (?:each one|it) on <time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});
