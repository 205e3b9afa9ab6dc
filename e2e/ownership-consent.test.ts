/**
 * Issue 10 item 1 in the browser: the demo customer (owner of Pro Drone Sys) names Adrona as its owner. The link waits
 * on both organisation pages — outgoing for the customer (withdraw), incoming for staff (confirm or decline) — and
 * takes effect only once confirmed. Photographed and checked with axe in Bulgarian and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BG_DESKTOP, expectAccessible, useE2eApp } from './support/app';

const app = useE2eApp();

/** A same-origin API call from the page, so the browser sends Origin and the session cookie as the app does. */
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

async function useEnglish(page: Page): Promise<void> {
  expect((await call(page, 'PATCH', '/api/v1/me', { locale: 'en' })).status).toBe(200);
  await page.reload();
}

describe('a pending ownership link', () => {
  let customer: BrowserContext;
  let staff: BrowserContext;
  let member: Page;
  let hub: Page;
  let proDrone = '';
  let adrona = '';

  beforeAll(async () => {
    customer = await app.browser.newContext(BG_DESKTOP);
    staff = await app.browser.newContext(BG_DESKTOP);
    member = await app.signIn(customer, 'member', '/organisations');
    hub = await app.signIn(staff, 'staff', '/organisations');
    const mine = (await call(member, 'GET', '/api/v1/organisations')).json as {
      items: { id: string; legalNameBg: string }[];
    };
    proDrone = mine.items.find((o) => o.legalNameBg.startsWith('Про Дрон'))!.id;
    const found = (await call(hub, 'GET', `/api/v1/organisations/lookup?q=${encodeURIComponent('Адрона')}`)).json as {
      id: string;
    }[];
    adrona = found[0]!.id;
  });
  afterAll(async () => {
    await customer?.close();
    await staff?.close();
  });

  it('waits on the customer’s page without naming the other organisation', async () => {
    const res = await call(member, 'POST', `/api/v1/organisations/${proDrone}/ownership`, {
      ownerId: adrona,
      ownedId: proDrone,
      capitalShare: 40,
      votingShare: 40,
    });
    expect(res.status).toBe(200);
    await member.goto(`${app.url}/organisations/${proDrone}`);
    const pending = member.getByRole('region', { name: 'Чакащи потвърждение' });
    await pending.getByText('друга организация → Про Дрон Сис').waitFor();
    await pending.getByText('Чака потвърждение от другата организация').waitFor();
    await pending.getByRole('button', { name: 'Оттегли' }).waitFor();
    expect(await member.getByRole('table', { name: /Собственици/ }).count()).toBe(0);
    await expectAccessible(member, 'own-01-pending-outgoing-bg');
    await useEnglish(member);
    await member
      .getByRole('region', { name: 'Waiting for confirmation' })
      .getByRole('button', { name: 'Withdraw' })
      .waitFor();
    await expectAccessible(member, 'own-02-pending-outgoing-en');
  });

  it('staff confirm it on the other organisation’s page, and it takes effect', async () => {
    await hub.goto(`${app.url}/organisations/${adrona}`);
    const pending = hub.getByRole('region', { name: 'Чакащи потвърждение' });
    await pending.getByText(/Адрона.* → Про Дрон Сис/).waitFor();
    await expectAccessible(hub, 'own-03-pending-incoming-bg');
    await useEnglish(hub);
    const region = hub.getByRole('region', { name: 'Waiting for confirmation' });
    await region.getByRole('button', { name: 'Confirm' }).waitFor();
    await expectAccessible(hub, 'own-04-pending-incoming-en');
    await region.getByRole('button', { name: 'Confirm' }).click();
    await hub.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await hub
      .getByRole('table', { name: /Holdings/ })
      .getByRole('link', { name: /Про Дрон Сис|Pro Drone/ })
      .waitFor();
    expect(await hub.getByRole('region', { name: 'Waiting for confirmation' }).count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
