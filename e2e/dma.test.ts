/**
 * The digital maturity journey in a real browser on the real app: an anonymous self-check in
 * Bulgarian; a customer member fills their organisation's assessment over two visits (saved after
 * each section, resumed after a reload) and submits it as T0; hub staff fill one on the customer's
 * behalf as T1; the results page compares the stages, the PDF report carries the organisation's name,
 * and the staff list exports and re-imports the Commission file. Every page checked is axe-clean; the
 * self-check result and the results page are captured in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BG_DESKTOP, expectAccessible, useE2eApp } from './support/app';

const app = useE2eApp();

/**
 * Answers every question of the section on screen. `level` (1–5) sets how much is ticked: the first
 * `level` options of a list, level `level` on each scale row, and no/partial/yes rising with it.
 * SME Q7 option 2 ("not collected digitally") is exclusive and never ticked here.
 */
async function fillSection(page: Page, level: number): Promise<void> {
  const questions = page.locator('.dma-section fieldset.dma-question');
  await questions.first().waitFor();
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    const kind = (await q.getAttribute('class')) ?? '';
    const qid = (await q.getAttribute('id')) ?? '';
    if (kind.includes('dma-question--checkbox') || kind.includes('dma-question--matrix2')) {
      const boxes = q.locator('input[type="checkbox"]');
      const count = await boxes.count();
      let ticked = 0;
      for (let k = 0; k < count && ticked < level; k++) {
        const box = boxes.nth(k);
        if (qid.endsWith('-Q7') && (await box.getAttribute('id'))?.endsWith('-o2')) continue;
        await box.check();
        ticked++;
      }
    } else {
      const rows = q.locator('.dma-grid__row');
      const count = await rows.count();
      for (let r = 0; r < count; r++) {
        const radios = rows.nth(r).locator('input[type="radio"]');
        const choices = await radios.count();
        // Scale rows have six levels (0–5), tristate rows three values.
        await radios.nth(choices > 3 ? level : Math.min(2, Math.floor(level / 2))).check();
      }
    }
  }
}

/** Every text of a PDF, through pdf.js (the same text a reader can select and copy). */
async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const parts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return parts.join('\n').replace(/\s+/g, ' ');
}

