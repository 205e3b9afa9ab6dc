/** Services the organisation received between two stages — the link between support and impact. */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/format';
import type { TStageChange } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';

export function ServicesBetween({ changes }: { changes: TStageChange[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const any = changes.some((c) => c.services.length > 0);
  if (!any) return <p className="status status--empty">{t('assessments.results.servicesEmpty')}</p>;
  return (
    <>
      {changes.map((c) => (
        <div key={c.to}>
          <h3>{t('assessments.results.servicesBetween', { from: c.from, to: c.to })}</h3>
          {c.services.length === 0 ? (
            <p className="muted">{t('assessments.results.servicesNone')}</p>
          ) : (
            <ul className="item-list">
              {c.services.map((s) => (
                <li key={s.id} className="item">
                  <span className="item__title">{s.title}</span>
                  <span className="item__meta">{formatDate(s.deliveredAt, locale)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
