/** Staff: every assessment, filtered in the URL and paged, with the Commission results files out and in. */
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { useHead } from '../../../shared/lib/head';
import type { TPage } from '../../../../src/contract/common';
import { AssessmentFilters } from '../components/AssessmentFilters';
import { AssessmentsTable } from '../components/AssessmentsTable';
import { ExportPanel } from '../components/ExportPanel';
import { ImportPanel } from '../components/ImportPanel';
import { assessmentFiltersToSearch, isFiltered, parseAssessmentFilters } from '../filters';
import { assessmentsApiPath } from '../model/assessments-query';
import { isStaff } from '../staff';
import type { TAssessmentSummary } from '../../../../src/contract/assessments';

export function AssessmentsPage() {
  const { t } = useTranslation();
  useHead(t('assessments.list.allTitle'));
  return (
    <div className="container section">
      <RequireAuth allow={isStaff}>
        <div className="page-head">
          <h1>{t('assessments.list.allTitle')}</h1>
        </div>
        <AssessmentSearch />
        <div className="assessment-files">
          <ExportPanel />
          <ImportPanel />
        </div>
      </RequireAuth>
    </div>
  );
}

function AssessmentSearch() {
  const { t } = useTranslation();
  const { filters, update, q, setQ, clear } = useUrlFilters(parseAssessmentFilters, assessmentFiltersToSearch);
  const list = useApi<TPage<TAssessmentSummary>>(assessmentsApiPath(filters));
  const filtered = isFiltered(filters);

  return (
    <>
      <AssessmentFilters filters={filters} q={q} setQ={setQ} update={update} clear={clear} filtered={filtered} />
      <PagedList
        state={list}
        empty={<p>{filtered ? t('assessments.list.emptyFiltered') : t('assessments.list.emptyAll')}</p>}
        onPage={(p) => update({ page: p })}
      >
        {(data) => <AssessmentsTable items={data.items} />}
      </PagedList>
    </>
  );
}
