/**
 * The facilities journey in a real browser on the real app, in Bulgarian: the demo member books the cyber range
 * on a weekday within its opening hours, sees the booking confirmed on the resource page and in the calendar, and
 * is told the slot is taken when trying it again; staff see it on the bookings page. Every page checked is
 * axe-clean and photographed; the resource page and the calendar also in English, and the calendar on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { addDays, isoWeekday, sofiaInstant, sofiaParts, sofiaToday } from '../web/modules/events/calendar-sofia-time';
import { BG_DESKTOP, expectAccessible, useE2eApp } from './support/app';
import { screenshot } from './support/browser';

const app = useE2eApp();

interface TResource {
  id: string;
  slug: string;
  kind: string;
  titleBg: string;
  titleEn: string;
  ndaRequired: boolean;
  prerequisiteEvent: unknown;
}

/** The page does not scroll sideways; the message names the elements that stick out. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      // Inside a scrolling box (a wide table's wrapper) sticking out is the box's business, not the page's.
      .filter((e) => !e.parentElement?.closest('.table-wrap'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    return { overflow: document.documentElement.scrollWidth - width, wide };
  });
  expect(found.overflow, `${what} scrolls sideways: ${found.wide.join(', ')}`).toBeLessThanOrEqual(0);
}

describe('facilities: book the cyber range → calendar → slot taken → staff bookings', () => {
  let member: BrowserContext;
  let staff: BrowserContext;
  let resource: TResource;
  /** The booked Sofia day and times. */
  const slot = { date: '', from: '', to: '' };

  beforeAll(async () => {
    member = await app.browser.newContext(BG_DESKTOP);
    staff = await app.browser.newContext(BG_DESKTOP);
  });
  afterAll(async () => {
    await member?.close();
    await staff?.close();
  });

  /** Staff create a cyber range with the editor: fields, then the "weekdays 9–17" preset. */
  async function createCyberRange(): Promise<void> {
    const page = await app.signIn(staff, 'staff', '/facilities/new');
    await page.getByRole('heading', { level: 1, name: 'Ново съоръжение' }).waitFor();
    await page.getByLabel('Наименование (български)').fill('Кибер полигон за упражнения');
    await page.getByLabel('Наименование (английски)').fill('Cyber range for exercises');
    await page.getByLabel('Адрес в сайта').fill('cyber-range-exercises');
    await page.getByLabel('Вид').selectOption('cyber_range');
    await page.getByLabel('Пазарна стойност на час, евро').fill('60');
    await page.getByLabel('Цена за клиента на час, евро').fill('0');
    await page.getByRole('button', { name: 'Създаване' }).click();
    await page.waitForURL(/\/facilities\/cyber-range-exercises\/edit$/);
    await page.getByRole('button', { name: '+ Делнични дни 9–17' }).click();
    await page.getByText('От понеделник до петък, 09:00–17:00').first().waitFor();
    await expectAccessible(page, 'facilities-00-editor-bg');
    await page.getByRole('button', { name: 'Запазване на работното време' }).click();
    await page.getByText('Работното време е запазено.').waitFor();
    await page.close();
  }

  it('lists the facilities with their kind, owner and value an hour', async () => {
    const page = await app.signIn(member, 'member', '/facilities');
    await page.getByRole('heading', { level: 1, name: 'Съоръжения за резервиране' }).waitFor();
    const list = (await (await page.request.get(`${app.url}/api/v1/resources`)).json()) as { items: TResource[] };
    // The demo cyber range that needs neither a training nor an NDA; staff set one up in the editor if the demo has none.
    let found = list.items.find((r) => r.kind === 'cyber_range' && !r.ndaRequired && !r.prerequisiteEvent);
    if (!found) {
      await createCyberRange();
      await page.reload();
      const again = (await (await page.request.get(`${app.url}/api/v1/resources`)).json()) as { items: TResource[] };
      found = again.items.find((r) => r.kind === 'cyber_range' && !r.ndaRequired && !r.prerequisiteEvent);
    }
    expect(found, 'a cyber range bookable without training or NDA').toBeTruthy();
    resource = found!;
    const card = page.locator('.resource-card', { hasText: resource.titleBg });
    await card.getByText('Кибер полигон', { exact: true }).waitFor();
    await card.getByText('на час').first().waitFor();
    await expectAccessible(page, 'facilities-01-list-bg');
    await page.close();
  });

  it('lets the member book a weekday slot within the opening hours and shows it confirmed', async () => {
    const page = app.watch(await member.newPage());
    // The first weekday at least two days ahead with an opening of two hours or more (the demo closure has none).
    const from = sofiaInstant(addDays(sofiaToday(), 2)).toISOString();
    const to = sofiaInstant(addDays(sofiaToday(), 30)).toISOString();
    const availability = (await (
      await page.request.get(`${app.url}/api/v1/resources/${resource.id}/availability?from=${from}&to=${to}`)
    ).json()) as {
      open: { startsAt: string; endsAt: string }[];
    };
    const opening = availability.open.find(
      (o) =>
        isoWeekday(sofiaParts(o.startsAt).date) <= 5 &&
        Date.parse(o.endsAt) - Date.parse(o.startsAt) >= 2 * 3_600_000 &&
        sofiaParts(o.startsAt).date === sofiaParts(new Date(Date.parse(o.startsAt) + 2 * 3_600_000)).date,
    );
    expect(opening, 'an opening on a weekday').toBeTruthy();
    const start = new Date(Math.ceil(Date.parse(opening!.startsAt) / 3_600_000) * 3_600_000);
    slot.date = sofiaParts(start).date;
    slot.from = sofiaParts(start).time;
    slot.to = sofiaParts(new Date(start.getTime() + 3_600_000)).time;

    await page.goto(`${app.url}/facilities/${resource.slug}`);
    await page.getByRole('heading', { level: 1, name: resource.titleBg }).waitFor();
    await page.getByRole('heading', { name: 'Работно време', exact: true }).waitFor();
    await page.getByLabel('Ден').fill(slot.date);
    await page.getByText('Работно време в този ден:', { exact: false }).waitFor();
    await page.getByLabel('Начало').fill(slot.from);
    await page.getByLabel('Край').fill(slot.to);
    await page.getByLabel('Цел (по желание)').fill('Упражнение по реагиране на инциденти');
    await page.locator('.booking-form').getByRole('button', { name: 'Резервиране' }).click();
    await page.getByText('Резервацията е потвърдена.', { exact: false }).waitFor();
    const mine = page.locator('table.booking-table');
    await mine.getByText('Потвърдена').first().waitFor();
    await mine.getByText(`${slot.from}–${slot.to}`).waitFor();
    await expect(
      mine
        .getByRole('link', { name: /Файл за календара/ })
        .first()
        .getAttribute('href'),
    ).resolves.toMatch(/\/booking\.ics$/);
    await expectAccessible(page, 'facilities-02-resource-booked-bg');
    await page.close();
  });

  it('says the slot is taken when the member tries the same slot again', async () => {
    const page = app.watch(await member.newPage());
    await page.goto(`${app.url}/facilities/${resource.slug}`);
    await page.getByLabel('Ден').fill(slot.date);
    await page.getByText('Работно време в този ден:', { exact: false }).waitFor();
    await page.getByLabel('Начало').fill(slot.from);
    await page.getByLabel('Край').fill(slot.to);
    await page.locator('.booking-form').getByRole('button', { name: 'Резервиране' }).click();
    await page.getByRole('alert').getByText('Този час вече е зает.', { exact: false }).waitFor();

    // The server refuses it too, whatever the form knows.
    const org = (await (await page.request.get(`${app.url}/api/v1/me`)).json()) as {
      memberships: { organisationId: string }[];
    };
    const res = await page.request.post(`${app.url}/api/v1/resources/${resource.id}/bookings`, {
      headers: { origin: app.url },
      data: {
        organisationId: org.memberships[0].organisationId,
        startsAt: sofiaInstant(slot.date, slot.from).toISOString(),
        endsAt: sofiaInstant(slot.date, slot.to).toISOString(),
      },
    });
    expect(res.status()).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('slot_taken');
    await page.close();
  });

  it('shows the booking in the calendar, by week and by month, and as an agenda on a phone', async () => {
    const page = app.watch(await member.newPage());
    await page.goto(`${app.url}/calendar?view=week&date=${slot.date}`);
    await page.getByRole('heading', { level: 1, name: 'Календар' }).waitFor();
    const entry = page
      .locator('.cal-wide .cal-entry--booking', { hasText: `${slot.from}–${slot.to}` })
      .filter({ hasText: resource.titleBg });
    await entry.first().waitFor();
    await expectAccessible(page, 'facilities-03-calendar-week-bg');

    await page.getByRole('link', { name: 'Месец', exact: true }).click();
    await page.waitForURL(/view=month/);
    await page.locator('.cal-month .cal-entry--booking', { hasText: resource.titleBg }).first().waitFor();
    await expectAccessible(page, 'facilities-04-calendar-month-bg');
    await page.close();

    const phone = await app.browser.newContext({ ...BG_DESKTOP, viewport: { width: 390, height: 844 } });
    await phone.addCookies(await member.cookies());
    const small = app.watch(await phone.newPage());
    await small.goto(`${app.url}/calendar?view=week&date=${slot.date}`);
    await small.locator('.cal-narrow .cal-entry--booking', { hasText: resource.titleBg }).first().waitFor();
    await expect(small.locator('.cal-wide').isVisible()).resolves.toBe(false);
    await expectNoSidewaysScroll(small, 'the calendar at 390 px');
    await screenshot(small, 'facilities-05-calendar-phone-bg');
    await small.goto(`${app.url}/facilities/${resource.slug}`);
    await small.getByRole('heading', { level: 1, name: resource.titleBg }).waitFor();
    await expectNoSidewaysScroll(small, 'the resource page at 390 px');
    await screenshot(small, 'facilities-06-resource-phone-bg');
    await phone.close();
  });

  it('lets staff see the booking on the bookings page', async () => {
    const page = await app.signIn(staff, 'staff', '/facilities/bookings');
    await page.getByRole('heading', { level: 1, name: 'Резервации на съоръжения' }).waitFor();
    const row = page
      .locator('section', { hasText: 'Всички резервации' })
      .locator('tr', { hasText: `${slot.from}–${slot.to}` })
      .filter({ hasText: resource.titleBg });
    await row.first().waitFor();
    await row.first().getByText('Потвърдена').waitFor();
    await page.getByRole('heading', { name: 'Използване за период' }).waitFor();
    await expectAccessible(page, 'facilities-07-bookings-admin-bg');
    await page.close();
  });

  it('reads in English: the resource page and the calendar', async () => {
    const en = await app.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await en.addCookies([{ name: 'edihub_lang', value: 'en', url: app.url }]);
    const page = app.watch(await en.newPage());
    await page.goto(`${app.url}/facilities/${resource.slug}`);
    await page.getByRole('heading', { level: 1, name: resource.titleEn }).waitFor();
    await page.getByRole('heading', { name: 'Opening hours' }).first().waitFor();
    await page.getByRole('link', { name: 'Sign in to book' }).waitFor();
    await expectAccessible(page, 'facilities-08-resource-en');
    await page.goto(`${app.url}/calendar?view=month&date=${slot.date}`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.locator('.cal-month').waitFor();
    await expectAccessible(page, 'facilities-09-calendar-month-en');
    await en.close();
    expect(app.problems).toEqual([]);
  });
});
