/** Downloads of the Commission's DMA results files ("My SMEs/PSOs DMA Results"), XLSX or CSV. */
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRE_IDS } from '../../../../src/domain/dma/questionnaires';
import { exportUrl } from '../assessments-api';

export function ExportPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('assessments.export.title')}</h2>
      <p className="muted">{t('assessments.export.help')}</p>
      <ul className="plain-list export-list">
        {QUESTIONNAIRE_IDS.map((q) => (
          <li key={q} className="export-list__item">
            <span className="export-list__name">{t(`assessments.export.file.${q}`)}</span>
            <span className="export-list__links">
              {(['xlsx', 'csv'] as const).map((format) => (
                <a key={format} className="button button--small button--secondary" href={exportUrl(q, format)} download>
                  <span className="visually-hidden">{t(`assessments.export.file.${q}`)} </span>
                  {format.toUpperCase()}
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
