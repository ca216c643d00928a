/**
 * Local settings: what a council or partnership hosting this site sets without editing code.
 * One file (settings/site.yaml, or the file named by SITE_SETTINGS) is checked against this schema
 * when the site builds; src/settings/load.ts reads it. Every field is optional: with none set, the
 * site uses its own name, shows national wording only, and lists no local contacts.
 */
import { z } from 'astro/zod';

/** The guidance a site starts from (the decision tool's first question, and which routes families see first). */
export const GUIDANCE_CHOICES = ['england', 'salford', 'scotland'] as const;
export type GuidanceChoice = (typeof GUIDANCE_CHOICES)[number];

/** UK phone numbers as people write them: digits and spaces, starting 0 (or +44), 10 or 11 digits. */
const phone = z
  .string()
  .trim()
  .refine((s) => /^(\+44\s?|0)[\d\s]+$/.test(s) && [10, 11].includes(s.replace(/\D/g, '').replace(/^44/, '0').length), {
    message: 'phone must be a UK number written with digits and spaces, such as "0141 496 0000"',
  });

/** One way to reach a person or team. At least one of phone, email or url must be set. */
export const contactSchema = z
  .object({
    /** The team or service, as families and practitioners would know it: "Early Help Hub". */
    name: z.string().trim().min(2),
    /** What to contact them about, in one plain sentence, ending with a full stop. */
    about: z.string().trim().regex(/[.?!]$/, 'about must be a sentence ending with a full stop').optional(),
    /** Phone number, written as it should be shown: "0141 496 0000". */
    phone: phone.optional(),
    /** When the phone line is open, in words: "Monday to Friday, 9am to 5pm". */
    hours: z.string().trim().optional(),
    /** Email address. */
    email: z.email('email must be an email address').optional(),
    /** A web page about this contact; https only. It is shown as a link, never fetched by the site. */
    url: z.url({ protocol: /^https$/, error: 'url must be a full https:// address' }).optional(),
  })
  .strict()
  .refine((c) => c.phone || c.email || c.url, { message: 'a contact needs at least one of phone, email or url' });
export type Contact = z.infer<typeof contactSchema>;

/** The local contacts a site can show, and where each appears. */
export const contactsSchema = z
  .object({
    /** The early help "front door": where a family or practitioner asks for early help. Family pages. */
    earlyHelp: contactSchema.optional(),
    /** Children's social care: where to go if a child may be at risk. Family pages. */
    socialCare: contactSchema.optional(),
    /** How to complain about children's services here. The family page "What can I do if I am not happy?". */
    complaints: contactSchema.optional(),
    /** Who resolves disagreements between practitioners (escalation or dispute resolution). Guidance on disagreements. */
    escalation: contactSchema.optional(),
  })
  .strict();
export type Contacts = z.infer<typeof contactsSchema>;
export type ContactKind = keyof Contacts;
export const CONTACT_KINDS = ['earlyHelp', 'socialCare', 'complaints', 'escalation'] as const satisfies readonly ContactKind[];

/** The whole settings file. */
export const settingsSchema = z
  .object({
    /** The site's name, in the header and every page title. Unset: "Lead Professional Guide". */
    siteName: z.string().trim().min(3).optional(),
    /** Who runs this copy of the site, named on the About page and the accessibility statement. */
    owner: z
      .object({
        /** The organisation: "Glenbrae Council children's services". */
        name: z.string().trim().min(2),
        /** Its website; https only. */
        url: z.url({ protocol: /^https$/, error: 'owner.url must be a full https:// address' }).optional(),
      })
      .strict()
      .optional(),
    /** The area the local contacts serve, as it reads after "in": "the Glenbrae Council area". */
    area: z.string().trim().min(3).optional(),
    /** The guidance this site starts from: "england" (national), "salford" or "scotland". Unset: the tool asks. */
    defaultGuidance: z
      .enum(GUIDANCE_CHOICES, { error: (i) => `defaultGuidance must be one of ${GUIDANCE_CHOICES.map((g) => `"${g}"`).join(', ')}; got ${JSON.stringify(i.input)}` })
      .optional(),
    /** Local contacts; each is optional. */
    contacts: contactsSchema.default({}),
    /** Who to tell about a mistake on the site (About page and every page's footer). */
    reportMistake: contactSchema.optional(),
  })
  .strict()
  .refine((s) => !Object.keys(s.contacts).length || s.area, { message: 'area must be set when any local contact is set, so pages can say where the contacts serve', path: ['area'] });
export type SiteSettings = z.infer<typeof settingsSchema>;
