/**
 * The service journey in a real browser on the real app, in Bulgarian: the demo member requests a service
 * delivered by Trakia University and signs the organisation's de minimis declaration; staff accept the request
 * (the aid is granted) and assign the university's expert, who starts and delivers it; staff record the delivery
 * from its defaults; the member rates the service, and the organisation's journey page shows the request, the
 * delivery with its aid, the feedback and the aid used against the ceiling. Staff then see the grant in the aid
 * ledger and download the register and Commission files. Every page checked is axe-clean and photographed, the
 * request and journey pages in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { calendarDateInSofia, subtractYears } from '../src/domain/state-aid/calendar-date';
import { formatEur } from '../src/domain/state-aid/money';
import { BG_DESKTOP, expectAccessible, useE2eApp } from './support/app';

const app = useE2eApp();

/** Delivered by Trakia University only (src/db/seed/demo-services.ts): EUR 450 a day, free, de minimis. */
const SERVICE = 'Обучение по изкуствен интелект';
const SERVICE_EN = 'Artificial intelligence training';
const DAYS = 2;
const AID_CENTS = 2 * 450_00;
const NEED = 'Искаме да обучим екипа си да използва машинно обучение за прогнозиране на поддръжката на дроновете.';
const FEEDBACK = 'Много полезно обучение с примери от нашия бранш.';
const DECLARED = { grantor: 'Община Стара Загора', typed: '12 500,50', cents: 1_250_050 };

/** Text with every kind of space made plain, so Intl's narrow and non-breaking spaces compare as typed. */
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The page does not scroll sideways (390 px phones). */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

