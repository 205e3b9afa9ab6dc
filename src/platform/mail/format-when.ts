import { HUB_TIME_ZONE } from '../../domain/state-aid/calendar-date';

/** A moment or a period as a mail's recipient reads it, in their language, on the hub's clock (Europe/Sofia). */
export function formatWhen(locale: string, starts: Date | null, ends: Date | null): string {
  if (!starts) return '';
  const tag = locale === 'en' ? 'en-GB' : 'bg-BG';
  const fmt = new Intl.DateTimeFormat(tag, { timeZone: HUB_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
  return ends ? `${fmt.format(starts)} – ${fmt.format(ends)}` : fmt.format(starts);
}
