/**
 * The admin's user administration and the team's start page: sign in lands on /start, an invitation goes out by
 * e-mail and is accepted in a fresh browser, the new account is deactivated after confirmation, and the audit log
 * tells it in sentences — photographed and checked with axe in Bulgarian and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mailOutbox } from '../src/platform/db/schema';
import { describeViolations, launchBrowser, screenshot, a11yViolations } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, startServer, type E2eServer } from './support/server';

let server: E2eServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const INVITEE = 'nov.ekspert@example.test';

async function expectAccessible(p: Page, name: string): Promise<void> {
  await screenshot(p, name);
  const violations = await a11yViolations(p);
  expect(violations, `${name}: ${describeViolations(violations)}`).toEqual([]);
}

function watch(p: Page) {
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
}

async function toEnglish(p: Page) {
  const header = p.locator('.site-header');
  await header
    .getByRole('button', { name: /English/ })
    .or(header.getByRole('link', { name: /English/ }))
    .first()
    .click();
}

/** The admin pages are a group of the header menu (a <details>): open it before following one. */
async function adminLink(p: Page, name: string) {
  const group = p.locator('.site-header details.nav-group', {
    has: p.locator('.nav-group__summary', { hasText: 'Администрация' }),
  });
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
  await group.getByRole('link', { name }).click();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'bg-BG', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  watch(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('user administration and the start page', () => {
  it('lands the admin on the start page after sign-in, with counts linking to filtered lists', async () => {
    const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Имейл').fill(admin.email);
    await page.getByLabel('Парола').fill(DEMO_PASSWORD);
    await page.locator('form').getByRole('button', { name: 'Вход' }).click();
    await page.waitForURL(/\/start$/);
    await page.getByRole('heading', { level: 1, name: 'Какво чака внимание' }).waitFor();
    const triage = page.locator('.start-card__link', { hasText: /чака(т)? разглеждане/ });
    await expect(triage.getAttribute('href')).resolves.toBe('/requests?status=submitted');
    await expectAccessible(page, '60-start-bg');
  });

  it('invites a user by e-mail', async () => {
    await adminLink(page, 'Потребители');
    await page.getByRole('heading', { level: 1, name: 'Потребители' }).waitFor();
    await page.locator('#invite-email').fill(INVITEE);
    await page.getByLabel('Роля', { exact: true }).last().selectOption('expert');
    await page.getByRole('button', { name: 'Изпрати покана' }).click();
    await page.getByText(`Поканата до ${INVITEE} („Експерт на партньор“) е изпратена.`).waitFor();
    await page.getByRole('table', { name: 'Чакащи покани' }).getByText(INVITEE).waitFor();
    await expectAccessible(page, '61-admin-users-invite-bg');
  });

  it('lets the invitee choose a name and password and signs them in', async () => {
    const [mail] = await server.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.to, INVITEE))
      .orderBy(desc(mailOutbox.createdAt))
      .limit(1);
    expect(mail!.subject).toBe('Покана за EDIHub');
    const link = /(http\S+\/invitation\?token=[\w-]+)/.exec(mail!.text)![1]!;
    const fresh = await browser.newContext({ locale: 'bg-BG' });
    const p = await fresh.newPage();
    watch(p);
    await p.goto(link);
    await p.getByText(`Поканени сте с имейл ${INVITEE} и роля „Експерт на партньор“.`, { exact: false }).waitFor();
    await p.getByLabel('Име и фамилия').fill('Нов Експерт');
    await p.locator('#invite-password').fill('a-long-enough-secret');
    await p.locator('#invite-repeat').fill('a-long-enough-secret');
    await expectAccessible(p, '62-invitation-accept-bg');
    await p.getByRole('button', { name: 'Създай профил и влез' }).click();
    await p
      .locator('.site-header')
      .getByRole('link', { name: /Нов Експерт/ })
      .waitFor();
    // The link is spent.
    await p.goto(link);
    await p.getByText('Връзката за покана не е валидна', { exact: false }).waitFor();
    await fresh.close();
  });

  it('deactivates the new account after confirmation', async () => {
    await page.reload();
    await page.getByLabel('Търсене по име или имейл').fill('nov.ekspert');
    await page.waitForURL(/q=nov/);
    await page.getByRole('button', { name: 'Деактивирай Нов Експерт' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Да се деактивира ли профилът на Нов Експерт?', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Деактивирай' }).click();
    await page.getByText('Профилът на Нов Експерт е деактивиран.').waitFor();
    await page.locator('.badge', { hasText: 'Деактивиран от' }).waitFor();
  });

  it('tells the story in the audit log, filtered by kind, with links and changed fields', async () => {
    await adminLink(page, 'Одитен дневник');
    await page.getByRole('heading', { level: 1, name: 'Одитен дневник' }).waitFor();
    await page.getByLabel('Вид действие').selectOption('user');
    await page.waitForURL(/action=user/);
    const first = page.locator('.audit-list > li').first();
    await first.getByText('деактивира профила на').waitFor();
    await first.getByRole('link', { name: /Нов Експерт/ }).waitFor();
    await first.getByRole('table').getByText('deactivatedAt').waitFor();
    await page.locator('.audit-list').getByText('прие покана и създаде профил').waitFor();
    await expectAccessible(page, '63-admin-audit-bg');
  });

  it('shows the same pages in English', async () => {
    await toEnglish(page);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.locator('.audit-list > li').first().getByText('deactivated the account of').waitFor();
    await expectAccessible(page, '64-admin-audit-en');
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('heading', { name: 'Invite a user' }).waitFor();
    await expectAccessible(page, '65-admin-users-en');
    await page.goto(`${server.url}/start`);
    await page.getByRole('heading', { level: 1, name: 'What needs attention' }).waitFor();
    await expectAccessible(page, '66-start-en');
  });

  it('raised no console errors or hydration mismatches', () => {
    expect(problems).toEqual([]);
  });
});
