/**
 * What a tool island is told about the copy of the site it runs in: the site's name, where "Report a mistake in this
 * answer" goes, and the local contacts its outcomes can show. `toolSite` (server.ts) builds it from the local settings
 * at build time and the page passes it as a prop; the browser never reads the settings. With no settings: the site's
 * own name, the About page's "Report a mistake" section, and no contacts.
 *
 * Which contact an outcome shows is each tool's data (`src/tools/<tool>/local-contacts.ts`): rows naming a contact,
 * the outcomes that call for it, and the sentence before it. No Preact, Astro or settings imports.
 */
import type { Contact, ContactKind } from '../../settings/schema.ts';

export interface ToolSite {
  /** The site's name (settings `siteName`, or the default), for the page title and the printout. */
  name: string;
  /** Where "Report a mistake in this answer" goes: the settings' contact, or the About page. */
  reportMistake: { href: string; external: boolean; name?: string };
  /** The area the local contacts serve ("the Glenbrae Council area"); the settings require it with any contact. */
  area?: string;
  /** The local contacts this tool's outcomes can show, each only where the settings give it. */
  contacts: Partial<Record<ContactKind, Contact>>;
}

/** Where a mistake is reported when the settings give no contact: the About page's section. */
export const REPORT_MISTAKE_PAGE = '/about/#report-a-mistake';

/**
 * The link for a report-a-mistake contact: its web page, else its email address; a contact with only a phone number
 * (or none at all) sends readers to the About page, which shows the number with its opening hours.
 */
export function reportMistakeLink(contact: Contact | undefined): ToolSite['reportMistake'] {
  if (contact?.url) return { href: contact.url, external: true, name: contact.name };
  if (contact?.email) return { href: `mailto:${contact.email}`, external: false, name: contact.name };
  return { href: REPORT_MISTAKE_PAGE, external: false, ...(contact ? { name: contact.name } : {}) };
}

/**
 * One row of a tool's local-contacts table: a contact from the settings, the outcomes that call for it (the outcome
 * tells the practitioner to contact, refer to or tell that service), and the wording key of the sentence before it.
 */
export interface LocalContactRow<O> {
  contact: ContactKind;
  /** Why, in a few words, for whoever maintains the table. */
  because: string;
  when: (outcome: O) => boolean;
  /** A key of the tool's wording, with {area} for the settings' area. */
  intro: string;
}

/** The contacts an outcome calls for, in row order, each once. */
export function contactKindsFor<O>(rows: readonly LocalContactRow<O>[], outcome: O): ContactKind[] {
  const kinds: ContactKind[] = [];
  for (const row of rows) if (!kinds.includes(row.contact) && row.when(outcome)) kinds.push(row.contact);
  return kinds;
}

/** What an outcome shows: each contact it calls for that the settings give, with the sentence before it. */
export function localContactsFor<O>(rows: readonly LocalContactRow<O>[], outcome: O, site: ToolSite): { kind: ContactKind; contact: Contact; intro: string }[] {
  return contactKindsFor(rows, outcome).flatMap((kind) => {
    const contact = site.contacts[kind];
    const row = rows.find((r) => r.contact === kind && r.when(outcome))!;
    return contact ? [{ kind, contact, intro: row.intro }] : [];
  });
}
