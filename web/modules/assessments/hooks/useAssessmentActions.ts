/** What one assessment's page does besides filling: discard a draft, open a correction, say what was done. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TAssessment } from '../../../../src/contract/assessments';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { useAction } from '../../../shared/hooks/use-action';
import { deleteAssessment } from '../assessments-api';

export type TAssessmentNotice = 'submitted' | 'corrected';

export function useAssessmentActions(a: TAssessment, back: string, onChange: (a: TAssessment) => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const action = useAction();
  const [correcting, setCorrecting] = useState(false);
  const [notice, setNotice] = useState<TAssessmentNotice | null>(null);

  const discard = async () => {
    if (!(await confirm(t('assessments.fill.confirmDiscard'), { confirmLabel: t('assessments.fill.discard') }))) return;
    const done = await action.run(async () => {
      await deleteAssessment(a.id);
      return true;
    });
    if (done) navigate(back);
  };

  /** Takes the answer of a submission or a correction and shows the page from the top with its notice. */
  const finished = (kind: TAssessmentNotice) => (next: TAssessment) => {
    onChange(next);
    setCorrecting(false);
    setNotice(kind);
    window.scrollTo(0, 0);
  };

  return { action, correcting, setCorrecting, notice, discard, finished };
}
