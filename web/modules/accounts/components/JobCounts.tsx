import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { JOB_STATE_VALUES } from '../../../../src/contract/jobs';
import type { TJobCount } from '../../../../src/contract/accounts/schemas';
import { formatNumber } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { countRows, jobFiltersToSearch } from '../model/jobs';

/** Jobs per queue and state; each count opens the list filtered to that queue and state. */
export function JobCounts({ counts }: { counts: readonly TJobCount[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const rows = countRows(counts);
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="job-counts-caption">
      <table className="table">
        <caption id="job-counts-caption">{t('admin.jobs.countsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.jobs.queue')}</th>
            {JOB_STATE_VALUES.map((s) => (
              <th scope="col" className="num" key={s}>
                {t(`admin.jobs.states.${s}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('admin.jobs.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.queue}>
              <th scope="row">
                <Link to={`/admin/jobs${jobFiltersToSearch({ queue: r.queue, state: '', page: 1 })}`}>
                  <code>{r.queue}</code>
                </Link>
              </th>
              {JOB_STATE_VALUES.map((s) => (
                <td className="num" key={s}>
                  {r.byState[s] > 0 ? (
                    <Link
                      to={`/admin/jobs${jobFiltersToSearch({ queue: r.queue, state: s, page: 1 })}`}
                      className={s === 'failed' ? 'badge badge--warn' : undefined}
                    >
                      {formatNumber(r.byState[s], locale)}
                      <span className="visually-hidden">
                        {' — '}
                        {t('admin.jobs.filterBy', { state: t(`admin.jobs.states.${s}`), queue: r.queue })}
                      </span>
                    </Link>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              ))}
              <td className="num">{formatNumber(r.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
