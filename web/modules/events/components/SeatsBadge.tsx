/** Seats left, or "waiting list" when the event is full (new registrations join the waiting list). */
import { useTranslation } from 'react-i18next';
import { seatsState } from '../texts';
import type { TEventSummary } from '../../../../src/contract/events';

export function SeatsBadge({ event }: { event: Pick<TEventSummary, 'capacity' | 'seatsLeft' | 'waitlistCount'> }) {
  const { t } = useTranslation();
  const s = seatsState(event);
  if (s.kind === 'unlimited') return <span className="badge badge--info">{t('events.seats.unlimited')}</span>;
  if (s.kind === 'left') return <span className="badge badge--ok">{t('events.seats.left', { count: s.count })}</span>;
  return <span className="badge badge--warn">{t('events.seats.waitlist', { count: s.waiting })}</span>;
}
