/** Site-wide names and the primary navigation. */
export const SITE_NAME = 'Lead Professional Guide';
export const SITE_TAGLINE = 'Who should lead, what the role involves, and where the guidance differs.';

export interface NavItem {
  /** Link text. */
  label: string;
  /** Root-relative URL with a trailing slash. */
  href: string;
}

/** Sections of the site that may appear in the primary navigation, in order. */
export const NAV_CANDIDATES: readonly (NavItem & { key: string })[] = [
  { key: 'guidance', label: 'Guidance', href: '/guidance/' },
  { key: 'tools', label: 'Tools', href: '/tools/' },
  { key: 'families', label: 'For families', href: '/families/' },
  { key: 'training', label: 'Training', href: '/training/' },
  { key: 'glossary', label: 'Glossary', href: '/glossary/' },
  { key: 'sources', label: 'About and sources', href: '/sources/' },
];

/** The navigation, keeping only sections that exist (never a dead link). */
export function primaryNav(built: ReadonlySet<string>): NavItem[] {
  return NAV_CANDIDATES.filter((item) => built.has(item.key)).map(({ label, href }) => ({ label, href }));
}

/** Formats a date as "23 November 2026". */
export function formatDate(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
