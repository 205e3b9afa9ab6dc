import { useTranslation } from 'react-i18next';
import type { TAdminJob } from '../../../../src/contract/accounts/schemas';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { isRetrying, jobTime, stateBadge } from '../model/jobs';

/** One page of jobs: queue and id, state, attempts, times, the last error, and "retry" on a failed one. */
export function JobsTable({
  items,
  busy,
  onRetry,
}: {
  items: readonly TAdminJob[];
  busy: boolean;
  onRetry: (job: TAdminJob) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('admin.jobs.listTitle')}>
      <table className="table jobs-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.jobs.queue')}</th>
            <th scope="col">{t('admin.jobs.state')}</th>
            <th scope="col">{t('admin.jobs.createdAt')}</th>
            <th scope="col">{t('admin.jobs.when')}</th>
            <th scope="col">{t('admin.jobs.lastError')}</th>
            <th scope="col">{t('admin.jobs.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((job) => {
            const time = jobTime(job);
            return (
              <tr key={job.id}>
                <th scope="row">
                  <code>{job.queue}</code>
                  <div className="item__meta">{t('admin.jobs.number', { id: job.id })}</div>
                </th>
                <td>
                  <span className={stateBadge(job.state)}>{t(`admin.jobs.states.${job.state}`)}</span>
                  {isRetrying(job) ? (
                    <div className="jobs-table__retrying">
                      <span className="badge badge--warn">{t('admin.jobs.retrying')}</span>
                    </div>
                  ) : null}
                  <div className="item__meta">
                    {t('admin.jobs.attempts', { attempts: job.attempts, max: job.maxAttempts })}
                  </div>
                </td>
                <td className="jobs-table__time">{formatDateTime(job.createdAt, locale)}</td>
                <td className="jobs-table__time">
                  <div className="item__meta">{t(`admin.jobs.${time.label}`)}</div>
                  {formatDateTime(time.at, locale)}
                </td>
                <td className="jobs-table__error">{job.lastError ?? '—'}</td>
                <td>
                  {job.state === 'failed' && job.retryable ? (
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => onRetry(job)}
                      disabled={busy}
                      aria-label={t('admin.jobs.retryFor', { queue: job.queue, id: job.id })}
                    >
                      {t('admin.jobs.retry')}
                    </button>
                  ) : job.state === 'failed' ? (
                    <span className="item__meta">{t('admin.jobs.samePending')}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
