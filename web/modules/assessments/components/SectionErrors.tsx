/**
 * The problems of the open section, each linked to its question; problems elsewhere only as a note.
 * The wrapper stays rendered so focus can move to it.
 */
import { useTranslation } from 'react-i18next';
import type { TAnswerIssue } from '../../../../src/domain/dma/scoring';
import { FormErrors } from '../../../shared/components/Status';
import { questionDomId } from './QuestionSection';

export function SectionErrors({ errors, elsewhere }: { errors: TAnswerIssue[]; elsewhere: boolean }) {
  const { t } = useTranslation();
  return (
    <div id="dma-section-errors" tabIndex={-1}>
      {errors.length ? (
        <div className="status status--error" role="alert">
          <p>{t('dma.check.fixSection', { count: errors.length })}</p>
          <ul>
            {errors.map((i) => (
              <li key={i.question}>
                <a href={`#${questionDomId('dma', i.question)}`}>
                  {t('dma.check.questionNumber', { n: i.question.slice(1) })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : elsewhere ? (
        <FormErrors messages={[t('dma.check.fixOtherSections')]} />
      ) : null}
    </div>
  );
}
