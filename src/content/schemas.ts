/**
 * Zod schemas for every content collection, one per concern.
 * Kept apart from `content.config.ts` so unit tests can check them without Astro.
 */
import { z } from 'astro/zod';
import { AUDIENCES, JURISDICTIONS } from './audiences.ts';

export { AUDIENCES, JURISDICTIONS, type Audience, type Jurisdiction } from './audiences.ts';

/** Sections of the practitioner guidance, in the order the index lists them. */
export const GUIDANCE_SECTIONS = [
  'the-role',
  'who-leads',
  'in-practice',
  'scotland',
  'managers',
  'examples',
] as const;
export type GuidanceSection = (typeof GUIDANCE_SECTIONS)[number];

/** Human names for the guidance sections (used in navigation and search results). */
export const GUIDANCE_SECTION_NAMES: Record<GuidanceSection, string> = {
  'the-role': 'The role',
  'who-leads': 'Who leads',
  'in-practice': 'In practice',
  scotland: 'Scotland',
  managers: 'For managers',
  examples: 'Practice examples',
};

/** A message that names the allowed values, for enum fields. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z.enum(values, {
    error: (issue) =>
      `${field} must be one of ${values.map((v) => `"${v}"`).join(', ')}; got ${JSON.stringify(issue.input)}`,
  });

/** A single sentence: ends with one full stop (or ? or !) and has no other sentence end. */
const oneSentence = z
  .string()
  .trim()
  .min(20, 'summary must be a full sentence of at least 20 characters')
  .max(220, 'summary must be one sentence of at most 220 characters')
  .refine((s) => /[.?!]$/.test(s) && !/[.?!]\s+[A-Z]/.test(s), {
    message: 'summary must be exactly one sentence ending with a full stop',
  });

/** Front matter of a practitioner guidance page (`src/content/guidance/*.mdx`). */
export const guidanceSchema = z
  .object({
    /** Page title, shown as the h1 and in search results. */
    title: z.string().trim().min(3),
    /** One sentence describing the page; used in lists, meta description and search. */
    summary: oneSentence,
    /** Who the page is for; practitioner guidance is for practitioners unless stated. */
    audience: oneOf(AUDIENCES, 'audience').default('practitioners'),
    /** Which jurisdiction the page's rules apply to. */
    jurisdiction: oneOf(JURISDICTIONS, 'jurisdiction'),
    /** The section of the guidance index the page belongs to. */
    section: oneOf(GUIDANCE_SECTIONS, 'section'),
    /** Position within the whole guidance (1 = first); unique across pages. */
    order: z.number().int().positive(),
    /** The date the page was last checked against its sources (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
    /** Short label for breadcrumbs and navigation, when the title is long. */
    navTitle: z.string().optional(),
  })
  .strict();
export type GuidanceData = z.infer<typeof guidanceSchema>;

/** Front matter of a family page (`src/content/families/*.mdx`). */
export const familySchema = z
  .object({
    /** Page title, written as a question a family would ask. */
    title: z.string().trim().min(3),
    /** One plain sentence saying what the page tells you. */
    summary: oneSentence,
    /** Family pages are always for families. */
    audience: z.literal('families').default('families'),
    /** Which jurisdiction the page applies to. */
    jurisdiction: oneOf(JURISDICTIONS, 'jurisdiction'),
    /** Position in the families section (1 = first). */
    order: z.number().int().positive(),
    /** The date the page was last checked against its sources (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
    /** Slugs of the practitioner guidance pages this page simplifies. */
    simplifies: z.array(z.string()).min(1),
    /** Short label for breadcrumbs and navigation. */
    navTitle: z.string().optional(),
  })
  .strict();
export type FamilyData = z.infer<typeof familySchema>;

/** One page a fact from beyond the five sources was checked against. */
const checkedAgainstSchema = z
  .object({
    /** The page read (https). */
    url: z.url({ protocol: /^https$/ }),
    /** What it is and what it confirmed, in a sentence. */
    what: z.string().min(10),
  })
  .strict();

/** Something that has happened to a source since it was published, stated as a checked fact. */
const sinceSchema = z
  .object({
    /** The fact, in one or two sentences. */
    fact: z.string().min(20),
    /** The day it was checked (YYYY-MM-DD). */
    checkedOn: z.coerce.date(),
    /** The pages it was checked against; prefer the body's own. */
    checkedAgainst: z.array(checkedAgainstSchema).min(1),
  })
  .strict();

/** How a source document is cited: by paragraph numbers, numbered guidelines, headings or table rows. */
export const CITATION_STYLES = ['paragraphs', 'numbered-guidelines', 'headings', 'table-rows'] as const;

