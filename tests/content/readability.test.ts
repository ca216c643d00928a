/**
 * Participants' handouts read as plain English: Flesch Reading Ease >= 60 (issue 11), average sentence
 * 15 words or fewer, none over 25, grade 8 or below; measured the same way on dist/training/<module>/handout/.
 *
 * Family pages read at about age 9 to 11: Flesch Reading Ease >= 75, Flesch-Kincaid grade <= 5,
 * sentences averaging 15 words or fewer and none over 25. Measured on the BUILT HTML
 * (dist/families/<slug>/index.html) by src/readability/measure.ts, the same module
 * `npm run readability` uses; `npm test` builds first. What the measure leaves out is
 * documented in that module (navigation, headings, citations, tables and lists of terms, …).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FAMILY_THRESHOLDS as T,
  HANDOUT_THRESHOLDS as H,
  extractBlocks,
  familySlugs,
  handoutSlugs,
  measureFamilyPages,
  measureHandouts,
  measureText,
  splitSentences,
  type PageResult,
} from '../../src/readability/measure.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const slugs = await familySlugs(root);
const modules = await handoutSlugs(root);

describe('the readability measure', () => {
  const page = (inner: string) =>
    `<html><body><nav>Main menu links</nav><main><span class="govuk-caption-l">For families</span><h1>What is it?</h1>
     <p class="lp-meta">Applies in: England.</p>${inner}<section class="lp-citations"><h2>Sources</h2><ul><li>A long list of citations.</li></ul></section></main>
     <footer>Footer text.</footer></body></html>`;

  it('reads only the main content, leaving out navigation, headings, captions, citations and lists of terms', () => {
    const html = page(`<nav aria-label="On this page"><a href="#a">Jump</a></nav>
      <p>You have one person to talk to <span class="lp-citation">(<a href="/sources/x/">CWDC managers' guide, 2007, para 2.7</a>)</span>.</p>
      <dl><dt>CAMHS</dt><dd>Child and adolescent mental health services</dd></dl>
      <table><tr><td>A table cell</td></tr></table><ul><li>A list item</li></ul>`);
    expect(extractBlocks(html)).toEqual(['You have one person to talk to.', 'A list item']);
  });

  it('ends a sentence at each block and at . ? or ! followed by a new sentence', () => {
    expect(splitSentences('Talk to them. Is it right? Yes! then go')).toEqual(['Talk to them.', 'Is it right?', 'Yes! then go']);
    const r = measureText('The cat sat on the mat.\n\nThe dog sat too.');
    expect(r.sentences).toBe(2);
    expect(r.words).toBe(10);
    expect(r.longest.text).toBe('The cat sat on the mat.');
  });

  it('finds every family page in the source tree', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(9);
  });
});

describe('family pages read at about age 9 to 11 (built HTML)', () => {
  let results: PageResult[] = [];

  beforeAll(async () => {
    if (!existsSync(new URL('../../dist/', import.meta.url))) {
      throw new Error('dist/ is missing: these checks read the built pages. Run `npm run build` first (`npm test` builds before testing).');
    }
    results = await measureFamilyPages(root);
  });

  const describeHardest = (r: PageResult) =>
    (r.readability?.hardest ?? [])
      .slice(0, 3)
      .map((s) => `  - (${s.words} words, grade ${s.grade.toFixed(1)}) "${s.text}"`)
      .join('\n');

  it.each([...slugs, 'index'])('%s clears the bar', (slug) => {
    const r = results.find((x) => x.slug === slug);
    expect(r, `no result for ${slug}`).toBeDefined();
    const result = r as PageResult;
    const m = result.readability;
    const summary = m
      ? `Reading Ease ${m.readingEase.toFixed(1)} (>= ${T.minReadingEase}), grade ${m.grade.toFixed(1)} (<= ${T.maxGrade}), ` +
        `average sentence ${m.averageSentenceLength.toFixed(1)} words (<= ${T.maxAverageSentence}), longest ${m.longest.words} (<= ${T.maxSentence})`
      : 'not built';
    const message = `families/${slug}: ${summary}\n${result.problems.map((p) => `  ! ${p}`).join('\n')}\n  hardest sentences:\n${describeHardest(result)}`;
    expect(result.problems, message).toEqual([]);
    expect(m, message).not.toBeNull();
  });
});

describe("participants' handouts read as plain English (built HTML)", () => {
  let results: PageResult[] = [];

  beforeAll(async () => {
    results = await measureHandouts(root);
  });

  it('there is a handout for every training module', () => {
    expect(modules.length).toBeGreaterThanOrEqual(3);
    expect(results.map((r) => r.slug)).toEqual(modules);
  });

  it.each(modules)('the %s handout reads as plain English', (slug) => {
    const r = results.find((x) => x.slug === slug) as PageResult;
    const m = r.readability;
    const hardest = (m?.hardest ?? []).slice(0, 3).map((s) => `  - (${s.words} words, grade ${s.grade.toFixed(1)}) "${s.text}"`).join('\n');
    const message = m
      ? `training/${slug}/handout: Reading Ease ${m.readingEase.toFixed(1)} (>= ${H.minReadingEase}), grade ${m.grade.toFixed(1)}, average sentence ${m.averageSentenceLength.toFixed(1)}\n${r.problems.join('\n')}\n${hardest}`
      : r.problems.join('; ');
    expect(m, message).not.toBeNull();
    expect(r.problems, message).toEqual([]);
    expect(m!.readingEase).toBeGreaterThanOrEqual(60);
  });
});
