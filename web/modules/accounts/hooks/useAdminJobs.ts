/** The jobs page's data: counts and one page of jobs for the filters, and retrying a failed job after a confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src/contract/common';
import type { TAdminJob, TAdminJobs } from '../../../../src/contract/accounts/schemas';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { api, withQuery } from '../../../shared/lib/api';
import type { TJobFilters } from '../model/jobs';

export function useAdminJobs(filters: TJobFilters) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const action = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const list = useApi<TAdminJobs>(
    withQuery('/api/v1/admin/jobs', {
      state: filters.state,
      queue: filters.queue,
      page: filters.page,
      pageSize: LIMITS.pageSizeDefault,
    }),
  );

  const retry = async (job: TAdminJob) => {
    const names = { queue: job.queue, id: job.id };
    const ok = await confirm(t('admin.jobs.confirmRetry', { ...names, max: job.maxAttempts }), {
      confirmLabel: t('admin.jobs.retry'),
      danger: false,
    });
    if (!ok) return;
    setNotice(null);
    const retried = await action.run(() =>
      api<TAdminJob>('POST', `/api/v1/admin/jobs/${encodeURIComponent(job.id)}/retry`),
    );
    if (retried) {
      // The row shows its new state at once; the reload brings the counts (and a refused job's real state).
      if (list.data) list.setData({ ...list.data, items: list.data.items.map((j) => (j.id === job.id ? retried : j)) });
      setNotice(t('admin.jobs.retried', names));
    }
    list.reload();
  };

  return { list, action, notice, retry };
}
