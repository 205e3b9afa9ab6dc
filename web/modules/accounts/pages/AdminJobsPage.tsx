import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { Notice } from '../../../shared/components/Status';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { useHead } from '../../../shared/lib/head';
import { JobCounts } from '../components/JobCounts';
import { JobFilters } from '../components/JobFilters';
import { JobsTable } from '../components/JobsTable';
import { useAdminJobs } from '../hooks/useAdminJobs';
import { jobErrorText, jobFiltersToSearch, parseJobFilters } from '../model/jobs';

export function AdminJobsPage() {
  const { t } = useTranslation();
  useHead(t('admin.jobs.title'));
  return (
    <div className="container section">
      <RequireAuth allow={(me) => me.abilities.admin.jobs}>
        <JobList />
      </RequireAuth>
    </div>
  );
}

function JobList() {
  const { t } = useTranslation();
  const filterState = useUrlFilters(parseJobFilters, jobFiltersToSearch);
  const { filters, update } = filterState;
  const { list, action, notice, retry } = useAdminJobs(filters);
  const counts = list.data?.counts ?? [];
  const filtered = !!(filters.state || filters.queue);

  return (
    <>
      <h1>{t('admin.jobs.title')}</h1>
      <p className="section__lead">{t('admin.jobs.intro')}</p>
      <JobCounts counts={counts} />
      <h2>{t('admin.jobs.listTitle')}</h2>
      <JobFilters state={filterState} counts={counts} />
      {notice ? <Notice>{notice}</Notice> : null}
      {action.error ? (
        <p className="status status--error" role="alert">
          {jobErrorText(t, action.error)}
        </p>
      ) : null}
      <PagedList
        state={list}
        empty={<p>{t(filtered ? 'admin.jobs.emptyFiltered' : 'admin.jobs.empty')}</p>}
        onPage={(p) => update({ page: p })}
      >
        {(data) => <JobsTable items={data.items} busy={action.busy} onRetry={(job) => void retry(job)} />}
      </PagedList>
    </>
  );
}
