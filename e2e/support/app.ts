/**
 * What every browser journey shares: the app and the system Chromium started once per test file,
 * console errors collected from the pages it watches, demo sign-in, and the axe check with a screenshot.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { mailOutbox } from '../../src/platform/db/schema';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describeViolations, launchBrowser, screenshot, a11yViolations } from './browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, startServer, type E2eServer } from './server';

/** A desktop browser window in Bulgarian, the app's default language. */
export const BG_DESKTOP: BrowserContextOptions = { locale: 'bg-BG', viewport: { width: 1280, height: 900 } };

export interface TE2eApp {
  /** The app's origin, e.g. http://127.0.0.1:PORT (after beforeAll). */
  readonly url: string;
  readonly browser: Browser;
  /** Console errors and uncaught exceptions of watched pages, so a hydration mismatch fails the journey. */
  readonly problems: string[];
  /** Collects the page's console errors and uncaught exceptions into `problems`. */
  watch(page: Page): Page;
  /** A watched page signed in as the demo account of `role`, landed on `next`. */
  signIn(context: BrowserContext, role: (typeof DEMO_ACCOUNTS)[number]['role'], next: string): Promise<Page>;
  /** The link of the newest verification mail to `email` in the outbox (the e2e app sends no mail). */
  verificationLink(email: string): Promise<string>;
}

/** Starts the app and the browser before the file's tests and stops them after. */
export function useE2eApp(): TE2eApp {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const app: TE2eApp = {
    get url() {
      if (!server) throw new Error('The app is not started yet');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('The browser is not started yet');
      return browser;
    },
    problems,
    watch(page) {
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
      });
      return page;
    },
    async signIn(context, role, next) {
      const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
      const page = app.watch(await context.newPage());
      await page.goto(`${app.url}/sign-in?next=${encodeURIComponent(next)}`);
      // Type only once React owns the form.
      await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
      await page.getByLabel('Имейл').fill(account.email);
      await page.getByLabel('Парола').fill(DEMO_PASSWORD);
      await page.locator('form').getByRole('button', { name: 'Вход' }).click();
      await page.waitForURL(`${app.url}${next}`);
      return page;
    },
    async verificationLink(email) {
      if (!server) throw new Error('The app is not started yet');
      const [mail] = await server.database.db
        .select({ text: mailOutbox.text })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.to, email.toLowerCase()), eq(mailOutbox.kind, 'verify_email')))
        .orderBy(desc(mailOutbox.createdAt))
        .limit(1);
      const link = mail ? /https?:\/\/\S+\/api\/auth\/verify-email\S+/.exec(mail.text)?.[0] : undefined;
      if (!link) throw new Error(`No verification mail to ${email}`);
      return link;
    },
  };
  return app;
}

/** The page's language, from <html lang>. */
const pageLanguage = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.lang);

/** Switches the page to `lng` with the header's language switch (in place with JavaScript, by its link without). */
async function switchLanguage(page: Page, lng: string): Promise<void> {
  // A programmatic click: an open modal dialog or a folded phone menu must not stop the check.
  await page.evaluate(() => (document.querySelector('a.lang-switch') as HTMLAnchorElement | null)?.click());
  const until = Date.now() + 10_000;
  for (;;) {
    // Without JavaScript the link loads the page again; its context may be gone for a moment.
    const now = await pageLanguage(page).catch(() => '');
    if (now === lng) break;
    if (Date.now() > until) throw new Error(`The page did not switch to ${lng}`);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('load');
}

/**
 * Photographs the page as `name` and fails on any axe-core violation — in both languages: the page is checked as it
 * is, then switched to the other language with the header's switch, photographed and checked again, and switched back.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await a11yViolations(page);
  expect(violations, `${name}: ${describeViolations(violations)}`).toEqual([]);
  const current = await pageLanguage(page);
  const hasSwitch = await page.evaluate(() => !!document.querySelector('a.lang-switch'));
  if (!hasSwitch || (current !== 'bg' && current !== 'en')) return;
  const other = current === 'bg' ? 'en' : 'bg';
  const otherName = `${name.replace(/-(bg|en)$/, '')}-${other}`;
  await switchLanguage(page, other);
  await screenshot(page, otherName);
  const otherViolations = await a11yViolations(page);
  await switchLanguage(page, current);
  expect(otherViolations, `${otherName}: ${describeViolations(otherViolations)}`).toEqual([]);
}
