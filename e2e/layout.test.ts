/**
 * The page frame on a phone and a desktop, with and without JavaScript: the header is one row with the menu folded
 * behind a button on a phone (a <details>, so it opens without scripts), the desktop menu is one row with grouped
 * entries for staff, the language switch is a link, and the calendar's first week is rendered on the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, useE2eApp } from './support/app';
import { screenshot } from './support/browser';

const app = useE2eApp();

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'bg-BG', isMobile: true, hasTouch: true } as const;
const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'bg-BG' } as const;

/** Distinct rows (by top offset) the visible top-level menu entries take. */
async function menuRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tops = new Set<number>();
    for (const li of document.querySelectorAll('.main-nav > ul > li')) {
      if (li.checkVisibility()) tops.add(Math.round(li.getBoundingClientRect().top));
    }
    return tops.size;
  });
}

/** The header's height and whether the menu entries are visible. */
async function header(page: Page): Promise<{ height: number; navVisible: boolean; button: boolean }> {
  return page.evaluate(() => {
    const h = document.querySelector('.site-header')!.getBoundingClientRect().height;
    const home = document.querySelector('.main-nav a[href="/"]');
    const button = document.querySelector('.site-menu__button');
    // checkVisibility: false inside a closed <details> (content-visibility: hidden) and under display: none.
    const visible = (el: Element | null) => !!el && el.checkVisibility();
    return { height: Math.round(h), navVisible: visible(home), button: visible(button) };
  });
}

describe('the header', () => {
  let phone: BrowserContext;
  let desktop: BrowserContext;
  beforeAll(async () => {
    phone = await app.browser.newContext(PHONE);
    desktop = await app.browser.newContext(DESKTOP);
  });
  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
  });

  it('is one row with the admin menu folded behind a button on a phone, in bg and en', async () => {
    const page = await app.signIn(phone, 'admin', '/aid');
    for (const lng of ['bg', 'en'] as const) {
      if (lng === 'en') await page.locator('a.lang-switch').click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lng);
      const closed = await header(page);
      expect(closed.button).toBe(true);
      expect(closed.navVisible).toBe(false);
      // One row: the brand, the language switch and the menu button (no second line of links).
      expect(closed.height).toBeLessThan(80);
      await page.screenshot({
        path: await screenshot(page, `layout-phone-header-${lng}`),
        clip: { x: 0, y: 0, width: 390, height: 120 },
      });
      await page.locator('.site-menu__button').click();
      expect((await header(page)).navVisible).toBe(true);
      await page.locator('.nav-group__summary', { hasText: lng === 'bg' ? 'Администрация' : 'Administration' }).click();
      await page.screenshot({
        path: await screenshot(page, `layout-phone-menu-${lng}`),
        clip: { x: 0, y: 0, width: 390, height: 844 },
      });
      await expectAccessible(page, `layout-phone-menu-open-${lng}`);
      await page.locator('.site-menu__button').click();
      expect((await header(page)).navVisible).toBe(false);
    }
    // The wide aid ledger scrolls sideways inside its box instead of squeezing or hiding columns.
    const ledger = await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap');
      const table = wrap?.querySelector('table');
      const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.getBoundingClientRect().width);
      return {
        wrap: wrap?.clientWidth ?? 0,
        table: table?.scrollWidth ?? 0,
        narrowest: Math.min(...headers),
        page: document.documentElement.scrollWidth,
      };
    });
    expect(ledger.page).toBeLessThanOrEqual(390);
    expect(ledger.narrowest).toBeGreaterThan(60);
    await page.close();
  });

  it('keeps the member and the admin menus on one row at 1280 px', async () => {
    for (const role of ['member', 'admin'] as const) {
      const context = await app.browser.newContext(DESKTOP);
      const page = await app.signIn(context, role, '/');
      const h = await header(page);
      expect(h.button).toBe(false);
      expect(h.navVisible).toBe(true);
      expect(await menuRows(page)).toBe(1);
      await screenshot(page, `layout-desktop-${role}-bg`);
      await context.close();
    }
  });

  it('types dates as the UI language writes them and labels file controls in it', async () => {
    // An English browser: its own date picker would read mm/dd/yyyy and its file button "Choose File".
    const context = await app.browser.newContext({ ...DESKTOP, locale: 'en-US' });
    const page = await app.signIn(context, 'staff', '/aid');
    const from = page.locator('#ledger-from');
    for (const [lng, placeholder, button] of [
      ['bg', 'дд.мм.гггг', 'Изберете файл'],
      ['en', 'dd/mm/yyyy', 'Choose a file'],
    ] as const) {
      if (lng === 'en') {
        await page.locator('a.lang-switch').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      await page.goto(`${app.url}/aid`);
      expect(await from.getAttribute('type')).toBe('text');
      expect(await from.getAttribute('placeholder')).toBe(placeholder);
      await from.fill(lng === 'bg' ? '02.03.2026' : '02/03/2026');
      await page.waitForURL(/from=2026-03-02/);
      await page.goto(`${app.url}/assessments`);
      const file = page.locator('.file-input').first();
      expect(await file.locator('.file-input__button').textContent()).toBe(button);
      await page
        .locator('#import-file')
        .setInputFiles({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from('a;b\n') });
      expect(await file.locator('.file-input__name').textContent()).toBe('answers.csv');
      await expectAccessible(page, `layout-file-control-${lng}`);
    }
    await page.locator('a.lang-switch').click();
    await context.close();
  });

  it("passes axe on a member's organisation page in both languages", async () => {
    const context = await app.browser.newContext(DESKTOP);
    const page = await app.signIn(context, 'member', '/organisations');
    await page.locator('main a[href^="/organisations/"]').first().click();
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'layout-organisation-bg');
    await context.close();
  });

  it('opens the phone menu and switches language without JavaScript; the calendar shows its week', async () => {
    const noJs = await app.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${app.url}/calendar?view=week&date=2026-03-02`);
    expect((await header(page)).navVisible).toBe(false);
    await page.locator('.site-menu__button').click();
    expect((await header(page)).navVisible).toBe(true);
    const main = page.locator('main');
    expect(await main.textContent()).not.toContain('Зареждане');
    expect(await page.locator('.cal-agenda, .cal-week').count()).toBeGreaterThan(0);
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/lng=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Calendar');
    // The choice is remembered: the next page is English too.
    await page.goto(`${app.url}/events`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await noJs.close();
  });
});
