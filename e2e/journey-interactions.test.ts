/**
 * Issue 10 item 16 in the browser: the demo customer registers Pro Drone Sys for a workshop and books the cyber range;
 * both show on the organisation's journey, translated, beside requests and assessments. Photographed and checked with
 * axe in Bulgarian and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BG_DESKTOP, expectAccessible, useE2eApp } from './support/app';

const app = useE2eApp();

async function call(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ([m, u, b]) => {
      const res = await fetch(u as string, {
        method: m as string,
        headers: b === undefined ? {} : { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: res.status, json: await res.json() };
    },
    [method, url, body] as const,
  );
}

/** The next Monday at 10:00 Sofia time (08:00 UTC in winter, 07:00 in summer: 08:00 UTC is inside 9–17 either way). */
function nextMonday(): { startsAt: string; endsAt: string } {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  const day = d.toISOString().slice(0, 10);
  return { startsAt: `${day}T08:00:00Z`, endsAt: `${day}T09:00:00Z` };
}

describe('the journey shows events and bookings', () => {
  let customer: BrowserContext;
  let page: Page;
  let proDrone = '';

  beforeAll(async () => {
    customer = await app.browser.newContext(BG_DESKTOP);
    page = await app.signIn(customer, 'member', '/organisations');
    const mine = (await call(page, 'GET', '/api/v1/organisations')).json as {
      items: { id: string; legalNameBg: string }[];
    };
    proDrone = mine.items.find((o) => o.legalNameBg.startsWith('Про Дрон'))!.id;
    const event = (await call(page, 'GET', '/api/v1/events/ai-in-manufacturing-workshop')).json as { id: string };
    const registered = await call(page, 'POST', `/api/v1/events/${event.id}/registrations`, {
      organisationId: proDrone,
      seats: 1,
    });
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    const resource = (await call(page, 'GET', '/api/v1/resources/cyber-range')).json as { id: string };
    const booked = await call(page, 'POST', `/api/v1/resources/${resource.id}/bookings`, {
      organisationId: proDrone,
      ...nextMonday(),
    });
    expect(booked.status, JSON.stringify(booked.json)).toBe(201);
  });
  afterAll(async () => customer?.close());

  it('lists the registration and the booking in Bulgarian and in English', async () => {
    await page.goto(`${app.url}/organisations/${proDrone}/journey`);
    const timeline = page.locator('ol.journey');
    await timeline
      .getByRole('heading', { name: 'Регистрация за събитие: Изкуствен интелект в производството: работилница' })
      .waitFor();
    await timeline.getByRole('heading', { name: 'Резервация на съоръжение: Киберполигон' }).waitFor();
    await page.getByText('регистрации за събития: 1, резервации: 1').waitFor();
    await expectAccessible(page, 'own-11-journey-events-bg');
    expect((await call(page, 'PATCH', '/api/v1/me', { locale: 'en' })).status).toBe(200);
    await page.reload();
    await timeline.getByRole('heading', { name: 'Registered for an event: AI in manufacturing: a workshop' }).waitFor();
    await timeline.getByRole('heading', { name: 'Facility booking: Cyber range' }).waitFor();
    await timeline.getByRole('link', { name: 'Open the facility' }).waitFor();
    await expectAccessible(page, 'own-12-journey-events-en');
    expect(app.problems).toEqual([]);
  });
});
