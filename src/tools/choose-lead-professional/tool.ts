/** "Choosing between candidates" as the build sees it: its flow, rules, review date and share examples. */
import type { ToolDescriptor } from '../engine/server.ts';
import type { Facts } from './contract.ts';
import { flow } from './flow.ts';
import { decisionRecord, registerProblems } from './rules.ts';
import type { ChooseOutcomeProps } from './Outcome.tsx';

const tool: ToolDescriptor = {
  id: 'choose-lead-professional',
  flow,
  lastReviewed: '2026-11-26',
  outcomeOf: (register) => (facts) => decisionRecord(facts as Facts, register),
  registerProblems,
  summary: (register) => (facts) => {
    const r = decisionRecord(facts as Facts, register);
    return { candidates: r.candidates.join(' '), statutory: String(r.statutory !== null), youngPerson: String(r.youngPerson) };
  },
  outcomeData: (register): ChooseOutcomeProps => ({ register }),
  fallbackPage: true,
  examples: [
    {
      title: 'England: a health visitor or a family support worker, for a family with a toddler',
      query:
        'guidance=england&candidates=health-visitor,family-support-worker&statutory-responsibility=none&main-needs=health-visitor,family-support-worker&trust=health-visitor&wishes=health-visitor&primary-responsibility=family-support-worker&relationship=health-visitor&skills=health-visitor,family-support-worker&draw-in-services=health-visitor&support-systems=family-support-worker&time-and-manager=family-support-worker&young-person=no',
    },
    {
      title: "Salford: a youth worker, a SENCO or a youth justice worker, for a 15-year-old",
      query:
        'guidance=salford&candidates=youth-worker,senco,youth-justice-worker&statutory-responsibility=none&main-needs=senco,youth-justice-worker&wishes=youth-worker&primary-responsibility=senco&relationship=youth-worker,senco&advocacy=youth-worker&skills=senco,youth-justice-worker&draw-in-services=senco&support-systems=youth-worker&young-person=yes',
    },
    {
      title: 'England: one candidate is the social worker for a looked after child (not a free choice)',
      query:
        'guidance=england&candidates=social-worker,teacher&statutory-responsibility=social-worker&statutory-status=looked-after&main-needs=social-worker,teacher&trust=teacher&wishes=teacher&primary-responsibility=social-worker&relationship=teacher&skills=social-worker&draw-in-services=social-worker&support-systems=social-worker&time-and-manager=social-worker&young-person=no',
    },
    {
      title: "Scotland: the Named Person or a voluntary sector practitioner",
      query: 'guidance=scotland&candidates=named-person,voluntary-sector-practitioner&statutory-responsibility=none&main-needs=voluntary-sector-practitioner&wishes=named-person&relationship=named-person,voluntary-sector-practitioner&skills=named-person&young-person=no',
    },
  ],
};
export default tool;
