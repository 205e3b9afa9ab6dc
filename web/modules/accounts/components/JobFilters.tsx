import { useTranslation } from 'react-i18next';
import { JOB_STATE_VALUES, type TJobStateValue } from '../../../../src/contract/jobs';
import type { TJobCount } from '../../../../src/contract/accounts/schemas';
import { SelectField } from '../../../shared/components/Field';
import type { TUrlFiltersState } from '../../../shared/hooks/use-url-filters';
import { queueOptions, type TJobFilters } from '../model/jobs';

/** The job list's filters: state and queue (the queues that have jobs). */
export function JobFilters({ state, counts }: { state: TUrlFiltersState<TJobFilters>; counts: readonly TJobCount[] }) {
  const { t } = useTranslation();
  const { filters, update, clear } = state;
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('admin.jobs.filtersLabel')}
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectField
        id="job-state"
        label={t('admin.jobs.state')}
        value={filters.state}
        onValue={(v) => update({ state: v as '' | TJobStateValue })}
        options={JOB_STATE_VALUES.map((s) => ({ value: s, label: t(`admin.jobs.states.${s}`) }))}
        placeholder={t('common.all')}
      />
      <SelectField
        id="job-queue"
        label={t('admin.jobs.queue')}
        value={filters.queue}
        onValue={(v) => update({ queue: v })}
        options={queueOptions(counts, filters.queue).map((q) => ({ value: q, label: q }))}
        placeholder={t('common.all')}
      />
      {filters.state || filters.queue ? (
        <button type="button" className="button button--ghost filters__clear" onClick={clear}>
          {t('admin.jobs.reset')}
        </button>
      ) : null}
    </form>
  );
}
