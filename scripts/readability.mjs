// `npm run readability`: how readable each family page and each participants' handout is, measured on
// the built HTML. The measuring lives in src/readability/measure.ts (shared with
// tests/content/readability.test.ts); Node 24 runs that TypeScript file directly (erasable syntax only).
// Exits 1 when dist/ is missing or a page misses its bar.
import { fileURLToPath } from 'node:url';
import {
  FAMILY_THRESHOLDS,
  HANDOUT_THRESHOLDS,
  STRIPPED_DESCRIPTION,
  measureFamilyPages,
  measureHandouts,
} from '../src/readability/measure.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const SECTIONS = [
  { name: 'Family pages', where: 'dist/families/<slug>/index.html', t: FAMILY_THRESHOLDS, measure: measureFamilyPages },
  { name: "Participants' handouts", where: 'dist/training/<module>/handout/index.html', t: HANDOUT_THRESHOLDS, measure: measureHandouts },
];

const pad = (s, n) => String(s).padEnd(n);
const num = (x, n, d = 1) => x.toFixed(d).padStart(n);
let failed = 0;

for (const section of SECTIONS) {
  let results;
  try {
    results = await section.measure(root);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { t } = section;
  console.log(`${section.name}: Reading Ease >= ${t.minReadingEase}, grade <= ${t.maxGrade}, average sentence <= ${t.maxAverageSentence} words, none over ${t.maxSentence}.`);
  console.log(`Measured on ${section.where}, leaving out: ${STRIPPED_DESCRIPTION}.\n`);
  console.log(`${pad('page', 30)} ${pad('ease', 6)} ${pad('grade', 6)} ${pad('avg', 5)} ${pad('longest', 8)} sentences  result`);
  for (const r of results) {
    const m = r.readability;
    const ok = r.problems.length === 0;
    if (!ok) failed++;
    if (!m) {
      console.log(`${pad(r.slug, 30)} ${r.problems.join('; ')}`);
      continue;
    }
    console.log(`${pad(r.slug, 30)} ${num(m.readingEase, 6)} ${num(m.grade, 6)} ${num(m.averageSentenceLength, 5)} ${String(m.longest.words).padStart(8)} ${String(m.sentences).padStart(9)}  ${ok ? 'ok' : 'FAIL'}`);
    console.log(`${' '.repeat(31)}longest: "${m.longest.text}"`);
    for (const p of r.problems) console.log(`${' '.repeat(31)}! ${p}`);
    if (!ok) for (const s of m.hardest.slice(0, 3)) console.log(`${' '.repeat(31)}hard (grade ${s.grade.toFixed(1)}): "${s.text}"`);
  }
  console.log('');
}
console.log(failed ? `${failed} page(s) miss the bar.` : 'Every page clears its bar.');
process.exit(failed ? 1 : 0);
