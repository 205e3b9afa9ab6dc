/**
 * Staff: records an event's checked-in attendance as deliveries with their state aid, one per organisation — "skills
 * and training" for trainings, workshops and seminars, "innovation ecosystem and networking" for forums, hackathons and
 * matchmaking — and shows what was recorded and what the aid ledger refused. Recording again adds nothing. Offered once
 * the last session has ended; never for a general meeting (no service to anyone).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { deliveryCategoryOfEventType } from '../../../../src/domain/events/attendance';
import { formatDateTime } from '../../../shared/lib/format';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { useAction } from '../../../shared/hooks/use-action';
import { useSession } from '../../../shared/session/session';
import { recordAttendance } from '../api';
import type { TAttendanceResult, TEvent, TRegistration } from '../../../../src/contract/events';
import { EventError } from './EventError';
import { deliveryCategoryKey } from '../../services/enum-labels';

export function AttendanceSection({
  event,
  registrations,
  now = new Date(),
}: {
  event: Pick<TEvent, 'id' | 'type' | 'lastEndsAt'>;
  registrations: TRegistration[];
  now?: Date;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const action = useAction();
  const [result, setResult] = useState<TAttendanceResult | null>(null);
  const eventId = event.id;
  const category = deliveryCategoryOfEventType(event.type);
  const over = !!event.lastEndsAt && Date.parse(event.lastEndsAt) <= now.getTime();

  // The result names organisations by id; the registrations know their names.
  const names = new Map<string, string>();
  for (const r of registrations)
    if (r.organisationId && r.organisationName) names.set(r.organisationId, r.organisationName);
  const nameOf = (id: string) => names.get(id) ?? id;

  const categoryText = category ? t(deliveryCategoryKey(category)) : '';

  const record = async () => {
    const ok = await confirm(t('events.attendance.confirm', { category: categoryText }), {
      confirmLabel: t('events.attendance.record'),
      danger: false,
    });
    if (!ok) return;
    const r = await action.run(() => recordAttendance(eventId));
    if (r) setResult(r);
  };

  return (
    <section className="panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('events.attendance.title')}</h2>
      {category ? (
        <>
          <p>{t('events.attendance.help', { category: categoryText })}</p>
          {over ? null : (
            <p className="muted">{t('events.attendance.notOver', { end: formatDateTime(event.lastEndsAt, locale) })}</p>
          )}
          <EventError error={action.error} />
          <button
            type="button"
            className="button button--secondary"
            disabled={action.busy || !over}
            onClick={() => void record()}
          >
            {t('events.attendance.record')}
          </button>
        </>
      ) : (
        <p>{t('events.attendance.noService')}</p>
      )}
      {result ? (
        <div role="status" className="attendance-result">
          {result.recorded.length === 0 && result.refused.length === 0 ? <p>{t('events.attendance.nothing')}</p> : null}
          {result.recorded.length ? (
            <>
              <h3 id="attendance-recorded">{t('events.attendance.recorded')}</h3>
              <ul className="plain-list" aria-labelledby="attendance-recorded">
                {result.recorded.map((r) => (
                  <li key={r.organisationId}>
                    <strong>{nameOf(r.organisationId)}</strong>:{' '}
                    {t('events.attendance.attendees', { count: r.attendees })} ·{' '}
                    {t('events.attendance.aid', { amount: formatEur(r.aidCents, locale) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {result.refused.length ? (
            <>
              <h3 id="attendance-refused">{t('events.attendance.refused')}</h3>
              <ul className="plain-list" aria-labelledby="attendance-refused">
                {result.refused.map((r) => (
                  <li key={r.organisationId}>
                    <strong>{nameOf(r.organisationId)}</strong>: {r.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
