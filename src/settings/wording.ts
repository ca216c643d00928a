/**
 * How the site words local contacts, wherever they show: the About page's labels for each kind, and the label and
 * order of each way to reach a contact (ContactDetails.tsx, used by pages and tool islands alike). Plain data: safe
 * to import into an island (it imports only types).
 */
import type { Contact, ContactKind } from './schema.ts';

export const CONTACT_LABELS: Record<ContactKind, string> = {
  earlyHelp: 'Early help: asking for help for a family',
  socialCare: "Children's social care: if a child may not be safe",
  complaints: "Complaints about children's services",
  escalation: 'For practitioners: disagreements about who leads',
};

/** The ways to reach a contact, in the order shown, each with its label. */
export const CONTACT_WAYS = [
  { field: 'phone', label: 'Phone' },
  { field: 'email', label: 'Email' },
  { field: 'url', label: 'Website' },
] as const satisfies readonly { field: keyof Contact; label: string }[];
