// Bench section: each decision tool in a real Chromium at 4x CPU slowdown (a mid-range phone), measured inside the
// page: hydration (navigation start to the island showing its first step, and the long tasks before it) and, for
// each step of scripted walks, the time from the click to the frame that shows the next heading, with any long task
// (over 50 ms) in between. Also the JavaScript (gzip) the page fetched: with the page, on pressing "Start now" (XState
// and the machine), and later (the outcome view); and the data it fetches, gzip: the question words with the machine
// (/tools/<tool>/questions.json) and the outcome's (/tools/<tool>/outcome-data.json).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from '../chromium.mjs';
import { startStaticServer } from '../../tests/browser/support/server.ts';

const RATE = 4;
const RUNS = 5;

/** Scripted walks: a start link and, for each question in turn, the answer to give (lists: checkboxes). */
const WALKS = {
  'who-should-lead': [
    {
      name: 'England: looked after, youth justice',
      answers: { guidance: 'england', age: '14', 'additional-needs': 'yes', practitioners: '3', statuses: ['looked-after', 'youth-justice'], placement: 'residential', 'youth-justice': 'community' },
    },
    {
      name: 'Salford: Year 9 with an EHCP',
      answers: { guidance: 'salford', age: '14', 'additional-needs': 'yes', practitioners: '3', statuses: ['sen'], sen: 'ehcp', 'year-group': '9' },
    },
    { name: 'Scotland: three agencies, none of the statuses', answers: { guidance: 'scotland', agencies: '3', 'scotland-statuses': [], 'third-sector-sla': 'no' } },
  ],
  'change-lead-professional': [
    { name: 'Salford: a child in need plan ends, led by the social worker', answers: { guidance: 'salford', reason: 'status-ended', 'status-ended': 'child-in-need', 'current-lead': 'social-worker' } },
    { name: 'SAFeh: long-term sickness', answers: { guidance: 'safeh', reason: 'long-term-sickness', 'current-lead': 'other' } },
    { name: 'Scotland: step-up accepted', answers: { guidance: 'scotland', reason: 'statutory-involvement', 'referral-accepted': 'yes' } },
  ],
  'resolve-disagreement': [
    { name: 'England: who leads, after a team discussion', answers: { guidance: 'england', about: 'who-leads', 'safety-concern': 'no', tried: 'team' } },
    { name: 'SAFeh: a practitioner not delivering, with a safety concern', answers: { guidance: 'safeh', about: 'not-delivering', 'safety-concern': 'yes' } },
  ],
  'choose-lead-professional': [
    {
      name: 'England: two candidates through the nine issues and Poole',
      answers: {
        guidance: 'england',
        candidates: ['health-visitor', 'family-support-worker'],
        'statutory-responsibility': [],
        'main-needs': ['health-visitor'],
        trust: ['health-visitor'],
        wishes: ['health-visitor'],
        'primary-responsibility': ['family-support-worker'],
        relationship: [],
        skills: ['family-support-worker'],
        'draw-in-services': ['health-visitor'],
        'support-systems': ['family-support-worker'],
        'time-and-manager': [],
        'young-person': 'no',
      },
    },
  ],
};

/** Installed before any page script: records long tasks and the time of each user action and each new step. */
const PROBE = () => {
  const w = window;
  let hydrated;
  w.__bench = { longTasks: [], frames: [], steps: [], pending: null, ready: new Promise((resolve) => (hydrated = resolve)) };
  // Long animation frames name the scripts that ran in them (BENCH_DETAIL prints them for slow steps).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__bench.frames.push({
        start: e.startTime,
        duration: e.duration,
        styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: e.scripts.map((s) => ({ what: `${s.invoker} ${s.sourceFunctionName || ''} ${(s.sourceURL || '').split('/').pop()}`.trim(), ms: Math.round(s.duration), forced: Math.round(s.forcedStyleAndLayoutDuration) })),
      });
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // A step starts with the click on Continue (or Start now, or the check page's button).
  addEventListener('click', (e) => e.target.closest?.('button') && (w.__bench.pending = performance.now()), true);
  let last = null;
  const seen = () => {
    const tool = document.querySelector('.lp-tool[data-step]');
    const heading = document.querySelector('[data-step-heading]') ?? document.querySelector('.lp-tool h1');
    const key = tool && `${tool.getAttribute('data-step')}|${heading?.textContent}`;
    if (!tool || key === last) return;
    last = key;
    const started = w.__bench.pending;
    w.__bench.pending = null;
    requestAnimationFrame(() => {
      const shown = performance.now();
      if (w.__bench.hydrated === undefined) {
        w.__bench.hydrated = shown;
        hydrated();
      } else if (started !== null) w.__bench.steps.push({ step: tool.getAttribute('data-step'), started, shown });
    });
  };
  // Watched from the end of parsing (the island shows its first step after that): watching the whole document while
  // it is parsed would record every element the parser adds, inside the very tasks being measured.
  document.addEventListener('DOMContentLoaded', () => {
    seen();
    new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
  });
};

