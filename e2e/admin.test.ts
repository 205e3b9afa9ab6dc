/**
 * The hub admin's day: ownership, contacts and partner status on an organisation, then users,
 * the audit log, the outbox, the background jobs and the account page — each checked with axe-core and photographed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeViolations, launchBrowser, screenshot, a11yViolations } from './support/browser';
import { sql } from 'drizzle-orm';
import { enqueueJob } from '../src/platform/jobs/queue';
import { rowsOf } from '../src/platform/db/sql-helpers';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, startServer, type E2eServer } from './support/server';

let server: E2eServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await a11yViolations(page);
  expect(violations, `${name}: ${describeViolations(violations)}`).toEqual([]);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'bg-BG', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Имейл').fill(admin.email);
  await page.getByLabel('Парола').fill(DEMO_PASSWORD);
  await page.locator('form').getByRole('button', { name: 'Вход' }).click();
  await page.locator('.site-header a[href="/admin/users"]').waitFor({ state: 'attached' });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('hub admin', () => {
  it('links two organisations and sees the SME category follow', async () => {
    await page.goto(`${server.url}/organisations?q=${encodeURIComponent('Адрона')}`);
    await page.getByRole('link', { name: 'Адрона' }).click();
    await page.getByRole('heading', { level: 1, name: 'Адрона' }).waitFor();
    // The demo data has Almott holding 30 % of Adrona.
    await page.locator('.sme-summary').getByText('Предприятие партньор').waitFor();
    await page
      .getByRole('table', { name: /Собственици/ })
      .getByRole('link', { name: 'Алмот' })
      .waitFor();

    await page.getByRole('button', { name: 'Добави връзка' }).click();
    await page.getByLabel('Посока').selectOption('holding');
    await page.getByLabel('Търсене на организация').fill('Про Дрон');
    const option = page.locator('#own-other option', { hasText: 'Про Дрон Сис' });
    await option.waitFor({ state: 'attached' });
    await page
      .getByRole('combobox', { name: 'Организация', exact: true })
      .selectOption((await option.getAttribute('value'))!);
    await page.getByLabel('Дял от капитала (%)').fill('60');
    await page.getByLabel('Дял от гласовете (%)').fill('60');
    await expectAccessible('21-ownership-form-bg');
    await page.getByRole('button', { name: 'Запази' }).click();

    await page
      .getByRole('table', { name: /Участия/ })
      .getByRole('link', { name: 'Про Дрон Сис' })
      .waitFor();
    await page.locator('.sme-summary').getByText('Свързано предприятие').waitFor();
    await page.getByRole('complementary').getByText('Про Дрон Сис е свързано предприятие', { exact: false }).waitFor();
    await page.getByRole('complementary').getByRole('link', { name: 'Про Дрон Сис' }).first().waitFor();
    await expectAccessible('22-organisation-linked-bg');
  });

  it('records a contact with consent and removes it after confirmation', async () => {
    await page.getByRole('button', { name: 'Добави лице' }).click();
    await page.getByRole('textbox', { name: 'Име', exact: true }).fill('Стефан Николов');
    await page.getByLabel('Длъжност').fill('Управител');
    await page.locator('#contact-email').fill('stefan@adrona.example');
    await page.getByLabel('Лицето е съгласно хъбът да се свързва с него').check();
    await page.getByRole('button', { name: 'Запази' }).click();
    await page.getByText(/Съгласие от \d/).waitFor();

    await page.getByRole('button', { name: 'Изтрий Стефан Николов' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Да се изтрие ли Стефан Николов от лицата за контакт?').waitFor();
    await expectAccessible('23-confirm-dialog-bg');
    await dialog.getByRole('button', { name: 'Отказ' }).click();
    await expect(page.getByText('Стефан Николов').count()).resolves.toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Изтрий Стефан Николов' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Изтрий' }).click();
    await page.getByText('Няма лица за контакт.').waitFor();
  });

  it('makes the organisation a consortium partner, shown on the home page', async () => {
    await page.getByRole('button', { name: 'Партньор в консорциума' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Направи партньор' }).click();
    await page.locator('.page-head .badge', { hasText: 'Партньор' }).waitFor();
    await page.goto(`${server.url}/`);
    await page.locator('.partner-list').getByText('Адрона').waitFor();
  });

  it('changes a user role after confirmation', async () => {
    // The admin pages are a group of the menu (a <details>): open it first.
    await page.locator('.nav-group__summary', { hasText: 'Администрация' }).click();
    await page.getByRole('link', { name: 'Потребители' }).click();
    await page.getByRole('heading', { level: 1, name: 'Потребители' }).waitFor();
    await page.getByLabel('Търсене по име или имейл').fill('member@zagore');
    await page.waitForURL(/q=member/);
    await page.getByText('1 резултат').waitFor();
    await page.getByLabel('Роля на Иван Колев').selectOption('expert');
    await page.getByRole('dialog').getByRole('button', { name: 'Смени ролята' }).click();
    await page.getByText('Ролята на Иван Колев вече е „Експерт на партньор“.').waitFor();
    await expectAccessible('24-admin-users-bg');
  });

  it('reads the audit log with before/after snapshots', async () => {
    // The admin pages are a group of the menu (a <details>): open it first.
    await page.locator('.nav-group__summary', { hasText: 'Администрация' }).click();
    await page.getByRole('link', { name: 'Одитен дневник' }).click();
    await page.getByRole('heading', { level: 1, name: 'Одитен дневник' }).waitFor();
    const first = page.locator('main details').first();
    await first.locator('summary').click();
    await first.locator('pre').first().waitFor();
    await expectAccessible('25-admin-audit-bg');
  });

  it('reads e-mails in the outbox', async () => {
    // The admin pages are a group of the menu (a <details>): open it first.
    await page.locator('.nav-group__summary', { hasText: 'Администрация' }).click();
    await page.getByRole('link', { name: 'Изпратени писма' }).click();
    await page.getByRole('heading', { level: 1, name: 'Изпратени писма' }).waitFor();
    await page.locator('.item-list, .status--empty').first().waitFor();
    const mails = page.locator('main details');
    if ((await mails.count()) > 0) {
      await mails.first().locator('summary').click();
      await mails.first().locator('pre.mail-text').waitFor();
    }
    await expectAccessible('26-admin-outbox-bg');
  });

  it('finds a failed background job and retries it after a confirmation', async () => {
    // The journey server runs no worker: the jobs stay as written here.
    const db = server.database.db;
    await enqueueJob(db, 'events.waitlist-offers');
    const failed = (await enqueueJob(db, 'newsletter.send', { to: 'someone@example.test' }))!;
    await db.execute(
      sql`UPDATE jobs SET state = 'failed', attempts = 5, finished_at = now(), last_error = 'SMTP refused' WHERE id = ${failed}`,
    );
    await page.locator('.nav-group__summary', { hasText: 'Администрация' }).click();
    await page.getByRole('link', { name: 'Фонови задачи' }).click();
    await page.getByRole('heading', { level: 1, name: 'Фонови задачи' }).waitFor();
    const counts = page.getByRole('table', { name: 'Задачи по опашки' });
    await counts.getByRole('link', { name: 'newsletter.send', exact: true }).waitFor();
    // Each count opens the list filtered to its queue and state.
    await counts.getByRole('link', { name: /Покажи задачите в състояние „неуспешна“ от newsletter\.send/ }).click();
    await page.waitForURL(/queue=newsletter\.send&state=failed/);
    await expect.poll(() => page.getByLabel('Състояние').inputValue()).toBe('failed');
    await page.locator('.jobs-table').getByText('SMTP refused').waitFor();
    expect(await page.locator('.jobs-table tbody tr').count()).toBe(1);
    await expect(page.locator('main').textContent()).resolves.not.toContain('someone@example.test');
    await expectAccessible('26b-admin-jobs-bg');

    await page.getByRole('button', { name: `Опитай отново задача newsletter.send №${failed}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Опитай отново' }).click();
    await page.getByText(`Задача newsletter.send №${failed} е отново в опашката`).waitFor();
    // It is failed no more, so the failed jobs' list is empty now.
    await page.getByText('Няма задачи, отговарящи на филтрите.').waitFor();
    const [row] = rowsOf<{ state: string; attempts: number }>(
      await db.execute(sql`SELECT state, attempts FROM jobs WHERE id = ${failed}`),
    );
    expect(row).toEqual({ state: 'queued', attempts: 0 });
  });

  it('updates the account name and language', async () => {
    await page.getByRole('link', { name: /Мария Иванова/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Моят профил' }).waitFor();
    await page.getByLabel('Име и фамилия').fill('Мария Иванова-Петрова');
    await page.getByLabel('Предпочитан език').selectOption('en');
    await page.getByRole('button', { name: 'Запази' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await page.getByText('Your changes have been saved.').waitFor();
    await expect(page.locator('.account-area').textContent()).resolves.toContain('Мария Иванова-Петрова');
    await expectAccessible('27-account-en');
  });

  it('shows the password pages', async () => {
    const anon = await browser.newContext({ locale: 'en-GB' });
    // Anonymous visitors keep their language in a cookie; the server renders in it.
    await anon.addCookies([{ name: 'edihub_lang', value: 'en', url: server.url }]);
    const p = await anon.newPage();
    await p.goto(`${server.url}/forgot-password`);
    await p.getByLabel('E-mail').fill('member@zagore.demo');
    await p.getByRole('button', { name: 'Send link' }).click();
    await p.getByText(/If an account uses member@zagore\.demo/).waitFor();
    await p.goto(`${server.url}/reset-password?error=INVALID_TOKEN`);
    await p.getByText('The password link is invalid or has expired.').waitFor();
    await anon.close();
  });

  it('raised no console errors or hydration mismatches', () => {
    expect(problems).toEqual([]);
  });
});
