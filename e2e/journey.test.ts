/**
 * The first customer journey, in a real browser on the real app: a visitor signs up and registers
 * an organisation in the Bulgarian UI; a hub staff member signs in, finds it in the registry and
 * switches to English. Every page visited must have no axe-core violation (WCAG 2.1 A and AA rules).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { eikCheckDigit9 } from '../src/domain/eik';
import { BG_DESKTOP, expectAccessible, useE2eApp } from './support/app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/server';

const app = useE2eApp();

/** A valid 9-digit EIK no demo organisation uses. */
function freshEik(): string {
  const prefix = String(20_000_000 + Math.floor(Math.random() * 70_000_000));
  return prefix + String(eikCheckDigit9(prefix));
}

/** The same prefix with a wrong check digit. */
function brokenEik(valid: string): string {
  return valid.slice(0, 8) + String((Number(valid[8]) + 1) % 10);
}

describe('sign up → register an organisation → staff finds it → English', () => {
  const stamp = Date.now().toString(36);
  const orgName = `Иновации Загоре ${stamp} ООД`;
  const email = `founder-${stamp}@example.test`;
  const eik = freshEik();
  let customer: BrowserContext;
  let staff: BrowserContext;

  beforeAll(async () => {
    customer = await app.browser.newContext(BG_DESKTOP);
    staff = await app.browser.newContext(BG_DESKTOP);
  });
  afterAll(async () => {
    await customer?.close();
    await staff?.close();
  });

  it('shows the public home page in Bulgarian, rendered on the server', async () => {
    const page = app.watch(await customer.newPage());
    const res = await page.goto(`${app.url}/`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('bg');
    await expect(page.locator('h1').textContent()).resolves.toContain('Загоре');
    await page.getByRole('heading', { name: 'Консорциум' }).waitFor();
    await expectAccessible(page, '01-home-bg');
    await page.close();
  });

  it('is readable with JavaScript off', async () => {
    const noJs = await app.browser.newContext({ javaScriptEnabled: false, locale: 'bg-BG' });
    const page = await noJs.newPage();
    await page.goto(`${app.url}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Загоре');
    expect(await page.locator('.partner').count()).toBeGreaterThan(3);
    const missing = await noJs.newPage();
    const res = await missing.goto(`${app.url}/no-such-page`);
    expect(res?.status()).toBe(404);
    await expect(missing.locator('h1').textContent()).resolves.toBe('Страницата не е намерена');
    await noJs.close();
  });

  it('signs up and registers an organisation with live EIK validation', async () => {
    const page = app.watch(await customer.newPage());
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Регистрация', exact: true }).click();
    await page.getByRole('heading', { name: 'Регистрация' }).waitFor();

    // Client-side checks before anything is sent.
    await page.getByRole('button', { name: 'Регистрация', exact: true }).last().click();
    await page.getByText('Попълнете това поле.').first().waitFor();
    await expectAccessible(page, '02-sign-up-errors-bg');

    await page.getByLabel('Име и фамилия').fill('Петя Стоянова');
    await page.getByLabel('Имейл').fill(email);
    await page.getByLabel('Парола').fill('a-long-enough-password');
    await page.locator('form').getByRole('button', { name: 'Регистрация' }).click();

    // Sign-up answers every address alike and opens no session: it asks to confirm the address.
    await page.getByRole('heading', { name: 'Проверете пощата си' }).waitFor();
    await page.getByText(`Изпратихме писмо на ${email}.`, { exact: false }).waitFor();
    await expectAccessible(page, '02b-sign-up-sent-bg');

    // Signed in before confirming: reading is allowed, writes are refused with the reason and a new link offered.
    await page.getByRole('link', { name: 'Вход', exact: true }).last().click();
    await page.getByLabel('Имейл').fill(email);
    await page.getByLabel('Парола').fill('a-long-enough-password');
    await page.locator('form').getByRole('button', { name: 'Вход' }).click();
    await page.waitForURL(`${app.url}/organisations/new`);
    const banner = page.getByRole('region', { name: 'Потвърдете имейл адреса си' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Изпрати нова връзка за потвърждение' }).click();
    await banner.getByText(`Изпратихме нова връзка на ${email}.`).waitFor();
    await expectAccessible(page, '02c-unverified-banner-bg');
    await page.getByLabel('Наименование (на български)').fill(orgName);
    await page.getByLabel('Вид организация').selectOption('sme');
    await page.getByLabel('ЕИК / БУЛСТАТ').fill(eik);
    await page.getByText('ЕИК е валиден.').waitFor();
    await page.getByLabel('Населено място').fill('Стара Загора');
    await page.getByLabel('Област').selectOption('BG344');
    await page.getByRole('button', { name: 'Регистрирай организацията' }).click();
    await page.getByRole('alert').getByText('Първо потвърдете имейл адреса си', { exact: false }).waitFor();
    await page.locator('a.lang-switch').click();
    await page.getByRole('region', { name: 'Confirm your e-mail address' }).waitFor();
    await page.getByRole('button', { name: 'Register the organisation' }).click();
    await page.getByRole('alert').getByText('Confirm your e-mail address first', { exact: false }).waitFor();
    await expectAccessible(page, '02d-unverified-banner-en');
    await page.locator('a.lang-switch').click();
    await banner.waitFor();

    // The e-mailed link confirms the address and lands back on the form, signed in.
    await page.goto(await app.verificationLink(email));
    await page.waitForURL(`${app.url}/organisations/new`);
    await page.getByRole('heading', { name: 'Регистрация на организация' }).waitFor();
    await expect(page.locator('.account-area').textContent()).resolves.toContain('Петя Стоянова');
    await expect(banner.count()).resolves.toBe(0);

    await page.getByLabel('Наименование (на български)').fill(orgName);
    await page.getByLabel('Наименование (на английски)').fill(`Zagore Innovations ${stamp} Ltd`);
    await page.getByLabel('Вид организация').selectOption('sme');

    const eikField = page.getByLabel('ЕИК / БУЛСТАТ');
    await eikField.fill(brokenEik(eik));
    await page.getByText('Това не е валиден ЕИК — проверете цифрите.').waitFor();
    await eikField.fill(eik);
    await page.getByText('ЕИК е валиден.').waitFor();

    await page.getByLabel('Населено място').fill('Стара Загора');
    await page.getByLabel('Област').selectOption('BG344');
    await page.getByText('NUTS 3: BG344 · NUTS 2: BG34 — Югоизточен').waitFor();
    await page.getByLabel('Уебсайт').fill('not a url');
    await page.getByLabel('Година на основаване').focus();
    await page.getByText('Неправилен формат.').waitFor();
    await page.getByLabel('Уебсайт').fill('https://zagore-innovations.example');
    await expectAccessible(page, '03-register-organisation-bg');

    await page.getByRole('button', { name: 'Регистрирай организацията' }).click();
    await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: orgName }).waitFor();
    await page.getByText('Организацията е регистрирана.', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Категория на МСП' }).waitFor();
    await expectAccessible(page, '04-organisation-created-bg');

    // Yearly figures: the SME panel follows.
    await page.getByRole('button', { name: 'Добави година' }).click();
    await page.getByLabel('Персонал (годишни трудови единици)').fill('12');
    await page.getByLabel('Годишен оборот (EUR)').fill('1 500 000');
    await page.getByLabel('Сума на баланса (EUR)').fill('900000');
    await page.getByRole('button', { name: 'Запази' }).click();
    await page.locator('.sme-summary').getByText('Малко предприятие').waitFor();
    await expectAccessible(page, '05-organisation-figures-bg');

    // The same EIK again is refused on the EIK field.
    await page.goto(`${app.url}/organisations/new`);
    await page.getByLabel('Наименование (на български)').fill(`${orgName} 2`);
    await page.getByLabel('Вид организация').selectOption('sme');
    await page.getByLabel('ЕИК / БУЛСТАТ').fill(eik);
    await page.getByLabel('Област').selectOption('BG344');
    await page.getByText('ЕИК е валиден.').waitFor();
    await page.getByRole('button', { name: 'Регистрирай организацията' }).click();
    await page.getByText('Организация с този ЕИК вече е регистрирана.').waitFor();
    expect(page.url()).toBe(`${app.url}/organisations/new`);

    await page.getByRole('button', { name: 'Изход' }).click();
    await page.locator('.site-header').getByRole('link', { name: 'Вход', exact: true }).waitFor();
    await page.close();
  });

  it('lets staff find the organisation in the registry, then switch to English', async () => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === 'staff')!;
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}/sign-in?next=%2Forganisations`);
    await page.getByLabel('Имейл').fill(account.email);
    await page.getByLabel('Парола').fill('wrong-password-123');
    await page.locator('form').getByRole('button', { name: 'Вход' }).click();
    await page.getByText('Грешен имейл или парола.').waitFor();
    await page.getByLabel('Парола').fill(DEMO_PASSWORD);
    await page.locator('form').getByRole('button', { name: 'Вход' }).click();

    await page.waitForURL(`${app.url}/organisations`);
    await page.getByRole('heading', { level: 1, name: 'Организации' }).waitFor();
    await page.getByLabel('Търсене', { exact: true }).fill(stamp);
    await page.waitForURL(new RegExp(`q=${stamp}`));
    await page.getByText('1 резултат').waitFor();
    const row = page.getByRole('row').filter({ hasText: orgName });
    await row.waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(2);
    await expect(row.textContent()).resolves.toContain(eik);
    await expectAccessible(page, '06-staff-list-bg');

    // Filters stay in the URL: the list is linkable.
    await page.getByLabel('Област').selectOption('BG344');
    await page.waitForURL(/oblast=BG344/);
    await row.waitFor();

    // Language switch: no reload, <html lang> follows, the choice is kept on the account.
    await page.locator('a.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByText('1 result').waitFor();
    await expectAccessible(page, '07-staff-list-en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(page.url()).toContain(`q=${stamp}`);

    // In English the list shows the English legal name.
    const rowEn = page.getByRole('row').filter({ hasText: eik });
    await expect(rowEn.textContent()).resolves.toContain(`Zagore Innovations ${stamp} Ltd`);
    await rowEn.getByRole('link').click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: `Zagore Innovations ${stamp} Ltd` })
      .waitFor();
    await page.getByRole('heading', { name: 'SME category' }).waitFor();
    await page.locator('.sme-summary').getByText('Small enterprise').waitFor();
    await expectAccessible(page, '08-organisation-en');

    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'What we do' }).waitFor();
    await expectAccessible(page, '09-home-en');
    await page.close();
  });

  it('runs the public SME self-check in English', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}/sme-check`);
    await page.getByRole('heading', { level: 1, name: 'SME self-check' }).waitFor();
    await page.getByLabel('Staff (annual work units)').fill('40');
    await page.getByLabel('Annual turnover (EUR)').fill('8,500,000');
    await page.getByLabel('Balance sheet total (EUR)').fill('6000000');
    await page.getByRole('button', { name: '+ Add an enterprise' }).click();
    await page.getByLabel('Name (optional)').fill('Holding Alpha');
    await page.getByLabel('Capital share (%)').fill('30');
    await page.getByLabel('Voting share (%)').fill('30');
    await page.locator('fieldset.link-card').getByLabel('Staff (annual work units)').fill('100');
    await page.locator('fieldset.link-card').getByLabel('Annual turnover (EUR)').fill('20000000');
    await page.locator('fieldset.link-card').getByLabel('Balance sheet total (EUR)').fill('15000000');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.locator('.sme-summary').getByText('Partner enterprise').waitFor();
    await page.locator('.sme-summary').getByText('Medium-sized enterprise').waitFor();
    await page.getByText('Holding Alpha is a partner enterprise', { exact: false }).waitFor();
    await expectAccessible(page, '10-sme-check-en');
    await page.close();
  });

  it('fits a phone screen', async () => {
    const phone = await app.browser.newContext({
      locale: 'bg-BG',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 1,
    });
    const page = app.watch(await phone.newPage());
    for (const [path, name] of [
      ['/', '11-phone-home-bg'],
      ['/sme-check', '12-phone-sme-check-bg'],
      ['/sign-in', '13-phone-sign-in-bg'],
    ] as const) {
      await page.goto(`${app.url}${path}`);
      await page.locator('h1').waitFor();
      // Nothing wider than the screen: no sideways scrolling of the page itself.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await expectAccessible(page, name);
    }
    await phone.close();
  });

  it('raised no console errors or hydration mismatches', () => {
    expect(app.problems).toEqual([]);
  });
});
