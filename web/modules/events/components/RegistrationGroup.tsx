/** The registrations of one status, as a section of the staff list; the waiting list is ranked. */
import { useTranslation } from 'react-i18next';
import type { TRegistrationGroup } from '../model/registration-groups';
import { RegistrationRow, type TRowActions } from './RegistrationRow';

export function RegistrationGroup({
  group: { status, registrations },
  waitIds,
  actions,
}: {
  group: TRegistrationGroup;
  waitIds: readonly string[];
  actions: TRowActions;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={`regs-${status}`}>
      <h2 id={`regs-${status}`}>
        {t(`events.status.${status}`)} <span className="muted">({registrations.length})</span>
      </h2>
      <ol className={`plain-list registration-rows${status === 'waitlisted' ? ' registration-rows--ranked' : ''}`}>
        {registrations.map((r, index) => (
          <RegistrationRow
            key={r.id}
            registration={r}
            status={status}
            index={index}
            waitIds={waitIds}
            actions={actions}
          />
        ))}
      </ol>
    </section>
  );
}