/** One source document (`src/content/sources.yaml`). */
export const sourceSchema = z
  .object({
    /** Stable id used by `<Cite source="…">` and in the URL `/sources/<id>/`. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and hyphens'),
    /** File name of the plain-text extraction in shared/seeds/. */
    seed: z.string(),
    /** Title of the document, as the site names it in lists. */
    title: z.string(),
    /** The original's full title as printed, with its subtitle or series. */
    fullTitle: z.string(),
    /** A reference printed on the document (ISBN, reference number), when it has one. */
    reference: z.string().optional(),
    /** Short name used in inline citations. */
    shortTitle: z.string(),
    /** Who published it. */
    publisher: z.string(),
    /** Year of publication, or null where the document is undated. */
    year: z.number().int().nullable(),
    /** Date as the document gives it, in words. */
    date: z.string(),
    /** Short date for inline citations, e.g. "2007", "after 2018", "undated". */
    when: z.string(),
    /** Where it applies. */
    jurisdiction: oneOf(JURISDICTIONS, 'jurisdiction'),
    /** National guidance or one area's own. */
    scope: oneOf(['national', 'local'] as const, 'scope'),
    /** Its standing today, in a sentence or two. */
    status: z.string(),
    /** Short machine-readable status. */
    statusKind: oneOf(['superseded', 'local', 'practice-briefing', 'non-statutory'] as const, 'statusKind'),
    /** How its points are cited. */
    citationStyle: oneOf(CITATION_STYLES, 'citationStyle'),
    /** An example of a citation anchor in this document. */
    citationExample: z.string(),
    /** What the document covers. */
    covers: z.array(z.string()).min(1),
    /** Where an official copy can be found, when one is known: shown as a link to the publisher, never fetched. */
    officialCopy: z
      .object({
        /** The publisher's page that has or lists the document (https). */
        url: z.url({ protocol: /^https$/ }),
        /** What the link is, for example "the partnership's policies page, which lists the handbook (PDF)". */
        label: z.string().min(10),
        /** The day we found it there (YYYY-MM-DD). */
        checkedOn: z.coerce.date(),
      })
      .strict()
      .optional(),
    /** When no official copy is known: what we looked for and found. */
    noOfficialCopy: z.string().optional(),
    /** What has happened since it was published, each a checked fact. */
    since: z.array(sinceSchema).default([]),
    /** When nothing can be said about what happened since, why. */
    sinceUnknown: z.string().optional(),
  })
  .strict()
  .refine((s) => Boolean(s.officialCopy) !== Boolean(s.noOfficialCopy), {
    message: 'give either officialCopy or noOfficialCopy, not both or neither',
    path: ['officialCopy'],
  })
  .refine((s) => s.since.length > 0 || Boolean(s.sinceUnknown), {
    message: 'say what has happened since (since) or why that is not known (sinceUnknown)',
    path: ['since'],
  });
export type SourceData = z.infer<typeof sourceSchema>;

/** A citation: a source id and where in it. */
export const citationSchema = z
  .object({
    /** Id of an entry in the sources collection. */
    source: z.string(),
    /** Paragraph, guideline, heading or table row within that source. */
    at: z.string().trim().min(1, 'a citation needs "at": the paragraph, row or heading'),
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;

/** One glossary term (`src/content/glossary.yaml`). */
export const glossarySchema = z
  .object({
    /** Anchor id on /glossary/ (lower-case, hyphens). */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and hyphens'),
    /** The term as written, e.g. "CAMHS" or "Named Person". */
    term: z.string(),
    /** The words an abbreviation stands for; omitted for terms that are not abbreviations. */
    expansion: z.string().optional(),
    /** What it means, for practitioners. */
    meaning: z.string(),
    /** What it means, in one plain sentence for families (reading age 9 to 11). */
    plain: z.string(),
    /** Where it applies. */
    jurisdiction: oneOf(JURISDICTIONS, 'jurisdiction'),
    /** Where the sources use or define it. */
    cites: z.array(citationSchema).min(1),
    /** Other spellings in running text that should link to this entry (e.g. "T.A.F."). */
    aliases: z.array(z.string()).default([]),
    /** Whether families are likely to meet this term (listed on the families' words page). */
    families: z.boolean().default(false),
  })
  .strict();
export type GlossaryData = z.infer<typeof glossarySchema>;

/** Kinds of route a family can take when not happy, in the order pages list them. */
export const HELP_ROUTE_KINDS = ['council-complaints', 'ombudsman', 'send-advice', 'family-advice', 'childrens-helpline'] as const;
export type HelpRouteKind = (typeof HELP_ROUTE_KINDS)[number];


/**
 * A route for a family that is not happy (`src/content/help-routes.yaml`): a national body or procedure
 * beyond the five source documents, checked against the body's own material before it is published.
 */
export const helpRouteSchema = z
  .object({
    /** Stable id. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and hyphens'),
    /** What sort of route it is. */
    kind: oneOf(HELP_ROUTE_KINDS, 'kind'),
    /** Where it serves; "both" for the whole UK. */
    jurisdiction: oneOf(JURISDICTIONS, 'jurisdiction'),
    /** Its name, as the body uses it. */
    name: z.string().min(3),
    /** What it does and who it is for, in plain words for families (short sentences). */
    plain: z.string().min(20),
    /** How to reach it, in words, when that is more than a number or website. */
    route: z.string().optional(),
    /** Phone number, as the body gives it. */
    phone: z.string().optional(),
    /** When the phone line is open. */
    hours: z.string().optional(),
    /** Its website (a link only; our pages never fetch it). */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** The day it was checked (YYYY-MM-DD). */
    checkedOn: z.coerce.date(),
    /** The body's own material it was checked against. */
    checkedAgainst: z.array(checkedAgainstSchema).min(1),
    /** A contact detail left out because it could not be checked, and why. */
    notPublished: z.string().optional(),
  })
  .strict()
  .refine((r) => r.phone || r.url || r.route, { message: 'a help route needs a phone number, a website or a route in words' });
export type HelpRouteData = z.infer<typeof helpRouteSchema>;
