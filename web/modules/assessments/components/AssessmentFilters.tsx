/** The staff list's filters: free text, questionnaire, stage and status, with a way to clear them. */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src/contract/common';
import { QUESTIONNAIRE_IDS, STAGES } from '../../../../src/domain/dma/questionnaires';
import { SelectField, TextField } from '../../../shared/components/Field';
import { ASSESSMENT_STATUSES, type TAssessmentFilters } from '../filters';
import { dmaText } from '../labels';

export function AssessmentFilters({
  filters,
  q,
  setQ,
  update,
  clear,
  filtered,
}: {
  filters: TAssessmentFilters;
  /** The search box's text, searched after a pause. */
  q: string;
  setQ: (q: string) => void;
  update: (patch: Partial<TAssessmentFilters>) => void;
  clear: () => void;
  filtered: boolean;
}) {
  const { t } = useTranslation();
  return (
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
  );
}
