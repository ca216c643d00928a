/** "We can't agree: what happens next?" as the build sees it: its flow, rules, review date and share examples. */
import type { ToolDescriptor } from '../engine/server.ts';
import type { Facts } from './contract.ts';
import { flow } from './flow.ts';
import { registerProblems, resolve } from './rules.ts';
import { loadRouteWording } from './wording/route-schema.ts';
import type { ResolveOutcomeProps } from './Outcome.tsx';
import { contactKindsFor } from '../engine/site.ts';
import { LOCAL_CONTACTS } from './local-contacts.ts';

const tool: ToolDescriptor = {
  id: 'resolve-disagreement',
  flow,
  lastReviewed: '2026-11-26',
  outcomeOf: (register) => (facts) => resolve(facts as Facts, register),
  registerProblems,
  summary: (register) => (facts) => {
    const r = resolve(facts as Facts, register);
    return { next: r.next, deadline: r.deadline, strength: r.strength, inference: String(r.inference) };
  },
  outcomeData: (register): ResolveOutcomeProps => ({ register, words: loadRouteWording('src/tools/resolve-disagreement/wording/route.yaml') }),
  fallbackPage: true,
  localContacts: { rows: LOCAL_CONTACTS, kindsFor: (register) => (facts) => contactKindsFor(LOCAL_CONTACTS, resolve(facts as Facts, register)) },
  examples: [
    { title: "England: the team cannot agree who should lead, and nothing has been tried yet", query: 'guidance=england&about=who-leads&safety-concern=no&tried=nothing' },
    { title: "England: still no agreement on who leads after a team discussion (Poole's four working days)", query: 'guidance=england&about=who-leads&safety-concern=no&tried=team' },
    { title: 'Salford: a co-ordinator has been consulted about who leads, without agreement', query: 'guidance=salford&about=who-leads&safety-concern=no&tried=coordinator' },
    { title: 'SAFeh: an agency is not delivering its part of the plan', query: 'guidance=safeh&about=not-delivering&safety-concern=no' },
    { title: "Scotland: a difference of approach, and someone is worried about the child's safety", query: 'guidance=scotland&about=approach&safety-concern=yes&tried=team' },
  ],
};
export default tool;
