// Benchmark: builds the site (unless --no-build), then runs each section in scripts/bench/ and prints its
// figures. It sets no pass/fail targets (see README). A section is a module exporting `run()` (sync or async)
// that prints a heading and its figures; add a new one to SECTIONS.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SECTIONS = ['weight', 'tools', 'search', 'slides', 'handouts', 'offline', 'phone', 'lighthouse'];

const skipBuild = process.argv.includes('--no-build');
let buildSeconds = null;
if (!skipBuild) {
  const t0 = process.hrtime.bigint();
  execFileSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  buildSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run without --no-build');
  process.exit(1);
}
console.log('Lead Professional Guide: benchmark');
console.log(`build time: ${buildSeconds === null ? 'not measured (--no-build)' : `${buildSeconds.toFixed(1)} s`}`);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
for (const name of SECTIONS) {
  if (only && !only.includes(name)) continue;
  console.log('');
  const section = await import(`./bench/${name}.mjs`);
  await section.run();
}
