/** One booking, event session or closure on the calendar: its time, title and a link to where it comes from. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localTitle } from '../../facilities/texts';
import type { TCalendarItem } from '../../../../src/contract/facilities';
import { timeLabel } from '../grid';

export interface TCalendarEntryProps {
  item: TCalendarItem;
  /** The day the entry is shown under (times beyond it show as the day's edge). */
  date: string;
  locale: string;
  /** The resource page of an item's resource, when known. */
  resourceSlug?: (resourceId: string) => string | undefined;
}

export function entryHref(item: TCalendarItem, resourceSlug?: (id: string) => string | undefined): string | null {
  if (item.kind === 'event' && item.eventSlug) return `/events/${item.eventSlug}`;
  const slug = item.resourceId ? resourceSlug?.(item.resourceId) : undefined;
  return slug ? `/facilities/${slug}` : null;
}

export function CalendarEntry({ item, date, locale, resourceSlug }: TCalendarEntryProps) {
  const { t } = useTranslation();
  const href = entryHref(item, resourceSlug);
  const title = localTitle(item.title, locale);
  // Others' bookings come as plain "busy" to those who may not see whose they are.
  const tentative = item.kind === 'booking' && item.status === 'pending';
  const status =
    item.kind !== 'booking' || !item.status || item.status === 'confirmed'
      ? null
      : item.status === 'busy'
        ? t('facilities.availability.busy')
        : t(`facilities.status.${item.status}`);
  const body = (
    <>
      <span className="cal-entry__time">{timeLabel(item, date)}</span>{' '}
      <span className="cal-entry__kind visually-hidden">{t(`calendar.kinds.${item.kind}`)}: </span>
      <span className="cal-entry__title">{title}</span>
      {status ? <span className="cal-entry__status"> ({status})</span> : null}
    </>
  );
  return (
    <div className={`cal-entry cal-entry--${item.kind}${tentative ? ' cal-entry--tentative' : ''}`}>
      {href ? <Link to={href}>{body}</Link> : body}
    </div>
  );
}
