/** The PDF report of a submitted assessment, in either language (plain downloads). */
import { useTranslation } from 'react-i18next';
import { reportUrl } from '../assessments-api';

export function ReportLinks({ assessmentId, stage }: { assessmentId: string; stage?: string | null }) {
  const { t } = useTranslation();
  const label = stage ? t('assessments.report.forStage', { stage }) : t('assessments.report.title');
  return (
    <span className="report-links" role="group" aria-label={label}>
      <span className="report-links__label" aria-hidden="true">
        {t('assessments.report.title')}:
      </span>
      {(['bg', 'en'] as const).map((lang) => (
        <a key={lang} className="report-link" href={reportUrl(assessmentId, lang)} download>
          <span className="visually-hidden">{label} </span>
          PDF <span lang={lang}>{t(`languages.${lang}`, { lng: lang })}</span>
        </a>
      ))}
    </span>
  );
}
