/**
 * What a tool island is told about this copy of the site (engine/site.ts, server.ts `toolSite`, `islandQuestions`):
 * the name, where a mistake is reported, the local contacts each tool's rows call for, and the default guidance first.
 * That the pages show them is settings.test.ts's business (in the browser, with each settings file).
 */
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/settings/load.ts';
import { settingsSchema, type Contact } from '../../../src/settings/schema.ts';
import { SITE_NAME } from '../../../src/site/site.ts';
import { REPORT_MISTAKE_PAGE, contactKindsFor, localContactsFor, reportMistakeLink, type LocalContactRow, type ToolSite } from '../../../src/tools/engine/site.ts';
import { islandQuestions, loadTool, toolSite } from '../../../src/tools/engine/server.ts';
import { t } from '../../../src/tools/engine/wording.ts';

const none = settingsSchema.parse({});
const glenbrae = loadSettings('settings/examples/scotland-example-council.yaml');
const contact = (more: Partial<Contact>): Contact => ({ name: 'Web team', ...more });

describe('the site a tool island is told about', () => {
  it('with no settings: the default name, the About page for mistakes, no area and no contacts', () => {
    expect(toolSite('resolve-disagreement', none)).toEqual({ name: SITE_NAME, reportMistake: { href: REPORT_MISTAKE_PAGE, external: false }, contacts: {} });
  });

  it("gives each tool only the contacts its rows can call for, with the area, and the settings' name", () => {
    const site = toolSite('resolve-disagreement', glenbrae);
    expect(site.name).toBe(glenbrae.siteName);
    expect(site.area).toBe(glenbrae.area);
    expect(Object.keys(site.contacts).sort()).toEqual(['escalation', 'socialCare']);
    expect(toolSite('choose-lead-professional', glenbrae)).toMatchObject({ contacts: {} });
    expect(toolSite('choose-lead-professional', glenbrae).area).toBeUndefined();
  });

  it("reports a mistake to the contact's web page, else its email, else the About page (which shows a phone number's hours)", () => {
    expect(reportMistakeLink(contact({ url: 'https://example.org/report', email: 'a@example.org' }))).toEqual({ href: 'https://example.org/report', external: true, name: 'Web team' });
    expect(reportMistakeLink(contact({ email: 'a@example.org', phone: '01632 960000' }))).toEqual({ href: 'mailto:a@example.org', external: false, name: 'Web team' });
    expect(reportMistakeLink(contact({ phone: '01632 960000' })).href).toBe(REPORT_MISTAKE_PAGE);
    expect(reportMistakeLink(undefined)).toEqual({ href: REPORT_MISTAKE_PAGE, external: false });
  });

  it('shows the contacts an outcome calls for, in row order, each once, and only those the settings give', () => {
    const rows: LocalContactRow<{ n: number }>[] = [
      { contact: 'socialCare', because: '', when: (o) => o.n > 1, intro: 'a' },
      { contact: 'escalation', because: '', when: () => true, intro: 'b' },
      { contact: 'socialCare', because: '', when: () => true, intro: 'c' },
    ];
    expect(contactKindsFor(rows, { n: 2 })).toEqual(['socialCare', 'escalation']);
    expect(contactKindsFor(rows, { n: 0 })).toEqual(['escalation', 'socialCare']);
    const site: ToolSite = { name: 'x', reportMistake: reportMistakeLink(undefined), area: 'here', contacts: { escalation: contact({ email: 'e@example.org' }) } };
    expect(localContactsFor(rows, { n: 2 }, site)).toEqual([{ kind: 'escalation', contact: site.contacts.escalation, intro: 'b' }]);
    expect(localContactsFor(rows, { n: 2 }, { ...site, contacts: {} })).toEqual([]);
  });
});

describe('the default guidance', () => {
  const { questions, wording } = loadTool('change-lead-professional');
  const guidanceOf = (qs: readonly { id: string; options?: readonly { value: string; hint?: string }[] }[]) => qs.find((q) => q.id === 'guidance')!.options!;

  it("is listed first, and its hint says the site's owner uses it; the other options are unchanged", () => {
    const settings = settingsSchema.parse({ defaultGuidance: 'salford', owner: { name: 'Salford City Council' } });
    const before = guidanceOf(questions);
    const after = guidanceOf(islandQuestions(questions, wording, settings));
    expect(after.map((o) => o.value)).toEqual(['salford', ...before.map((o) => o.value).filter((v) => v !== 'salford')]);
    expect(after[0]!.hint).toBe(`${before.find((o) => o.value === 'salford')!.hint} ${t(wording, 'page.guidance.siteDefault', { owner: 'Salford City Council' })}`);
    expect(after.slice(1)).toEqual(before.filter((o) => o.value !== 'salford'));
    const unnamed = guidanceOf(islandQuestions(questions, wording, settingsSchema.parse({ defaultGuidance: 'salford' })));
    expect(unnamed[0]!.hint!.endsWith(t(wording, 'page.guidance.siteDefaultNoOwner'))).toBe(true);
  });

  it('changes nothing when the settings name none', () => {
    expect(islandQuestions(questions, wording, none)).toEqual(questions);
  });
});
