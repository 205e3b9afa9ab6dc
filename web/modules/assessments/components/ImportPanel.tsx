/**
 * Import of a Commission results file for reconciliation: choose the questionnaire and the file, watch
 * the upload progress (then "processing"), and read the per-organisation, per-stage differences.
 */
import { FileInput } from '../../../shared/components/FileInput';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRE_IDS } from '../../../../src/domain/dma/questionnaires';
import { SelectField } from '../../../shared/components/Field';
import { ErrorMessage } from '../../../shared/components/Status';
import { importPath } from '../assessments-api';
import { IMPORT_MAX_BYTES, type TQuestionnaireId, type TReconciliation } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
import { importContentType, uploadFile, type TUploadProgress } from '../upload';
import { ReconciliationView } from './ReconciliationView';

export function ImportPanel() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [questionnaire, setQuestionnaire] = useState<TQuestionnaireId>('sme');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<TUploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<TReconciliation | null>(null);
  const busy = progress !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const type = file ? importContentType(file.name) : null;
    if (!file) return setFileError(t('assessments.import.fileRequired'));
    if (!type) return setFileError(t('assessments.import.fileType'));
    // The server refuses larger files; checking first spares a long upload.
    if (file.size > IMPORT_MAX_BYTES) return setFileError(t('assessments.import.fileTooBig'));
    setFileError(null);
    setError(null);
    setResult(null);
    try {
      setResult(await uploadFile<TReconciliation>(importPath(questionnaire), file, type, setProgress));
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  };

  const percent =
    progress?.phase === 'uploading' && progress.fraction !== null ? Math.round(progress.fraction * 100) : null;

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('assessments.import.title')}</h2>
      <p className="muted">{t('assessments.import.help')}</p>
      <form className="form import-form" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          id="import-questionnaire"
          label={t('assessments.import.questionnaire')}
          value={questionnaire}
          onValue={(v) => setQuestionnaire(v as TQuestionnaireId)}
          options={QUESTIONNAIRE_IDS.map((q) => ({ value: q, label: t(`assessments.export.file.${q}`) }))}
        />
        <div className={`field${fileError ? ' field--error' : ''}`}>
          <label htmlFor="import-file">{t('assessments.import.file')}</label>
          <p className="field__hint" id="import-file-hint">
            {t('assessments.import.fileHint')}
          </p>
          <FileInput
            id="import-file"
            fileName={file?.name ?? null}
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileError ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          <div aria-live="polite">
            {fileError ? (
              <p className="field__error" id="import-file-error">
                {fileError}
              </p>
            ) : null}
          </div>
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('assessments.import.submit')}
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {progress ? (
          <div className="import-progress">
            <label htmlFor="import-progress">
              {progress.phase === 'processing'
                ? t('assessments.import.processing')
                : percent !== null
                  ? t('assessments.import.uploading', { percent: new Intl.NumberFormat(locale).format(percent) })
                  : t('assessments.import.uploadingUnknown')}
            </label>
            {/* Indeterminate while the server reads the file: no value. */}
            <progress
              id="import-progress"
              className="progress"
              max={100}
              value={progress.phase === 'processing' ? undefined : (percent ?? undefined)}
            />
          </div>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {result ? (
        <section className="reconciliation-result" aria-labelledby="reconciliation-title">
          <h3 id="reconciliation-title">{t('assessments.import.resultTitle', { file: file?.name ?? '' })}</h3>
          <ReconciliationView result={result} />
        </section>
      ) : null}
    </section>
  );
}
