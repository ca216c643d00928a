/**
 * The site's audiences and places, as plain constants with no schema library, so browser code
 * (the search island) can import them without pulling zod into its bundle. schemas.ts re-exports them.
 */

/** The three audiences the site writes for. */
export const AUDIENCES = ['practitioners', 'families', 'trainers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Where a rule or page applies. */
export const JURISDICTIONS = ['england', 'scotland', 'both'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
