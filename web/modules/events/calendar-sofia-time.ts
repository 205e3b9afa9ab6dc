/**
 * Wall-clock arithmetic in the hub's time zone (Europe/Sofia) for the calendar screens. Days are 'YYYY-MM-DD'
 * strings and times 'HH:MM'; instants are converted through Intl so a daylight-saving day has 23 or 25 hours.
 */

export const HUB_TIME_ZONE = 'Europe/Sofia';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: HUB_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Sofia calendar day and wall-clock time of an instant. */
export function sofiaParts(instant: Date | string): { date: string; time: string } {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const p = Object.fromEntries(PARTS.formatToParts(d).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Minutes Sofia is ahead of UTC at `instant` (120 in winter, 180 in summer). */
function offsetMinutes(instant: number): number {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which Sofia's clocks show `date` `time`. A time skipped by the spring change resolves to the
 * instant one hour later on the clock; a repeated autumn hour resolves to its first occurrence.
 */
export function sofiaInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Sofia is UTC+3 in summer and UTC+2 in winter; trying +3 first gives the repeated autumn hour its first instant.
  for (const off of [180, 120]) {
    const guess = wall - off * 60_000;
    if (offsetMinutes(guess) === off) return new Date(guess);
  }
  // Inside the skipped spring hour no offset fits; the winter offset lands one hour later on the new clock.
  return new Date(wall - 120 * 60_000);
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Day of the week, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** Whole minutes from Sofia midnight of `date` to `instant` (may be negative or beyond the day). */
export function minutesIntoDay(date: string, instant: Date | string): number {
  const t = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  return Math.round((t - sofiaInstant(date).getTime()) / 60_000);
}

/** Length of a Sofia day in minutes: 1440, or 1380 / 1500 on the daylight-saving days. */
export function dayLengthMinutes(date: string): number {
  return Math.round((sofiaInstant(addDays(date, 1)).getTime() - sofiaInstant(date).getTime()) / 60_000);
}

/** Today in Sofia. */
export function sofiaToday(now: Date = new Date()): string {
  return sofiaParts(now).date;
}

/** Whether `value` is a 'YYYY-MM-DD' day that exists. */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return addDays(value, 0) === value;
}