/**
 * Walks the tool from inside the page, so that nothing from the test driver runs on the page's main thread while a
 * step is timed: for each question, wait for it, fill it in the way a user would (click, type), press Continue.
 */
function walkInPage(answers) {
  const stepIs = (id) =>
    new Promise((resolve) => {
      const done = () => document.querySelector(`.lp-tool[data-step="${id}"]`) && (resolve(), true);
      if (done()) return;
      const mo = new MutationObserver(() => done() && mo.disconnect());
      mo.observe(document, { subtree: true, childList: true, attributes: true });
    });
  const idle = () => new Promise((r) => setTimeout(r, 300));
  return (async () => {
    await stepIs('start');
    document.querySelector('.govuk-button--start').click();
    for (const [id, value] of Object.entries(answers)) {
      await stepIs(id);
      await idle();
      if (Array.isArray(value)) {
        if (value.length === 0) document.getElementById(`${id}-none`).click();
        for (const v of value) document.querySelector(`input[name="${id}"][value="${v}"]`).click();
      } else {
        const radio = document.querySelector(`input[type="radio"][name="${id}"][value="${value}"]`);
        if (radio) radio.click();
        else {
          const input = document.querySelector(`input[name="${id}"]`);
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      await idle();
      document.querySelector('.lp-tool-form button[type="submit"]').click();
    }
    await stepIs('check');
    await idle();
    document.querySelector('.lp-tool-check button').click();
    await stepIs('outcome');
    await idle();
  })();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const ms = (x) => `${x.toFixed(0)} ms`;

/** gzip bytes of a built file, as the server sends it. */
const gzipOf = (path) => gzipSync(readFileSync(`dist${path}`), { level: 9 }).length;

/**
 * The JavaScript the page really fetched, from its resource timings, in three parts: with the page (before "Start now"
 * is pressed), on Start (from that press to the first question on screen: XState and the machine), and later (the
 * outcome view and its parts, fetched while the user answers). Each file counts once, where it was first fetched.
 */
function javaScriptFetched(resources, startPressed, firstShown) {
  const parts = { page: 0, start: 0, later: 0 };
  const seen = new Set();
  for (const r of resources) {
    const path = new URL(r.name).pathname;
    if (!path.endsWith('.js') || seen.has(path)) continue;
    seen.add(path);
    parts[r.startTime < startPressed ? 'page' : r.startTime < firstShown ? 'start' : 'later'] += gzipOf(path);
  }
  return parts;
}

export async function run() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('tools: Chromium not found (set CHROME_PATH); skipped');
    return;
  }
  const tools = readdirSync('dist/tools', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const server = await startStaticServer('dist');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    console.log(`Decision tools: JavaScript (gzip) and timings measured in the page, Chromium at ${RATE}x CPU slowdown, median of ${RUNS} runs`);
    console.log('JS: fetched by the page (gzip), read from its resource timings: with the page, on pressing "Start now" (up to the first question), and later.');
    console.log('Start: from pressing "Start now" (with no pointing or focus before it, so XState is fetched then) to the first question.');
    console.log('Steps: from an answer to the next question (or "Check your answers"). Outcome: from "Check your answers" to the answer\'s first screen.');
    console.log(['tool', 'JS with page', 'JS on Start', 'JS later', 'questions data', 'outcome data', 'hydrated', 'longest task before', 'longest before, worst run', 'Start median', 'long tasks at Start', 'step median', 'step max', 'steps', 'long tasks in steps', 'outcome median', 'long tasks at outcome'].join('\t'));
    for (const tool of tools) {
      let js = null;
      const hydrated = [];
      const longestBefore = [];
      /** Times and long-task counts: Start to the first question, each answer to the next page, and the outcome. */
      const groups = { start: { times: [], long: 0 }, step: { times: [], long: 0 }, outcome: { times: [], long: 0 } };
      for (let run = 0; run < RUNS; run++) {
        for (const walk of WALKS[tool] ?? []) {
          // No service worker: its first-visit precache (the offline section's figures) would download and store the
          // whole site in the background while the walk is timed, and on this machine that work, with the local server
          // sending the files, competes with the page for its two cores.
          const context = await browser.newContext({ viewport: { width: 375, height: 740 }, serviceWorkers: 'block' });
          const page = await context.newPage();
          await page.addInitScript(PROBE);
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
          await page.goto(`${server.url}/tools/${tool}/`);
          // Wait for hydration through the probe, not a Playwright selector: those put Playwright's own script into the
          // page, whose compiling would run on the page's main thread while hydration is being measured.
          await cdp.send('Runtime.evaluate', { expression: 'window.__bench.ready', awaitPromise: true });
          // A reader on the start page: whatever the page fetches by itself has been fetched before "Start now".
          await page.waitForLoadState('networkidle');
          await page.evaluate(walkInPage, walk.answers);
          const b = await page.evaluate(() => window.__bench);
          if (!js) {
            const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => ({ name: r.name, startTime: r.startTime })));
            js = javaScriptFetched(resources, b.steps[0].started, b.steps[0].shown);
          }
          hydrated.push(b.hydrated);
          if (process.env.BENCH_DETAIL) {
            const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
            const before = b.longTasks.filter((t) => t.start < b.hydrated).map((t) => `${ms(t.start)} +${ms(t.duration)}`);
            console.log(`  hydrated at ${ms(b.hydrated)} (parsed at ${ms(nav.domInteractive)}); long tasks before: ${before.join(', ') || 'none'}`);
          }
          longestBefore.push(Math.max(0, ...b.longTasks.filter((t) => t.start < b.hydrated).map((t) => t.duration)));
          for (const [i, s] of b.steps.entries()) {
            const long = b.longTasks.filter((t) => t.start >= s.started && t.start < s.shown);
            // The first step is "Start now" to the first question; the outcome comes from "Check your answers".
            const group = groups[i === 0 ? 'start' : s.step === 'outcome' ? 'outcome' : 'step'];
            group.times.push(s.shown - s.started);
            group.long += long.length;
            if (process.env.BENCH_DETAIL) {
              console.log(`  ${s.step}: ${ms(s.shown - s.started)}${long.length ? `, long tasks ${long.map((t) => ms(t.duration)).join(' ')}` : ''}`);
              if (long.length)
                for (const f of b.frames.filter((f) => f.start + f.duration >= s.started && f.start < s.shown))
                  console.log(`    frame ${ms(f.duration)} (style, layout, paint ${ms(f.styleAndLayout)}): ${f.scripts.map((x) => `${x.what} ${x.ms} ms${x.forced ? ` (forced style and layout ${x.forced} ms)` : ''}`).join('; ') || 'no script'}`);
            }
          }
          await context.close();
        }
      }
      const { start, step, outcome } = groups;
      console.log(
        [tool, `${js.page} B`, `${js.start} B`, `${js.later} B`, `${gzipOf(`/tools/${tool}/questions.json`)} B`, `${gzipOf(`/tools/${tool}/outcome-data.json`)} B`, ms(median(hydrated)), ms(median(longestBefore)), ms(Math.max(...longestBefore))]
          .concat([ms(median(start.times)), start.long, ms(median(step.times)), ms(Math.max(...step.times)), step.times.length, step.long, ms(median(outcome.times)), outcome.long])
          .join('\t'),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
