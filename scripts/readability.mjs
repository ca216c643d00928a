// `npm run readability`: how readable each family page is, measured on the built HTML.
// The measuring lives in src/readability/measure.ts (shared with tests/content/readability.test.ts);
// Node 24 runs that TypeScript file directly (erasable syntax only).
// Exits 1 when dist/ is missing or a page misses the bar.
import { fileURLToPath } from 'node:url';
import { FAMILY_THRESHOLDS, STRIPPED_DESCRIPTION, measureFamilyPages } from '../src/readability/measure.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const t = FAMILY_THRESHOLDS;

let results;
try {
  results = await measureFamilyPages(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

console.log(`Family pages: Reading Ease >= ${t.minReadingEase}, grade <= ${t.maxGrade}, average sentence <= ${t.maxAverageSentence} words, none over ${t.maxSentence}.`);
console.log(`Measured on dist/families/<slug>/index.html, leaving out: ${STRIPPED_DESCRIPTION}.\n`);

const pad = (s, n) => String(s).padEnd(n);
const num = (x, n, d = 1) => x.toFixed(d).padStart(n);
console.log(`${pad('page', 30)} ${pad('ease', 6)} ${pad('grade', 6)} ${pad('avg', 5)} ${pad('longest', 8)} sentences  result`);
let failed = 0;
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
console.log(failed ? `\n${failed} page(s) miss the bar.` : '\nEvery family page clears the bar.');
process.exit(failed ? 1 : 0);
