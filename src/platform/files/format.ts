/**
 * How scores, changes and dates read in the report. Scores keep full precision until shown; the
 * Commission's convention is one decimal, half up (roundScore).
 */
import { roundScore } from '../../domain/dma/scoring';

export type TReportLocale = 'bg' | 'en';

/** One decimal, half away from zero, so +0.55 and −0.55 read 0.6 and −0.6. */
export function roundSigned(x: number): number {
  const r = roundScore(Math.abs(x));
  return r === 0 ? 0 : Math.sign(x) * r;
}

const decimal = (text: string, locale: TReportLocale) => (locale === 'bg' ? text.replace('.', ',') : text);

/** 41.7619 → "41,8" (bg) / "41.8" (en). */
export function formatScore(score: number, locale: TReportLocale): string {
  return decimal(roundScore(score).toFixed(1), locale);
}

/** A change between stages with its sign: "+3,2", "−1,0" (typographic minus), "0,0". */
export function formatChange(delta: number, locale: TReportLocale): string {
  const r = roundSigned(delta);
  const text = decimal(Math.abs(r).toFixed(1), locale);
  if (r > 0) return `+${text}`;
  if (r < 0) return `\u2212${text}`;
  return text;
}

const SOFIA_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Sofia',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Sofia: dd.mm.yyyy (bg) or yyyy-mm-dd (en). */
export function formatDate(date: Date, locale: TReportLocale): string {
  const parts = Object.fromEntries(SOFIA_DATE.formatToParts(date).map((p) => [p.type, p.value]));
  return locale === 'bg' ? `${parts.day}.${parts.month}.${parts.year}` : `${parts.year}-${parts.month}-${parts.day}`;
}
