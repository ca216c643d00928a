/** "Who should be the lead professional?" as the build sees it: its flow, rules, review date and share examples. */
import type { ToolDescriptor } from '../engine/server.ts';
import type { Facts, Guidance } from './contract.ts';
import { flow } from './flow.ts';
import { recommendLead, registerProblems } from './rules.ts';
import { loadOutcomeWording } from './wording/outcome-schema.ts';
import type { WhoShouldLeadOutcomeProps } from './Outcome.tsx';
import { contactKindsFor } from '../engine/site.ts';
import { LOCAL_CONTACTS } from './local-contacts.ts';

/** Words only the who-leads table uses (it is built on the server): not sent with the outcome. */
const TABLE_KINDS = ['status', 'text'];

const tool: ToolDescriptor = {
  id: 'who-should-lead',
  flow,
  lastReviewed: '2026-11-26',
  outcomeOf: (register) => (facts) => recommendLead(facts as Facts, facts.guidance as Guidance, register),
  registerProblems,
  summary: (register) => (facts) => {
    const r = recommendLead(facts as Facts, facts.guidance as Guidance, register);
    return { outcome: r.outcome, lead: r.lead, strength: r.strength, mustNot: r.mustNot.join(' '), inference: String(r.inference) };
  },
  outcomeData: (register): WhoShouldLeadOutcomeProps => {
    const words = loadOutcomeWording('src/tools/who-should-lead/wording/outcomes.yaml');
    return { register, words: Object.fromEntries(Object.entries(words).filter(([, w]) => !TABLE_KINDS.includes(w.kind))) };
  },
  localContacts: {
    rows: LOCAL_CONTACTS,
    kindsFor: (register) => (facts) => contactKindsFor(LOCAL_CONTACTS, { rec: recommendLead(facts as Facts, facts.guidance as Guidance, register), guidance: facts.guidance as Guidance }),
  },
  examples: [
    {
      title: "England: a 14-year-old in a children's home who is on a community order",
      query: 'guidance=england&age=14&additional-needs=yes&practitioners=4&looked-after=yes&placement=residential&youth-justice=community',
    },
    {
      title: 'Salford: a Year 9 pupil with an education, health and care plan',
      query: 'guidance=salford&age=14&additional-needs=yes&practitioners=3&sen=ehcp&year-group=9',
    },
    {
      title: 'Scotland: a child who needs a co-ordinated support plan, with three agencies involved',
      query: 'guidance=scotland&agencies=3&co-ordinated-support-plan=yes&third-sector-sla=no',
    },
  ],
};
export default tool;
