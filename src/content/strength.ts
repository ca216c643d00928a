/** How firm a rule is, in the words the site uses everywhere. */
export const STRENGTHS = ['statutory', 'expected', 'good-practice', 'local-agreement'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const STRENGTH_LABELS: Record<Strength, string> = {
  statutory: 'Statutory',
  expected: 'Expected',
  'good-practice': 'Good practice',
  'local-agreement': 'Local agreement',
};

/** What each strength means, in a sentence, for keys and legends. */
export const STRENGTH_MEANINGS: Record<Strength, string> = {
  statutory: 'Set by law or statutory guidance: the guidance says "must" or "never".',
  expected: 'The guidance says plainly that this person "is" or "will be" the lead.',
  'good-practice': 'The guidance recommends it: "usually", "may" or "should".',
  'local-agreement': 'The guidance leaves the decision to local agreement.',
};
