/**
 * How firm a rule is. The words for each strength (a label and a one-sentence meaning) are in strength.json,
 * keyed `strength.<id>` and `strength.<id>.meaning`, so pages and tool islands share them.
 */
import words from './strength.json' with { type: 'json' };

export const STRENGTHS = ['statutory', 'expected', 'good-practice', 'local-agreement'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** The strength words, as wording keys for the tools and as lookups for pages. */
export const STRENGTH_WORDS: Readonly<Record<string, string>> = words;
export const STRENGTH_LABELS = Object.fromEntries(STRENGTHS.map((s) => [s, words[`strength.${s}`]])) as Record<Strength, string>;
export const STRENGTH_MEANINGS = Object.fromEntries(STRENGTHS.map((s) => [s, words[`strength.${s}.meaning`]])) as Record<Strength, string>;
