/**
 * Which local contacts (the settings' `contacts`) an answer of "Who should be the lead professional?" shows, and
 * when: only where the answer tells the practitioner to contact, refer to or tell that service. The words before each
 * contact are in wording/en.json. With no settings, or a contact not set, nothing shows (national wording only).
 */
import type { LocalContactRow } from '../engine/site.ts';
import type { Guidance } from './contract.ts';
import type { Recommendation } from './rules.ts';

/** What a row reads: the answer, and the guidance it follows. */
export interface WhoLeadsAnswer {
  rec: Recommendation;
  guidance: Guidance;
}

export const LOCAL_CONTACTS: readonly LocalContactRow<WhoLeadsAnswer>[] = [
  {
    contact: 'earlyHelp',
    because: "England's wording of the next step 'tell-the-team' says to tell the area's early help team too, where it keeps a record",
    when: ({ rec, guidance }) => guidance === 'england' && rec.nextSteps.some((s) => s.id === 'tell-the-team'),
    intro: 'local.earlyHelp',
  },
  {
    contact: 'socialCare',
    because: "the duty 'safeguarding-procedures' says to follow the local child protection procedures if a concern arises",
    when: ({ rec }) => rec.duties.some((d) => d.id === 'safeguarding-procedures'),
    intro: 'local.socialCare',
  },
];
