/**
 * When the site's own pages (not guidance or family pages, whose front matter carries the date) were
 * last checked. Shown on each page as "Last reviewed"; change a date when you review that page.
 */
export const SITE_PAGES_REVIEWED = {
  home: new Date('2026-11-26'),
  about: new Date('2026-11-26'),
  accessibility: new Date('2026-11-26'),
} as const;
