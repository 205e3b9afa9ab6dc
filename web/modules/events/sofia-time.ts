/**
 * Event times are instants in the API and wall-clock times in Europe/Sofia on screen and in forms
 * (a staff member abroad still schedules the hub's 09:30). These convert between the two, DST-correct.
 */
import { TIME_ZONE, intlLocale } from '../../shared/lib/format';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM-DDTHH:MM" in Sofia for an instant (the value of an <input type="datetime-local">). */
export function toSofiaLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = Object.fromEntries(PARTS.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a Sofia wall-clock time. Guesses the offset from UTC, then corrects it by the offset
 * found at the guess (twice, which settles across a DST change). Null when the text is not a time.
 */
export function fromSofiaLocal(local: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let t = wall;
  for (let i = 0; i < 2; i++) {
    const seen = toSofiaLocal(new Date(t).toISOString());
    const sm = LOCAL.exec(seen);
    if (!sm) return null;
    const [sy, smo, sd, sh, smi] = sm.slice(1).map(Number);
    t += wall - Date.UTC(sy, smo - 1, sd, sh, smi);
  }
  return new Date(t).toISOString();
}

/** "14:30" in Sofia. */
export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** "Tue, 3 Mar 2026" in Sofia. */
export function formatDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** A session's span: "Tue, 3 Mar 2026, 09:30–13:00", with both days when it runs past midnight. */
export function formatSpan(startsAt: string, endsAt: string, locale: string): string {
  const sameDay = toSofiaLocal(startsAt).slice(0, 10) === toSofiaLocal(endsAt).slice(0, 10);
  return sameDay
    ? `${formatDay(startsAt, locale)}, ${formatTime(startsAt, locale)}–${formatTime(endsAt, locale)}`
    : `${formatDay(startsAt, locale)}, ${formatTime(startsAt, locale)} – ${formatDay(endsAt, locale)}, ${formatTime(endsAt, locale)}`;
}
