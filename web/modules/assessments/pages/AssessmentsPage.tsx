/** Staff: every assessment, filtered in the URL and paged, with the Commission results files out and in. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src/contract/common';
import { QUESTIONNAIRE_IDS, STAGES } from '../../../../src/domain/dma/questionnaires';
import { SelectField, TextField } from '../../../shared/components/Field';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { withQuery } from '../../../shared/lib/api';
import { formatDate } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import type { TPage } from '../../../../src/contract/common';
import { ExportPanel } from '../components/ExportPanel';
import { ImportPanel } from '../components/ImportPanel';
import { ScoreWithBand } from '../components/ScoreWithBand';
import {
  ASSESSMENT_STATUSES,
  assessmentFiltersToSearch,
  isFiltered,
  parseAssessmentFilters,
  type TAssessmentFilters,
} from '../filters';
import { isStaff } from '../staff';
import { dmaText } from '../labels';
import type { TAssessmentSummary } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';

export function AssessmentsPage() {
  const { t } = useTranslation();
  useHead(t('assessments.list.allTitle'));
  return (
    <div className="container section">
      <RequireAuth allow={isStaff}>
        <div className="page-head">
          <h1>{t('assessments.list.allTitle')}</h1>
        </div>
        <AssessmentTable />
        <div className="assessment-files">
          <ExportPanel />
          <ImportPanel />
        </div>
      </RequireAuth>
    </div>
  );
}

function AssessmentTable() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { filters, update, q, setQ, clear } = useUrlFilters(parseAssessmentFilters, assessmentFiltersToSearch);

  const path = withQuery('/api/v1/assessments', {
    questionnaire: filters.questionnaire,
    stage: filters.stage,
    status: filters.status,
    q: filters.q,
    page: filters.page,
    pageSize: LIMITS.pageSizeDefault,
  });
  const list = useApi<TPage<TAssessmentSummary>>(path);
  const filtered = isFiltered(filters);

  return (
    <>
      <form
        className="filters"
        role="search"
        aria-label={t('assessments.list.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="filter-q"
          type="search"
          label={t('assessments.list.search')}
          hint={t('assessments.list.searchHint')}
          value={q}
          onValue={setQ}
          maxLength={LIMITS.searchMax}
        />
        <SelectField
          id="filter-questionnaire"
          label={t('assessments.fields.questionnaire')}
          value={filters.questionnaire}
          onValue={(v) => update({ questionnaire: v as TAssessmentFilters['questionnaire'] })}
          options={QUESTIONNAIRE_IDS.map((v) => ({ value: v, label: dmaText(t, `questionnaires.${v}.short`) }))}
          placeholder={t('common.all')}
        />
        <SelectField
          id="filter-stage"
          label={t('assessments.fields.stage')}
          value={filters.stage}
          onValue={(v) => update({ stage: v as TAssessmentFilters['stage'] })}
          options={STAGES.map((v) => ({ value: v, label: v }))}
          placeholder={t('common.all')}
        />
        <SelectField
          id="filter-status"
          label={t('assessments.fields.status')}
          value={filters.status}
          onValue={(v) => update({ status: v as TAssessmentFilters['status'] })}
          options={ASSESSMENT_STATUSES.map((v) => ({ value: v, label: t(`assessments.statuses.${v}`) }))}
          placeholder={t('common.all')}
        />
        {filtered ? (
          <button type="button" className="button button--ghost filters__clear" onClick={clear}>
            {t('assessments.list.clearFilters')}
          </button>
        ) : null}
      </form>

      <PagedList
        state={list}
        empty={<p>{filtered ? t('assessments.list.emptyFiltered') : t('assessments.list.emptyAll')}</p>}
        onPage={(p) => update({ page: p })}
      >
        {(data) => (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="assessments-caption">
            <table className="table">
              <caption id="assessments-caption" className="visually-hidden">
                {t('assessments.list.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessments.import.organisation')}</th>
                  <th scope="col">{t('assessments.fields.questionnaire')}</th>
                  <th scope="col">{t('assessments.fields.status')}</th>
                  <th scope="col">{t('assessments.fields.stage')}</th>
                  <th scope="col">{t('assessments.fields.score')}</th>
                  <th scope="col">{t('assessments.fields.date')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`/organisations/${a.organisationId}/assessments`}>{a.organisationName}</Link>
                      {a.staffAssisted ? (
                        <span className="badge badge--info badge--inline">{t('assessments.staffAssisted')}</span>
                      ) : null}
                    </th>
                    <td>{dmaText(t, `questionnaires.${a.questionnaire}.short`)}</td>
                    <td>
                      <span className={`badge${a.status === 'draft' ? ' badge--warn' : ' badge--ok'}`}>
                        {t(`assessments.statuses.${a.status}`)}
                      </span>
                      {a.status === 'draft' ? (
                        <span className="muted table-note">
                          {t('assessments.progress', { answered: a.progress.answered, total: a.progress.total })}
                        </span>
                      ) : null}
                    </td>
                    <td>{a.stage ?? ''}</td>
                    <td>{a.overall ? <ScoreWithBand score={a.overall} /> : ''}</td>
                    <td>{formatDate(a.submittedAt ?? a.updatedAt, locale)}</td>
                    <td>
                      <Link to={`/organisations/${a.organisationId}/assessments/${a.id}`}>
                        {a.status === 'draft' ? t('assessments.list.continue') : t('assessments.list.open')}
                        <span className="visually-hidden"> {a.organisationName}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedList>
    </>
  );
}
