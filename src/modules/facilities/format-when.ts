import { HUB_TIME_ZONE } from '../../domain/calendar/zoned-time';

/** A time range as people in the hub read it (Europe/Sofia), e.g. "4 май 2026 г., 09:00 – 11:00". */
export function formatSofiaRange(start: Date, end: Date, locale: 'bg' | 'en'): string {
  const tag = locale === 'en' ? 'en-GB' : 'bg-BG';
  const day = new Intl.DateTimeFormat(tag, { timeZone: HUB_TIME_ZONE, dateStyle: 'long' });
  const time = new Intl.DateTimeFormat(tag, {
    timeZone: HUB_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)}, ${time.format(start)} – ${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}
