/**
 * The site's audiences and jurisdictions as plain constants, with no schema code, so that browser code
 * (the search island) can use them without shipping zod. The content schemas build their enums from these.
 */

/** The three audiences the site writes for. */
export const AUDIENCES = ['practitioners', 'families', 'trainers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Where a rule or page applies. */
export const JURISDICTIONS = ['england', 'scotland', 'both'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
