/** How the site names each kind of local contact, where it lists them (the About page). */
import type { ContactKind } from './schema.ts';

export const CONTACT_LABELS: Record<ContactKind, string> = {
  earlyHelp: 'Early help: asking for help for a family',
  socialCare: "Children's social care: if a child may not be safe",
  complaints: "Complaints about children's services",
  escalation: 'For practitioners: disagreements about who leads',
};
