/**
 * The built site against the settings it was built with (settings/site.yaml, or SITE_SETTINGS): its name
 * on every page; each local contact where it belongs and nowhere when unset; the About page naming who
 * runs the site and how to report a mistake; families' routes with the site's own country first; and in the
 * tools, the contacts each answer calls for, the name in the title, the report-a-mistake line and the default
 * guidance listed first.
 * CI builds and runs the whole suite once with the shipped (empty) settings and once with each example.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, readPage } from './support/site-files.ts';
import { axeViolations, launch, type Session } from './support/browser.ts';
import { siteName, siteSettings } from '../../src/settings/load.ts';
import { CONTACT_KINDS, type ContactKind } from '../../src/settings/schema.ts';
import { TOOL_IDS } from '../../src/tools/registry.ts';
import { loadTool } from '../../src/tools/engine/server.ts';
import { reportMistakeLink } from '../../src/tools/engine/site.ts';
import { t } from '../../src/tools/engine/wording.ts';

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

describe(`the tools built with ${process.env.SITE_SETTINGS || 'settings/site.yaml'}`, () => {
  let session: Session;
  const base = () => inject('baseUrl');
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => session?.close());
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it("each share example's answer shows the local contacts it calls for and no others, the site name, and where to report a mistake", async () => {
    const page = await session.context.newPage();
    const report = reportMistakeLink(settings.reportMistake).href;
    let axeChecked = false;
    for (const id of TOOL_IDS) {
      const { descriptor, register, flow } = loadTool(id);
      for (const { query } of descriptor.examples) {
        const where = `/tools/${id}/?${query}`;
        await page.goto(`${base()}${where}`);
        await page.locator('.lp-tool[data-drawn] .lp-outcome').waitFor();
        const expected = (descriptor.localContacts?.kindsFor(register)(flow.readLink(query).facts) ?? []).filter((kind) => settings.contacts[kind]);
        const shown = await page.locator('[data-local-contact]').evaluateAll((els) => els.map((e) => ({ kind: e.getAttribute('data-local-contact'), text: e.textContent ?? '' })));
        expect(shown.map((s) => s.kind), where).toEqual(expected);
        for (const { kind, text } of shown) {
          const contact = settings.contacts[kind as ContactKind]!;
          for (const part of [contact.name, contact.phone, contact.email, settings.area]) if (part) expect(text, `${where} ${kind}`).toContain(part);
        }
        await expect.poll(() => page.title(), { message: where }).toMatch(new RegExp(` – ${escape(siteName(settings))}$`));
        expect(await page.getAttribute('[data-report-mistake] a', 'href'), where).toBe(report);
        if (shown.length > 0 && !axeChecked) {
          expect(await axeViolations(page), `axe at ${where}`).toEqual([]);
          axeChecked = true;
        }
      }
    }
    // With contacts set, the examples must show at least one, or this test would prove nothing.
    expect(axeChecked).toBe(Object.keys(settings.contacts).length > 0);
    await page.close();
  });

  it('lists the default guidance first and says the owner uses it, without choosing it', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base()}/tools/who-should-lead/`);
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.locator('.lp-tool[data-step="guidance"]').waitFor();
    const radios = page.locator('input[name="guidance"]');
    const values = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const contract = loadTool('who-should-lead').flow.def.contract.guidance;
    const all = contract?.kind === 'enum' ? [...contract.values] : [];
    const first = settings.defaultGuidance;
    expect(values).toEqual(first ? [first, ...all.filter((v) => v !== first)] : all);
    expect(await radios.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length)).toBe(0);
    const hints = await page.locator('.govuk-radios__hint').allInnerTexts();
    const { wording } = loadTool('who-should-lead');
    const says = settings.owner ? t(wording, 'page.guidance.siteDefault', { owner: settings.owner.name }) : t(wording, 'page.guidance.siteDefaultNoOwner');
    expect(hints.filter((h) => h.includes(says)).length).toBe(first ? 1 : 0);
    if (first) expect(hints[0]!.endsWith(says)).toBe(true);
    await page.close();
  });
});

