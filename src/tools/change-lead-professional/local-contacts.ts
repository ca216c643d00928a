/**
 * Which local contacts (the settings' `contacts`) an answer of "Does the lead professional need to change?" shows,
 * and when: only where the answer tells the practitioner to contact that service. The words before each contact are
 * in wording/en.json. With no settings, or a contact not set, nothing shows (national wording only).
 */
import type { LocalContactRow } from '../engine/site.ts';
import type { ChangeOutcome } from './rules.ts';

export const LOCAL_CONTACTS: readonly LocalContactRow<ChangeOutcome>[] = [
  {
    contact: 'socialCare',
    because: 'statutory involvement: the answer turns on children\'s social care (in Scotland, the specialist agency) taking the case on',
    when: (o) => o.reason === 'statutory-involvement',
    intro: 'local.socialCare',
  },
  {
    contact: 'earlyHelp',
    because: 'a step-down: the family and the social worker choose the next lead as the case moves to early help',
    when: (o) => o.newLead === 'chosen-with-family-and-social-worker',
    intro: 'local.earlyHelp',
  },
];
