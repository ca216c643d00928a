/** "Does the lead professional need to change?" as the build sees it: its flow, rules, review date and share examples. */
import type { ToolDescriptor } from '../engine/server.ts';
import type { Facts } from './contract.ts';
import { flow } from './flow.ts';
import { decide, registerProblems } from './rules.ts';
import { loadFamilyWording } from './wording/family-schema.ts';
import type { ChangeOutcomeProps } from './Outcome.tsx';
import { contactKindsFor } from '../engine/site.ts';
import { LOCAL_CONTACTS } from './local-contacts.ts';

const tool: ToolDescriptor = {
  id: 'change-lead-professional',
  flow,
  lastReviewed: '2026-11-26',
  // Until the guidance and the situation are known there is nothing to decide.
  outcomeOf: (register) => (facts) => (facts.guidance && facts.reason ? decide(facts as Facts, register) : null),
  registerProblems,
  summary: (register) => (facts) => {
    const o = decide(facts as Facts, register);
    return { change: o.change, newLead: o.newLead, handover: o.handover, notify: o.notify.join(' '), strength: o.strength, inference: String(o.inference) };
  },
  outcomeData: (register): ChangeOutcomeProps => ({ register, family: loadFamilyWording('src/tools/change-lead-professional/wording/family.yaml') }),
  localContacts: { rows: LOCAL_CONTACTS, kindsFor: (register) => (facts) => contactKindsFor(LOCAL_CONTACTS, decide(facts as Facts, register)) },
  examples: [
    { title: 'SAFeh area: the lead professional is off sick for a long time', query: 'guidance=safeh&reason=long-term-sickness&current-lead=other' },
    { title: 'Salford: a child protection plan has ended', query: 'guidance=salford&reason=status-ended&status-ended=child-protection' },
    { title: 'England: a move from primary to high school, as in Lucas’s case', query: 'guidance=england&reason=school-move&current-lead=other' },
    { title: 'Scotland: the multi-agency Child’s Plan is no longer needed', query: 'guidance=scotland&reason=plan-no-longer-needed' },
  ],
};
export default tool;
