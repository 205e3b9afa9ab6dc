/**
 * Dates typed as people write them — "02.03.2026" in Bulgarian, "02/03/2026" in English — instead of the browser's
 * date picker, whose format follows the browser's own language ("mm/dd/yyyy" in an English Chromium). The form
 * still holds ISO days (YYYY-MM-DD); text that is no day yet counts as empty, as in the native date input.
 */

/** The placeholder and separator per language. */
export function datePattern(locale: string): { separator: string; placeholder: string } {
  return locale === 'en'
    ? { separator: '/', placeholder: 'dd/mm/yyyy' }
    : { separator: '.', placeholder: 'дд.мм.гггг' };
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An ISO day from "d.m.yyyy", "dd/mm/yyyy", "dd-mm-yyyy" (day first, as in Bulgaria and the UK) or "yyyy-mm-dd"; null otherwise. */
export function parseDayInput(text: string): string | null {
  const s = text.trim().replace(/\s*г\.?$/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (local) return validDay(Number(local[3]), Number(local[2]), Number(local[1]));
  return null;
}

/** An ISO day as the language writes it ("02.03.2026" / "02/03/2026"); anything else unchanged. */
export function formatDayInput(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const { separator } = datePattern(locale);
  return [m[3], m[2], m[1]].join(separator);
}