describe('digital maturity: self-check → member T0 → staff T1 → results, report, Commission file', () => {
  let member: BrowserContext;
  let staff: BrowserContext;
  /** /organisations/<Pro Drone Sys>/assessments, found by the member. */
  let resultsPath = '';

  beforeAll(async () => {
    member = await app.browser.newContext(BG_DESKTOP);
    staff = await app.browser.newContext(BG_DESKTOP);
  });
  afterAll(async () => {
    await member?.close();
    await staff?.close();
  });

  it('runs the anonymous self-check in Bulgarian to the result radar', async () => {
    const visitor = await app.browser.newContext(BG_DESKTOP);
    const page = app.watch(await visitor.newPage());
    await page.goto(`${app.url}/dma`);
    await page.getByRole('heading', { level: 1, name: 'Проверете дигиталната си зрялост' }).waitFor();
    await page.getByRole('button', { name: 'Започнете като предприятие' }).click();
    for (let s = 1; s <= 6; s++) {
      await page.locator(`#dma-D${s}-title`).waitFor();
      await fillSection(page, 3);
      await page.getByRole('button', { name: s < 6 ? 'Следващ раздел' : 'Вижте резултата' }).click();
    }
    await page.getByRole('heading', { name: 'Вашият резултат' }).waitFor();
    await page.locator('.dma-radar__svg').first().waitFor();
    await expect(page.locator('.dma-result__number').first().textContent()).resolves.toMatch(/^\d{1,3},\d$/);
    await expectAccessible(page, 'dma-01-self-check-result-bg');

    // The same result in English: the answers stay in the tab, the texts change language.
    await page.locator('a.lang-switch').click();
    await page.getByRole('heading', { name: 'Your result', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('.dma-radar__svg').first().waitFor();
    await expect(page.locator('.dma-result__number').first().textContent()).resolves.toMatch(/^\d{1,3}\.\d$/);
    await expectAccessible(page, 'dma-01b-self-check-result-en');
    await visitor.close();
  });

  it('lets the member fill two sections, resume after a reload, and submit T0', async () => {
    const page = await app.signIn(member, 'member', '/organisations');
    await page.getByRole('link', { name: 'Про Дрон Сис' }).click();
    await page.getByRole('heading', { level: 1, name: 'Про Дрон Сис' }).waitFor();
    await page.getByRole('link', { name: 'Оценки на дигиталната зрялост' }).click();
    await page.getByRole('heading', { level: 1, name: 'Дигитална зрялост' }).waitFor();
    resultsPath = new URL(page.url()).pathname;
    expect(resultsPath).toMatch(/^\/organisations\/[0-9a-f-]{36}\/assessments$/);
    await page.getByText('Все още няма оценка.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Започни оценка' }).first().click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    const fillUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Оценка на дигиталната зрялост' }).waitFor();

    for (const s of [1, 2]) {
      await page.locator(`#assessment-D${s}-title`).waitFor();
      await fillSection(page, 2);
      await page.getByRole('button', { name: 'Запази и продължи' }).click();
      await page.locator(`#assessment-D${s + 1}-title`).waitFor();
      await page.locator('.assessment-form__status').getByText('Записано', { exact: false }).waitFor();
    }

    // Resume: a reload opens the first incomplete section, and the saved answers are there.
    await page.reload();
    await page.locator('#assessment-D3-title').waitFor();
    await page.locator('.dma-stepper__progress').getByText('завършени 2 от 6', { exact: false }).waitFor();
    await page.locator('.dma-stepper__button').first().click();
    await page.locator('#assessment-D1-title').waitFor();
    expect(await page.locator('#assessment-Q1 input[type="checkbox"]').first().isChecked()).toBe(true);
    expect(await page.locator('#assessment-Q2 input[type="checkbox"]').nth(1).isChecked()).toBe(true);

    // Away and back through the results page: "Continue draft" leads to the same draft.
    await page.goto(`${app.url}${resultsPath}`);
    await page.getByRole('link', { name: 'Продължи черновата' }).click();
    await page.waitForURL(fillUrl);
    await page.locator('#assessment-D3-title').waitFor();

    for (const s of [3, 4, 5]) {
      await page.locator(`#assessment-D${s}-title`).waitFor();
      await fillSection(page, 2);
      await page.getByRole('button', { name: 'Запази и продължи' }).click();
    }
    await page.locator('#assessment-D6-title').waitFor();
    await fillSection(page, 2);
    await page.getByText('Ще бъде записана като T0.').waitFor();
    await expectAccessible(page, 'dma-02-fill-last-section-bg');

    // Submitting is irreversible: it asks first, and cancelling leaves the draft as it was.
    await page.getByRole('button', { name: 'Подай оценката' }).click();
    const confirmDialog = page.getByRole('dialog', { name: 'Потвърждение' });
    await confirmDialog.getByText('не може да се променя', { exact: false }).waitFor();
    await expectAccessible(page, 'dma-02b-confirm-submit-bg');
    await confirmDialog.getByRole('button', { name: 'Отказ' }).click();
    await confirmDialog.waitFor({ state: 'detached' });
    await page.getByText('Ще бъде записана като T0.').waitFor();
    await page.getByRole('button', { name: 'Подай оценката' }).click();
    await confirmDialog.getByRole('button', { name: 'Подай оценката' }).click();
    await page.getByText('Оценката е подадена и записана като T0.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Оценка на дигиталната зрялост T0' }).waitFor();
    await page.getByRole('heading', { name: 'Данни за клиента (Модул 1)' }).waitFor();
    await page.locator('.dma-radar__svg').first().waitFor();
    await expectAccessible(page, 'dma-03-submitted-t0-bg');
    await page.close();
  });

  it('lets staff fill one on the customer’s behalf and record it as T1', async () => {
    expect(resultsPath).not.toBe('');
    const page = await app.signIn(staff, 'staff', resultsPath);
    await page.locator('.stage-list').getByText('T0', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Започни оценка' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await page.locator('.assessment-page__meta').getByText('С помощ от екипа').waitFor();
    for (let s = 1; s <= 6; s++) {
      await page.locator(`#assessment-D${s}-title`).waitFor();
      await fillSection(page, 4);
      if (s < 6) await page.getByRole('button', { name: 'Запази и продължи' }).click();
    }
    // Staff choose the stage; it defaults to the next one not yet recorded.
    await expect(page.getByLabel('Етап').inputValue()).resolves.toBe('T1');
    await page.getByRole('button', { name: 'Подай оценката' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Подай оценката' }).click();
    await page.getByText('Оценката е подадена и записана като T1.').waitFor();
    await page.close();
  });

  it('lets staff correct the submitted T0 with a reason, keeping the history', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}${resultsPath}`);
    await page.locator('.stage-list').getByRole('link', { name: 'Отвори T0' }).click();
    await page.getByRole('heading', { level: 1, name: 'Оценка на дигиталната зрялост T0' }).waitFor();
    await page.getByRole('button', { name: 'Корекция на отговорите' }).click();
    await page.locator('#assessment-D1-title').waitFor();
    // Prefilled with the submitted answers.
    expect(await page.locator('#assessment-Q2 input[type="checkbox"]').first().isChecked()).toBe(true);
    await page.locator('#assessment-Q2 input[type="checkbox"]').nth(4).check();
    await page.getByRole('button', { name: 'Запази корекцията' }).click();
    await page.getByText('Посочете причина от поне 5 знака.').waitFor();
    await page.getByLabel('Причина за корекцията').fill('Клиентът уточни готовността си за дигитализация.');
    await page.getByRole('button', { name: 'Запази корекцията' }).click();
    await page.getByText('Корекцията е записана и резултатът е преизчислен.').waitFor();
    const history = page.locator('.corrections');
    await history.getByText('Клиентът уточни готовността си за дигитализация.').waitFor();
    await expect(history.textContent()).resolves.toContain('29,6');
    // The replaced answers, folded away: Q2 is marked as changed.
    await history.getByText('Предишни отговори').click();
    await history.getByText('(променен е 1 въпрос)').waitFor();
    const q2 = history.locator('.details__item').filter({ hasText: 'Въпрос 2:' });
    await q2.getByText('променен', { exact: true }).waitFor();
    await expectAccessible(page, 'dma-03b-corrections-history-bg');
    await page.close();
  });

  it('shows T0 and T1 on one radar with the change per dimension, and a PDF report with the name', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}${resultsPath}`);
    await page.getByRole('heading', { level: 1, name: 'Дигитална зрялост' }).waitFor();
    const stages = page.locator('.stage-list');
    await stages.getByText('T0', { exact: true }).waitFor();
    await stages.getByText('T1', { exact: true }).waitFor();
    const legend = page.locator('.dma-radar__legend');
    await expect(legend.textContent()).resolves.toMatch(/T0.*T1/);
    const changes = page.locator('.changes-table');
    await changes.getByRole('columnheader', { name: 'T1 − T0' }).waitFor();
    // More was ticked at T1 than at T0: the overall change is positive.
    await expect(changes.locator('.changes-table__overall td').first().textContent()).resolves.toMatch(/^\+\d/);
    await page.getByText('Услугите, които хъбът предоставя', { exact: false }).waitFor();
    await page.getByText('поне 5 други организации', { exact: false }).waitFor();
    await expectAccessible(page, 'dma-04-results-bg');

    const href = await page
      .locator('.stage-card')
      .first()
      .locator('a.report-link[href*="lang=bg"]')
      .getAttribute('href');
    expect(href).toBeTruthy();
    const res = await page.request.get(`${app.url}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const pdf = await res.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(pdfText(pdf)).resolves.toContain('Про Дрон Сис');
    await page.close();
  });

  it('fits the fill page on a phone, and a draft can be discarded', async () => {
    const page = app.watch(await staff.newPage());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}${resultsPath}`);
    await page.getByRole('button', { name: 'Започни оценка' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await page.locator('#assessment-D1-title').waitFor();
    await fillSection(page, 1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'the fill page scrolls sideways').toBeLessThanOrEqual(0);
    await expectAccessible(page, 'dma-05-phone-fill-bg');

    await page.getByRole('button', { name: 'Изтрий черновата' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Изтрий черновата' }).click();
    await page.waitForURL(`${app.url}${resultsPath}`);
    await page.getByRole('button', { name: 'Започни оценка' }).first().waitFor();
    await page.close();
  });

  it('switches the results page to English', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}${resultsPath}`);
    await page.getByRole('heading', { level: 1, name: 'Дигитална зрялост' }).waitFor();
    await page.locator('a.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Digital maturity' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { name: 'Change between stages' }).waitFor();
    await expectAccessible(page, 'dma-06-results-en');
    await page.close();
  });

  it('lists every assessment for staff, exports the Commission file and reconciles it back', async () => {
    const page = app.watch(await staff.newPage());
    await page.goto(`${app.url}/assessments`);
    await page.getByRole('heading', { level: 1, name: 'Digital maturity assessments' }).waitFor();
    await page.getByLabel('Stage').selectOption('T1');
    await page.waitForURL(/stage=T1/);
    const row = page.getByRole('row').filter({ hasText: 'Про Дрон Сис' });
    // Unfiltered, the organisation has two rows (T0, T1); the stage filter leaves one.
    await expect.poll(() => row.count()).toBe(1);
    await expect(row.textContent()).resolves.toContain('T1');
    await expect(row.textContent()).resolves.toContain('Staff-assisted');

    const csv = await page.request.get(`${app.url}/api/v1/dma/exports/sme?format=csv`);
    expect(csv.status()).toBe(200);
    const body = await csv.body();
    expect(body.toString('utf8')).toContain('DMA Timing');

    await page
      .getByLabel('Results file')
      .setInputFiles({ name: 'My SMEs DMA Results.csv', mimeType: 'text/csv', buffer: body });
    await page.getByRole('button', { name: 'Upload and compare' }).click();
    await page.getByText('All scores match', { exact: false }).waitFor();
    await expectAccessible(page, 'dma-07-staff-list-en');
    await page.close();
  });

  it('raised no console errors or hydration mismatches', () => {
    expect(app.problems).toEqual([]);
  });
});