describe('services: request → declaration → accept, assign, deliver → feedback → journey and ledger', () => {
  let member: BrowserContext;
  let staff: BrowserContext;
  let expert: BrowserContext;
  /** /requests/<id> of the request the member makes. */
  let requestPath = '';
  /** /organisations/<Pro Drone Sys>/journey. */
  let journeyPath = '';

  beforeAll(async () => {
    member = await app.browser.newContext(BG_DESKTOP);
    staff = await app.browser.newContext(BG_DESKTOP);
    expert = await app.browser.newContext(BG_DESKTOP);
  });
  afterAll(async () => {
    await member?.close();
    await staff?.close();
    await expert?.close();
  });

  it('lets the member find the service and request it with a description of the need', async () => {
    const page = await app.signIn(member, 'member', '/services');
    await page.getByRole('link', { name: SERVICE }).first().click();
    await page.getByRole('heading', { level: 1, name: SERVICE }).waitFor();
    await page.getByRole('heading', { name: 'Заявяване на услугата' }).waitFor();
    await expectAccessible(page, 'services-01-service-page-bg');

    await page.getByLabel('От какво имате нужда?').fill(NEED);
    await page.getByLabel('Брой дни').fill(String(DAYS));
    await page.getByRole('button', { name: 'Изпращане на заявката' }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    requestPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: SERVICE }).waitFor();
    await page.getByText('е подадена', { exact: false }).first().waitFor();
    await page.getByText(NEED).waitFor();
    await page.close();
  });

  it('lets the member sign the de minimis declaration from the journey page', async () => {
    expect(requestPath).not.toBe('');
    const page = app.watch(await member.newPage());
    await page.goto(`${app.url}${requestPath}`);
    await page.getByRole('link', { name: 'Пътят и помощта на организацията' }).first().click();
    await page.waitForURL(/\/organisations\/[0-9a-f-]{36}\/journey$/);
    journeyPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Път и държавна помощ' }).waitFor();
    // The demo data may already hold a declaration for the organisation; either way a new one is signed here.
    await page.getByRole('link', { name: /Подпишете декларацията de minimis|Обновете декларацията/ }).click();
    await page.waitForURL(/\/de-minimis-declaration$/);
    await page.getByRole('heading', { level: 1, name: 'Декларация de minimis' }).waitFor();
    await page.locator('.declaration-form .declaration-statement__text').waitFor();

    // Nothing filled in: each problem is named next to its field.
    await page.getByRole('button', { name: 'Подпишете декларацията' }).click();
    await page.getByText('Моля, поправете отбелязаните полета.').waitFor();
    await page.getByText('Потвърдете декларацията, за да я подпишете.').waitFor();
    const item = page.locator('fieldset.declaration-item').first();
    await expect(item.locator('.field__error').count()).resolves.toBeGreaterThanOrEqual(3);

    const grantDate = subtractYears(calendarDateInSofia(new Date()), 1);
    await item.getByLabel('Администратор на помощта').fill(DECLARED.grantor);
    await item.getByLabel('Размер, евро').fill(DECLARED.typed);
    await item.getByLabel('Дата на предоставяне').fill(grantDate);
    await item.getByLabel('Регламент').selectOption('1407/2013');
    await page.locator('.declaration-items__total').getByText(formatEur(DECLARED.cents, 'bg')).waitFor();
    await expect(page.getByLabel('Подписал (трите имена)').inputValue()).resolves.toBe('Иван Колев');
    await page.getByLabel('Потвърждавам', { exact: false }).check();
    await expectAccessible(page, 'services-02-declaration-bg');

    await page.getByRole('button', { name: 'Подпишете декларацията' }).click();
    await page.waitForURL(`${app.url}${journeyPath}`);
    await page.getByText('Декларацията de minimis е подписана и записана.').waitFor();
    const aid = page.locator('.aid-panel');
    await aid.getByText('Има декларация', { exact: true }).waitFor();
    await page.locator('.aid-declared').getByText(DECLARED.grantor).waitFor();
    await expect(page.locator('.aid-declared').textContent().then(plain)).resolves.toContain(
      plain(formatEur(DECLARED.cents, 'bg')),
    );

    // The history below the form keeps the signed text.
    await page.goto(`${app.url}${journeyPath.replace(/journey$/, 'de-minimis-declaration')}`);
    const history = page.locator('.declaration-history__item').first();
    await history.getByText('В сила').waitFor();
    await history.getByText('подписана от Иван Колев', { exact: false }).waitFor();
    await page.close();
  });

  it('lets staff see it on the board, accept it (granting the aid) and assign the university’s expert', async () => {
    const page = await app.signIn(staff, 'staff', '/requests/board');
    await page.getByRole('heading', { level: 1, name: 'Табло на заявките' }).waitFor();
    const card = page.locator(`a[href="${requestPath}"]`);
    await card.first().waitFor();
    await expectAccessible(page, 'services-03-board-bg');

    await card.first().click();
    await page.waitForURL(`${app.url}${requestPath}`);
    await page.getByRole('button', { name: 'Приемане' }).click();
    await page.getByRole('button', { name: 'Възлагане на експерт' }).waitFor();
    // Two days at EUR 450, free: EUR 900 of de minimis aid, granted on acceptance.
    await expect
      .poll(() => page.locator('.request-aid').textContent().then(plain))
      .toContain(plain(formatEur(AID_CENTS, 'bg')));

    await page.getByRole('button', { name: 'Възлагане на експерт' }).click();
    const dialog = page.getByRole('dialog');
    const select = dialog.getByLabel('Експерт');
    await select.selectOption({
      label: (await select.locator('option', { hasText: 'Елена Димитрова' }).first().textContent()) ?? '',
    });
    // The dialog's own submit button (its wording is the requests screen's, not this journey's concern).
    await dialog.locator('button[type="submit"]').click();
    await page.getByText('Експерт: Доц. Елена Димитрова').first().waitFor();
    await page.close();
  });

  it('lets the assigned expert start and deliver the service', async () => {
    const page = await app.signIn(expert, 'expert', requestPath);
    await page.getByRole('button', { name: 'Започване' }).click();
    await page.getByRole('button', { name: 'Отбелязване като изпълнена' }).click();
    await page.locator('.request-head, .page-head').getByText('Изпълнена').first().waitFor();
    await page.close();
  });

  it('lets staff record the delivery from the defaults of the catalogue and the grant', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}${requestPath}`);
    const delivery = page.locator('.request-delivery');
    // The aid is not typed: it follows from the value and the price, its national share from the hub's setting.
    await expect
      .poll(() => delivery.locator('#delivery-aid').textContent().then(plain))
      .toBe(plain(formatEur(AID_CENTS, 'bg')));
    await expect
      .poll(() => delivery.locator('#delivery-national').textContent().then(plain))
      .toBe(plain(formatEur(AID_CENTS / 2, 'bg')));
    await expect(delivery.locator('input#delivery-aid').count()).resolves.toBe(0);
    await expectAccessible(page, 'services-03b-delivery-form-bg');
    await delivery.getByRole('button', { name: 'Запис на изпълнението' }).click();
    await delivery.getByRole('button', { name: 'Корекция' }).waitFor();
    await expect(delivery.textContent().then(plain)).resolves.toContain(plain(formatEur(AID_CENTS, 'bg')));
    await page.close();
  });

  it('lets the member rate the service', async () => {
    const page = app.watch(await member.newPage());
    await page.goto(`${app.url}${requestPath}`);
    await page.getByRole('heading', { name: 'Обратна връзка' }).waitFor();
    await page.getByLabel('5 – отлична').check();
    await page.getByLabel('Коментар (по желание)').fill(FEEDBACK);
    await page.getByRole('button', { name: 'Изпращане' }).click();
    await page.getByText(FEEDBACK).first().waitFor();
    await page.getByRole('button', { name: 'Изпращане' }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'services-04-request-delivered-bg');
    await page.close();
  });

  it('shows the request, the delivery with its aid, the feedback and the aid used on the journey page', async () => {
    const page = app.watch(await member.newPage());
    await page.goto(`${app.url}${journeyPath}`);
    await page.getByRole('heading', { level: 1, name: 'Път и държавна помощ' }).waitFor();
    const timeline = page.locator('ol.journey');
    await timeline.locator('.journey__item--registered').waitFor();
    await timeline
      .locator('.journey__item--request')
      .getByRole('link', { name: new RegExp(SERVICE) })
      .waitFor();
    const delivery = timeline.locator('.journey__item--delivery');
    await expect(delivery.textContent().then(plain)).resolves.toContain(plain(formatEur(AID_CENTS, 'bg')));
    await delivery.getByText('De minimis', { exact: false }).waitFor();
    const feedback = timeline.locator('.journey__item--feedback');
    await feedback.getByText('5 от 5').waitFor();
    await feedback.getByText(FEEDBACK).waitFor();

    // The aid panel agrees with the API's statement, which counts the grant and the declared aid.
    const statement = (await (
      await page.request.get(`${app.url}/api/v1/organisations/${journeyPath.split('/')[2]}/aid`)
    ).json()) as {
      used: number;
      grants: { requestId: string | null; amount: number; counted: boolean }[];
    };
    const requestId = requestPath.split('/').pop();
    expect(statement.grants.find((g) => g.requestId === requestId)).toMatchObject({
      amount: AID_CENTS / 100,
      counted: true,
    });
    expect(Math.round(statement.used * 100)).toBeGreaterThanOrEqual(AID_CENTS + DECLARED.cents);
    const gauge = page.locator('.aid-gauge');
    await expect(gauge.textContent().then(plain)).resolves.toContain(
      plain(formatEur(Math.round(statement.used * 100), 'bg')),
    );
    await page.locator('.aid-table').getByText('Отчита се в тавана', { exact: true }).first().waitFor();
    await expectAccessible(page, 'services-05-journey-bg');

    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page, 'the journey page');
    await expectAccessible(page, 'services-06-journey-phone-bg');
    await page.close();
  });

  it('shows the request and the journey in English', async () => {
    const page = app.watch(await member.newPage());
    await page.goto(`${app.url}${requestPath}`);
    await page.getByRole('heading', { level: 1, name: SERVICE }).waitFor();
    await page.locator('a.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: SERVICE_EN }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page, 'services-07-request-en');

    await page.goto(`${app.url}${journeyPath}`);
    await page.getByRole('heading', { level: 1, name: 'Journey and state aid' }).waitFor();
    await page.locator('.journey__item--feedback').getByText('5 out of 5').waitFor();
    await page.getByText('Declaration on file', { exact: true }).waitFor();
    await expectAccessible(page, 'services-08-journey-en');
    await page.close();
  });

  it('lists the grant in the staff aid ledger with the register and Commission files for the period', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}/aid`);
    await page.getByRole('heading', { level: 1, name: 'Регистър на държавната помощ' }).waitFor();
    await page.locator('#ledger-basis').selectOption('de_minimis');
    await page.waitForURL(/basis=de_minimis/);
    const row = page.getByRole('row').filter({ hasText: 'Про Дрон Сис' }).filter({ hasText: SERVICE });
    await row.first().waitFor();
    await expect(row.first().textContent().then(plain)).resolves.toContain(plain(formatEur(AID_CENTS, 'bg')));
    await expectAccessible(page, 'services-09-ledger-bg');

    const register = page.getByRole('link', { name: /Национален регистър de minimis CSV/ });
    const registerRes = await page.request.get(`${app.url}${await register.getAttribute('href')}`);
    expect(registerRes.status()).toBe(200);
    const registerCsv = (await registerRes.body()).toString('utf8');
    expect(registerCsv).toContain('EIK');
    expect(registerCsv).toContain('Про Дрон Сис');

    const services = page.getByRole('link', { name: /EDIH services \(Европейска комисия\) CSV/ });
    const servicesRes = await page.request.get(`${app.url}${await services.getAttribute('href')}`);
    expect(servicesRes.status()).toBe(200);
    const servicesCsv = (await servicesRes.body()).toString('utf8');
    expect(servicesCsv).toContain('Customer  region');
    expect(servicesCsv).toContain('Про Дрон Сис');
    await page.close();
  });

  it('lets an admin change the national share of aid after a confirmation', async () => {
    const admin = await app.browser.newContext(BG_DESKTOP);
    const page = await app.signIn(admin, 'admin', '/aid');
    const settings = page.locator('form.aid-settings');
    await expect(settings.getByLabel('Таван de minimis, евро').inputValue()).resolves.toBe('300000');
    await settings.getByLabel('Национален дял, %').fill('101');
    await settings.getByRole('button', { name: 'Запази настройките' }).click();
    await settings.getByText('Процент от 0 до 100.').waitFor();
    await settings.getByLabel('Национален дял, %').fill('40');
    await settings.getByRole('button', { name: 'Запази настройките' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Запази настройките' }).click();
    await settings.getByText('Настройките на помощта са записани.').waitFor();
    await expectAccessible(page, 'services-10-ledger-admin-bg');
    const stored = (await (await page.request.get(`${app.url}/api/v1/hub/aid-settings`)).json()) as {
      nationalSharePercent: number;
    };
    expect(stored.nationalSharePercent).toBe(40);
    await admin.close();
  });

  it('shows the aid of a request cancelled after acceptance as revoked, with the reason, no longer counted', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}/aid`);
    const organisationId = journeyPath.split('/')[2];
    const services = (await (
      await page.request.get(`${app.url}/api/v1/services?q=${encodeURIComponent(SERVICE)}`)
    ).json()) as {
      items: { id: string; titleBg: string }[];
    };
    const serviceId = services.items.find((i) => i.titleBg === SERVICE)!.id;
    const created = await page.request.post(`${app.url}/api/v1/requests`, {
      headers: { origin: app.url },
      data: { organisationId, serviceId, need: 'Второ обучение за новите служители през есента.', quantity: 1 },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    const act = (data: Record<string, unknown>) =>
      page.request.post(`${app.url}/api/v1/requests/${id}/transitions`, { headers: { origin: app.url }, data });
    expect((await act({ action: 'accept' })).status()).toBe(200);
    const cancelled = await act({ action: 'cancel', reason: 'Клиентът отложи обучението.' });
    expect(cancelled.status(), await cancelled.text()).toBe(200);

    await page.goto(`${app.url}/aid?q=${encodeURIComponent('Про Дрон')}`);
    const row = page.getByRole('row').filter({ hasText: 'Клиентът отложи обучението.' });
    await row.first().waitFor();
    await row.first().getByText('Оттеглена на', { exact: false }).waitFor();
    await expectAccessible(page, 'services-12-ledger-revoked-bg');

    await page.goto(`${app.url}${journeyPath}`);
    const grants = page.locator('.aid-table');
    await grants.getByText('Оттеглена на', { exact: false }).first().waitFor();
    await expectAccessible(page, 'services-13-journey-revoked-bg');
    await page.close();
  });

  it('keeps a renamed service at its old address: the old URL moves (301) to the new one', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}/services/hpc-access/edit`);
    const slug = page.getByLabel('Адрес (име в URL)');
    await slug.waitFor();
    await slug.fill('hpc-time');
    await page.getByRole('button', { name: 'Запиши промените' }).click();
    await page.waitForURL(`${app.url}/services/hpc-time`);

    // A visitor (no JavaScript needed) following an old link lands on the current address.
    const moved = await page.request.get(`${app.url}/services/hpc-access?from=mail`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers()['location']).toBe('/services/hpc-time?from=mail');
    const visitor = app.watch(await (await app.browser.newContext(BG_DESKTOP)).newPage());
    await visitor.goto(`${app.url}/services/hpc-access`);
    expect(new URL(visitor.url()).pathname).toBe('/services/hpc-time');
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(visitor, 'services-11-renamed-service-bg');
    await visitor.context().close();

    // Back to the demo address (the other one is remembered now).
    const service = (await (await page.request.get(`${app.url}/api/v1/services/hpc-time`)).json()) as { id: string };
    const back = await page.request.patch(`${app.url}/api/v1/services/${service.id}`, {
      headers: { origin: app.url },
      data: { slug: 'hpc-access' },
    });
    expect(back.status(), await back.text()).toBe(200);
    await page.close();
  });

  it('raised no console errors or hydration mismatches', () => {
    expect(app.problems).toEqual([]);
  });
});
