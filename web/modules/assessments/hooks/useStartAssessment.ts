/** Starts an organisation's next assessment and opens it, or opens the draft someone else already started. */
import { useNavigate } from 'react-router';
import { useAction } from '../../../shared/hooks/use-action';
import { createAssessment } from '../assessments-api';
import { existingDraftId } from '../model/draft-conflict';

export function useStartAssessment(organisationId: string, fillPath: (assessmentId: string) => string) {
  const navigate = useNavigate();
  const action = useAction();

  const start = async () => {
    const created = await action.run(async () => {
      try {
        return (await createAssessment(organisationId)).id;
      } catch (e) {
        // Someone (another device, a colleague) already opened a draft: continue that one.
        const draftId = existingDraftId(e);
        if (draftId !== null) return draftId;
        throw e;
      }
    });
    if (created) navigate(fillPath(created));
  };

  return { start, busy: action.busy, error: action.error };
}
