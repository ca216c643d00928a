/**
 * Offline and installable, in Chromium: after one visit the site works with no network (a page never
 * opened, the glossary, a whole walk through the decision tool, search) and says it is offline; a new
 * deploy is taken up at the next navigation, all at once, and not while another tab still shows the old one.
 * Each test serves its own copy of dist/ on its own port (its own origin, so its own service worker), and
 * stops that server to go offline.
 */
import { siteName } from '../../src/settings/load.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, recordedPage, type Session } from './support/browser.ts';
import { startStaticServer } from './support/server.ts';
import { ALLOWED_SCRIPTS, builtPages, DIST, readPage } from './support/site-files.ts';
import { writeServiceWorker } from '../../integrations/offline.ts';

let session: Session;
const copies: string[] = [];
/** Each scenario installs the whole site in a fresh service worker, more than once: on a busy 2-core machine that takes a while. */
const SCENARIO_TIMEOUT = 180_000;
beforeAll(async () => {
  session = await launch({ serviceWorkers: 'allow' });
});
afterAll(async () => {
  await session?.close();
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built site, as a host would serve it. */
function copyOfSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lp-site-'));
  cpSync(DIST, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** Waits until the page is controlled by an activated service worker whose precache is complete. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    return registration.active?.state;
  });
}

/** Walks the decision tool from its start page to an outcome, answering each question with its first choice. */
async function walkTool(page: Page) {
  const main = page.locator('main');
  await main.getByRole('button', { name: 'Start now' }).click();
  await page.waitForSelector('.lp-tool[data-step]:not([data-step="start"])');
  for (let step = 0; step < 30; step++) {
    await page.locator('[data-step-heading]').first().waitFor();
    if ((await page.getAttribute('.lp-tool', 'data-step')) === 'outcome') {
      // The answer is drawn in parts; it ends with Start again.
      await page.waitForSelector('.lp-tool[data-drawn]');
      await main.getByRole('button', { name: 'Start again' }).waitFor();
      return;
    }
    const see = main.getByRole('button', { name: 'See who should lead' });
    if (await see.count()) {
      await see.click();
      continue;
    }
    const heading = await page.locator('[data-step-heading]').first().innerText();
    if (await main.getByRole('radio').count()) await main.getByRole('radio').first().check();
    else if (await main.getByRole('textbox').count()) await main.getByRole('textbox').first().fill('14');
    await main.getByRole('button', { name: 'Continue' }).click();
    // A question that needs at least one box ticked says so; then tick the first.
    await page.waitForFunction((h) => document.querySelector('[data-step-heading]')?.textContent !== h || document.querySelector('.govuk-error-summary') !== null, heading);
    if ((await page.locator('.govuk-error-summary').count()) && (await main.getByRole('checkbox').count())) {
      await main.getByRole('checkbox').first().check();
      await main.getByRole('button', { name: 'Continue' }).click();
    }
  }
  throw new Error('the tool did not reach an outcome in 30 steps');
}

