/**
 * Which local contacts (the settings' `contacts`) an answer of "We can't agree: what happens next?" shows, and when:
 * only where the answer tells the practitioner to contact that service. The words before each contact are in
 * wording/en.json. With no settings, or a contact not set, nothing shows (national wording only).
 */
import type { LocalContactRow } from '../engine/site.ts';
import type { Resolution } from './rules.ts';

export const LOCAL_CONTACTS: readonly LocalContactRow<Resolution>[] = [
  {
    contact: 'socialCare',
    because: 'with a safety concern the next step is to follow child protection procedures now',
    when: (r) => r.safetyConcern,
    intro: 'local.socialCare',
  },
  {
    contact: 'escalation',
    because: "every route ends with the disagreement taken beyond the team, which is the escalation contact's job",
    when: () => true,
    intro: 'local.escalation',
  },
];
