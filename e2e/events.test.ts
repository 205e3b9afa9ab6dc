/**
 * The events journeys in a real browser on the real app, in Bulgarian.
 * (1) The demo AI workshop (3 seats) fills up; the demo member joins the waiting list; a confirmed participant's
 * registration is cancelled; the seat is offered to the member by e-mail (read from the admin outbox) and the
 * member accepts it from the one-click link without signing in → confirmed, with a QR code.
 * (2) Staff check the member in on a phone-sized screen by typing the code (no camera headless): success, then the
 * same code again is refused as a duplicate; a party of three typed in lower case with a dash is asked who came (all
 * ticked), one is unticked and two are checked in. The events list, the event page (also in English) and the check-in
 * page are axe-clean and photographed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BG_DESKTOP, expectAccessible, useE2eApp } from './support/app';

const app = useE2eApp();

const MEMBER_EMAIL = 'member@zagore.demo';
const GUEST = 'Мария Петрова';
const PARTY = ['Петър Стоянов', 'Георги Димитров', 'Елена Василева'];

interface TSummary {
  id: string;
  slug: string;
  type: string;
  capacity: number | null;
  seatsLeft: number | null;
  titleBg: string;
}

/** The page does not scroll sideways (390 px phones). */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

describe('events: register → waiting list → offer accepted; check-in on a phone', () => {
  let staff: BrowserContext;
  let member: BrowserContext;
  let admin: BrowserContext;
  let guest: BrowserContext;
  let workshop: TSummary;
  let memberCode = '';

  beforeAll(async () => {
    staff = await app.browser.newContext(BG_DESKTOP);
    member = await app.browser.newContext(BG_DESKTOP);
    admin = await app.browser.newContext(BG_DESKTOP);
    guest = await app.browser.newContext(BG_DESKTOP);
  });
  afterAll(async () => {
    for (const c of [staff, member, admin, guest]) await c?.close();
  });

  it('lists the upcoming events, with the AI workshop and its seats', async () => {
    const page = app.watch(await guest.newPage());
    const res = await page.request.get(`${app.url}/api/v1/events?pageSize=50`);
    expect(res.status()).toBe(200);
    const list = (await res.json()) as { items: TSummary[] };
    // The demo AI workshop (src/db/seed/demo-events.ts): a workshop of 3 seats.
    const found = list.items.find((e) => e.type === 'workshop' && e.capacity === 3);
    expect(found, 'the demo AI workshop with 3 seats').toBeTruthy();
    workshop = found!;

    await page.goto(`${app.url}/events`);
    await page.getByRole('heading', { level: 1, name: 'Събития и обучения' }).waitFor();
    const card = page.locator('.event-card', { has: page.getByRole('link', { name: workshop.titleBg }) });
    await card.waitFor();
    await card.locator('.event-card__seats .badge').first().waitFor();
    await expectAccessible(page, 'events-01-list-bg');
    await page.close();
  });

  it('lets staff fill the workshop, registering contacts on their behalf', async () => {
    const page = await app.signIn(staff, 'staff', `/events/${workshop.slug}`);
    await page.getByRole('heading', { level: 1, name: workshop.titleBg }).waitFor();
    await page.getByLabel('Регистрация на друг човек (с име и имейл)').check();
    await page.getByLabel('Име на участника').fill(GUEST);
    await page.getByLabel('Имейл на участника').fill('maria.petrova@example.bg');
    await page.getByLabel('Брой места').fill('1');
    const seats = page.locator('.event-facts .badge').first();
    const before = (await (await page.request.get(`${app.url}/api/v1/events/${workshop.slug}`)).json()) as TSummary;
    expect(before.seatsLeft).toBeGreaterThan(1);
    const left = (n: number) => (n === 1 ? 'Остава 1 място' : `Остават ${n} места`);
    await seats.getByText(left(before.seatsLeft!), { exact: true }).waitFor();
    await page.getByRole('button', { name: /^(Регистрация|Записване в листата на чакащите)$/ }).click();
    await page.locator('.registration-card').getByText('Потвърдена').waitFor();
    // The seat count follows at once, without a reload.
    await seats.getByText(left(before.seatsLeft! - 1), { exact: true }).waitFor({ timeout: 5000 });

    // The other seats through the API, as staff (the same session cookie).
    for (let i = 0; ; i++) {
      const now = (await (await page.request.get(`${app.url}/api/v1/events/${workshop.slug}`)).json()) as TSummary;
      if (now.seatsLeft === 0) break;
      expect(i, 'filling the workshop').toBeLessThan(5);
      const res = await page.request.post(`${app.url}/api/v1/events/${workshop.id}/registrations`, {
        headers: { origin: app.url },
        data: {
          seats: 1,
          answers: {},
          contactName: `Участник ${i + 1}`,
          contactEmail: `participant${i + 1}@example.bg`,
        },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
    await page.close();
  });

  it('puts the demo member on the waiting list when the workshop is full', async () => {
    const page = await app.signIn(member, 'member', `/events/${workshop.slug}`);
    await page.getByRole('heading', { level: 1, name: workshop.titleBg }).waitFor();
    await page.locator('.event-facts').getByText('Пълно – листа на чакащите', { exact: false }).waitFor();
    await page.getByText('Събитието е пълно.', { exact: false }).waitFor();
    await expectAccessible(page, 'events-02-event-full-bg');
    await page.getByRole('button', { name: 'Записване в листата на чакащите' }).click();
    const card = page.locator('.registration-card');
    await card.getByText('В листата на чакащите').first().waitFor();
    await card.getByText(/Вие сте номер \d+ в листата на чакащите/).waitFor();
    await card.getByRole('button', { name: 'Напускане на листата на чакащите' }).waitFor();
    await expectAccessible(page, 'events-03-waitlisted-bg');
    await page.close();
  });

  it('offers the freed seat to the member when staff cancel a confirmed registration', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}/events/${workshop.slug}/registrations`);
    await page.getByRole('heading', { level: 1, name: 'Регистрации' }).waitFor();
    const row = page.locator('.registration-row', { hasText: GUEST });
    await row.getByRole('button', { name: /Отказ от регистрацията/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Отказ от регистрацията' }).click();
    // The member moves from the waiting list to an offered seat.
    await page
      .locator('section', { has: page.getByRole('heading', { name: /Предложено място/ }) })
      .getByText('Иван Колев', { exact: true })
      .waitFor();
    await expectAccessible(page, 'events-04-registrations-bg');
    await page.close();
  });

  it('lets the member accept the offer from the e-mail link, without signing in', async () => {
    const adminPage = await app.signIn(admin, 'admin', '/');
    let link = '';
    await expect
      .poll(async () => {
        const res = await adminPage.request.get(
          `${app.url}/api/v1/admin/outbox?q=${encodeURIComponent(MEMBER_EMAIL)}&pageSize=50`,
        );
        const body = (await res.json()) as { items: { to: string; text: string }[] };
        for (const m of body.items) {
          const hit = /https?:\/\/\S+\/registrations\/[0-9a-f-]{36}\/accept-offer\?token=[^\s)>\]]+/.exec(m.text);
          if (hit) link = hit[0];
        }
        return link;
      })
      .not.toBe('');
    await adminPage.close();

    const page = app.watch(await guest.newPage());
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Приемане на предложеното място' }).waitFor();
    await page.getByRole('button', { name: 'Приемане на мястото' }).click();
    await page.getByText('Готово: мястото е ваше.', { exact: false }).waitFor();
    await page.locator('.badge', { hasText: 'Потвърдена' }).waitFor();
    await page.close();

    // The member's page now shows the confirmed seat with its QR code and check-in code.
    const mine = app.watch(await member.newPage());
    await mine.goto(`${app.url}/events/${workshop.slug}`);
    const card = mine.locator('.registration-card').first();
    await card.locator('.badge').getByText('Потвърдена', { exact: true }).waitFor();
    await card.locator('.registration-card__qr svg').waitFor();
    memberCode = ((await card.locator('.registration-card__code').textContent()) ?? '').trim();
    expect(memberCode).not.toBe('');
    await card.getByRole('link', { name: 'Добавяне в календара' }).waitFor();
    await expectAccessible(mine, 'events-05-confirmed-bg');

    await mine.locator('a.lang-switch').click();
    await mine.getByRole('heading', { name: /^Your registration/ }).waitFor();
    await mine.locator('.registration-card .badge').first().getByText('Confirmed', { exact: true }).waitFor();
    await expectAccessible(mine, 'events-06-event-en');
    await mine.locator('a.lang-switch').click();
    await mine.getByRole('heading', { name: /^Вашата регистрация/ }).waitFor();
    await mine.close();
  });

  it('lets staff check the member in on a phone by typing the code, and refuses the same code twice', async () => {
    expect(memberCode).not.toBe('');
    const phone = await app.browser.newContext({
      locale: 'bg-BG',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await app.signIn(phone, 'staff', `/events/${workshop.slug}/check-in`);
      await page.getByRole('heading', { level: 1, name: 'Регистриране на входа' }).waitFor();
      await page.getByRole('button', { name: 'Сканиране с камерата' }).waitFor();
      await expectAccessible(page, 'events-07-check-in-phone-bg');
      await expectNoSidewaysScroll(page, 'the check-in page');

      // The demo workshop is months ahead: the door says so and checks in only with a reason (kept in the audit).
      await page.getByLabel('Код за вход').fill(memberCode);
      await page.getByRole('button', { name: 'Отбелязване' }).click();
      const offDay = page.locator('.check-in-who__off-day');
      await offDay.getByText(/^Сесията е на .+, а не днес\.$/).waitFor();
      const anyway = page.getByRole('button', { name: 'Отбелязване въпреки това' });
      expect(await anyway.isDisabled()).toBe(true);
      await page.getByLabel('Причина за отбелязване в друг ден').fill('Проба на входа преди събитието');
      await expectAccessible(page, 'events-07b-check-in-off-day-phone-bg');
      await page.locator('a.lang-switch').click();
      await page.getByRole('button', { name: 'Check in anyway' }).waitFor();
      await offDay.getByText(/^The session is on .+, not today\.$/).waitFor();
      await expectAccessible(page, 'events-07c-check-in-off-day-phone-en');
      await page.locator('a.lang-switch').click();
      await anyway.click();
      const ok = page.locator('.check-in-result--ok');
      await ok.getByText('Отбелязан', { exact: true }).waitFor();
      await ok.getByText('Иван Колев', { exact: false }).waitFor();
      await page.locator('.check-in-list .check-in-list__item--in').getByText('Иван Колев', { exact: false }).waitFor();
      await expectAccessible(page, 'events-08-checked-in-phone-bg');

      await page.getByLabel('Код за вход').fill(memberCode);
      await page.getByRole('button', { name: 'Отбелязване' }).click();
      const dup = page.locator('.check-in-result--warn');
      await dup.getByText('Вече е отбелязан – не се брои втори път').waitFor();
      await dup.getByText('Първо отбелязване:', { exact: false }).waitFor();
      await expect(page.locator('.check-in-result--ok').count()).resolves.toBe(0);

      await page.getByLabel('Код за вход').fill('NO-SUCH-CODE');
      await page.getByRole('button', { name: 'Отбелязване' }).click();
      await page.locator('.check-in-result--error').getByText('Непознат код').waitFor();
      await expectNoSidewaysScroll(page, 'the check-in page with a result');

      // A party of three at the demo cybersecurity training: the door asks who came (all ticked); one is absent.
      const training = (await (
        await page.request.get(`${app.url}/api/v1/events/cybersecurity-for-smes`)
      ).json()) as TSummary;
      const party = await page.request.post(`${app.url}/api/v1/events/${training.id}/registrations`, {
        headers: { origin: app.url },
        data: {
          seats: 3,
          answers: { level: 'some' },
          attendeeNames: PARTY,
          contactName: 'Петър Стоянов',
          contactEmail: 'petar.stoyanov@example.bg',
        },
      });
      expect(party.status(), await party.text()).toBe(201);
      const partyCode = ((await party.json()) as { code: string }).code;
      await page.goto(`${app.url}/events/${training.slug}/check-in`);
      await page.getByRole('heading', { level: 1, name: 'Регистриране на входа' }).waitFor();
      // Typed in lower case, in groups: the same code.
      await page
        .getByLabel('Код за вход')
        .fill(`${partyCode.slice(0, 5).toLowerCase()}-${partyCode.slice(5).toLowerCase()}`);
      await page.getByRole('button', { name: 'Отбелязване' }).click();
      const who = page.locator('.check-in-who');
      await who.locator('legend', { hasText: 'Петър Стоянов' }).waitFor();
      for (const name of PARTY) expect(await who.getByLabel(name).isChecked()).toBe(true);
      await who.getByLabel(PARTY[1]).uncheck();
      await who.getByLabel('Причина за отбелязване в друг ден').fill('Проба на входа преди събитието');
      await expectAccessible(page, 'events-09-check-in-party-phone-bg');
      await expectNoSidewaysScroll(page, 'the check-in page asking who came');
      await who.getByRole('button', { name: 'Отбелязване на 2 души' }).click();
      const partyOk = page.locator('.check-in-result--ok');
      await partyOk.getByText('2 от 3 души').waitFor();
      await partyOk.getByText(`${PARTY[0]}, ${PARTY[2]}`).waitFor();
      const partyRow = page.locator('.check-in-list .check-in-list__item--in', {
        has: page.getByText('Петър Стоянов', { exact: true }),
      });
      await partyRow.locator('.check-in-list__names').getByText(`${PARTY[0]}, ${PARTY[2]}`).waitFor();
      await expectAccessible(page, 'events-10-check-in-party-done-phone-bg');
      await page.close();
    } finally {
      await phone.close();
    }
    expect(app.problems).toEqual([]);
  });
});