describe('installable', () => {
  it('every page links the web app manifest and loads the offline-support module, and Chromium finds the site installable', async () => {
    const offlineModule = ALLOWED_SCRIPTS[0].src!;
    const lacking = builtPages().filter((p) => {
      const html = readPage(p);
      const modules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
      return !html.includes('<link rel="manifest" href="/manifest.webmanifest">') || !modules.some((src) => offlineModule.test(src));
    });
    expect(lacking).toEqual([]);
    const dir = copyOfSite();
    const server = await startStaticServer(dir);
    const page = await session.context.newPage();
    try {
      await page.goto(`${server.url}/`);
      // The module registers the worker; installability does not wait for its precache (the offline tests below do).
      const registered = await page.evaluate(async () => {
        // A registration can exist a moment before its worker does: wait for the worker.
        const worker = async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.installing ?? registration?.waiting ?? registration?.active;
        };
        for (let tries = 0; tries < 300 && !(await worker()); tries++) await new Promise((ok) => setTimeout(ok, 100));
        return (await worker())?.scriptURL;
      });
      expect(registered, 'the page registers the service worker').toBe(`${server.url}/sw.js`);
      const cdp = await session.context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
      const manifest = (await (await page.request.get(`${server.url}/manifest.webmanifest`)).json()) as { name: string; icons: { src: string; type: string }[] };
      expect(manifest.name, 'installed under the name in the settings').toBe(siteName());
      for (const icon of manifest.icons) {
        const response = await page.request.get(`${server.url}${icon.src}`);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()['content-type'], icon.src).toBe(icon.type);
      }
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('offline', () => {
  it('after one visit, a new page, the glossary, the decision tool and search all work with no network, and the page says it is offline', async () => {
    const dir = copyOfSite();
    const server = await startStaticServer(dir);
    const origin = server.url;
    const { page, log } = await recordedPage(session.context);
    const context: BrowserContext = session.context;
    try {
      await page.goto(`${origin}/`);
      expect(await page.locator('#offline-notice').isVisible(), 'no notice while online').toBe(false);
      await waitForOfflineCopy(page);

      await server.close(); // the site's host is gone…
      await context.setOffline(true); // …and so is the device's connection

      await expect.poll(() => page.locator('#offline-notice').isVisible(), { message: 'the open page says it is offline' }).toBe(true);

      await page.goto(`${origin}/guidance/accountability/`);
      expect(await page.locator('h1').innerText()).toBe('Accountability and supervision');
      expect(await page.locator('#offline-notice').isVisible()).toBe(true);

      await page.goto(`${origin}/glossary/#camhs`);
      expect(await page.locator('#camhs').isVisible()).toBe(true);

      await page.goto(`${origin}/tools/who-should-lead/`);
      await walkTool(page);
      expect((await page.locator('[data-step-heading]').first().innerText()).length).toBeGreaterThan(3);

      await page.goto(`${origin}/search/?q=escalation`);
      await page.locator('.lp-search__result').first().waitFor();
      expect(await page.locator('.lp-search__result h3 a').first().getAttribute('href')).toContain('/guidance/disagreements-and-escalation/');

      expect(log.consoleErrors).toEqual([]);

      const missing = await page.goto(`${origin}/no-such-page/`);
      expect(missing?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('Page not found');
    } finally {
      await context.setOffline(false);
      await page.close();
      await server.close().catch(() => undefined);
    }
  }, SCENARIO_TIMEOUT);

  it('a new deploy is taken up all at once: at the next navigation when no other tab shows the site, or at the next visit', async () => {
    const dir = copyOfSite();
    const server = await startStaticServer(dir);
    const origin = server.url;
    /** Publishes build `name`: three pages change, and the service worker's precache list with them. */
    const deploy = async (name: string) => {
      for (const file of ['index.html', 'glossary/index.html', 'guidance/accountability/index.html']) {
        const path = join(dir, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/(<p id="deploy-marker" hidden>[^<]*<\/p>)?<main /, `<p id="deploy-marker" hidden>${name}</p><main `));
      }
      await writeServiceWorker(dir);
    };
    /** Which build the page shows, once it has loaded. */
    const build = async (page: Page) => {
      await page.locator('main h1').waitFor();
      return (await page.locator('#deploy-marker').count()) ? page.locator('#deploy-marker').textContent() : 'first build';
    };
    const visit = async (page: Page, path: string) => {
      await page.goto(`${origin}${path}`);
      return build(page);
    };
    /** Follows a link in the site's navigation, as a reader would. */
    const follow = async (page: Page, name: string, path: string) => {
      await Promise.all([page.waitForURL(`${origin}${path}`), page.locator('.lp-nav, .lp-header').getByRole('link', { name, exact: true }).click()]);
      return build(page);
    };
    const newWaiting = (page: Page) =>
      expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state), { timeout: 60_000 }).toBe('installed');

    let first = await session.context.newPage();
    const second = await session.context.newPage();
    try {
      await first.goto(`${origin}/guidance/accountability/`);
      await waitForOfflineCopy(first);
      await second.goto(`${origin}/glossary/`);

      await deploy('second build');
      // The next page still comes from the build this tab started with, while the browser installs the new one.
      expect(await visit(first, '/guidance/accountability/')).toBe('first build');
      await newWaiting(first);
      // Another tab still shows the first build, so this one keeps it too: the two never differ.
      expect(await follow(first, 'Glossary', '/glossary/')).toBe('first build');

      await second.close();
      // Alone now, the tab takes the new build at its next navigation, and every page comes from it.
      expect(await follow(first, siteName(), '/')).toBe('second build');
      expect(await visit(first, '/guidance/accountability/')).toBe('second build');

      await deploy('third build');
      expect(await visit(first, '/')).toBe('second build');
      await newWaiting(first);
      // The reader closes the site and comes back later: the browser has switched, so the visit gets the new build.
      await first.close();
      first = await session.context.newPage();
      expect(await visit(first, '/guidance/accountability/')).toBe('third build');
    } finally {
      await first.close();
      if (!second.isClosed()) await second.close();
      await server.close();
    }
  }, SCENARIO_TIMEOUT);
});
