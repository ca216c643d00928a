/**
 * The questions of "We can't agree: what happens next?", in the order asked. Every question applies to every
 * guidance; "what have you tried?" is asked only where the answer can still change the route (worked out at build
 * time: where a guidance sends a kind of disagreement straight to one step, it cannot). Words: wording/questions.yaml.
 */
import { CHECK, type Answers, type FlowDefinition } from '../engine/flow.ts';
import type { NotApplicable } from '../engine/contract.ts';
import { ABOUT, CONTRACT, GUIDANCE, TRIED } from './contract.ts';

const afterGuidance = (a: Answers): NotApplicable | null => (a.guidance === undefined ? { why: 'no-guidance' } : null);

export const flow: FlowDefinition = {
  id: 'resolve-disagreement',
  contract: CONTRACT,
  questions: [
    { id: 'guidance', kind: 'radios', param: 'guidance', values: GUIDANCE, next: ['about'] },
    { id: 'about', kind: 'radios', param: 'about', values: ABOUT, next: ['safety-concern'], applies: afterGuidance },
    { id: 'safety-concern', kind: 'radios', param: 'safety-concern', values: ['yes', 'no'], next: ['tried', CHECK], applies: afterGuidance },
    {
      id: 'tried',
      kind: 'radios',
      param: 'tried',
      values: TRIED,
      next: [CHECK],
      applies: afterGuidance,
      relevance: { inputs: ['guidance', 'about'] },
    },
  ],
};
