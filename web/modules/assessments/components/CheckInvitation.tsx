/**
 * After a self-check result: anonymous visitors are invited to register and ask for help; members can
 * save the answers as a draft assessment of one of their organisations and continue there.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TQuestionnaireId } from '../../../../src/domain/dma/questionnaires';
import { SelectField } from '../../../shared/components/Field';
import { ErrorMessage } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { asApiError } from '../../../shared/lib/errors';
import { useSession } from '../../../shared/session/session';
import type { TAnswerMap } from '../answers-model';
import { createDraftWithAnswers, organisationAssessmentInfo } from '../score-api';
import { dmaText } from '../labels';

const assessmentPath = (orgId: string, id: string) =>
  `/organisations/${encodeURIComponent(orgId)}/assessments/${encodeURIComponent(id)}`;

/** The finished self-check: what was answered, and what to do once the answers are saved. */
interface TCheckInvitationProps {
  questionnaire: TQuestionnaireId;
  answers: TAnswerMap;
  onSaved: () => void;
}

function SaveToOrganisation({ questionnaire, answers, onSaved }: TCheckInvitationProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const { busy, error, run, clear } = useAction();
  const [orgId, setOrgId] = useState(me.memberships[0]?.organisationId ?? '');
  const [draftId, setDraftId] = useState<string | null>(null);
  const [otherQuestionnaire, setOtherQuestionnaire] = useState<TQuestionnaireId | null>(null);
  const [allRecorded, setAllRecorded] = useState(false);

  const choose = (id: string) => {
    setOrgId(id);
    setDraftId(null);
    setOtherQuestionnaire(null);
    setAllRecorded(false);
    clear();
  };

  const save = () =>
    run(async () => {
      setDraftId(null);
      setOtherQuestionnaire(null);
      setAllRecorded(false);
      // An organisation answers one questionnaire; saving SME answers for a PSO would only fail later.
      const info = await organisationAssessmentInfo(orgId);
      if (info.questionnaire !== questionnaire) return setOtherQuestionnaire(info.questionnaire);
      if (info.draftId) return setDraftId(info.draftId);
      // T0, T1 and T2 all recorded: a new assessment could never be submitted.
      if (info.nextStage === null) return setAllRecorded(true);
      try {
        const created = await createDraftWithAnswers(orgId, answers);
        onSaved();
        navigate(assessmentPath(orgId, created.id));
      } catch (err) {
        const e = asApiError(err);
        const existing = (e.details as { draftId?: unknown } | undefined)?.draftId;
        if (e.status === 409 && typeof existing === 'string') return setDraftId(existing);
        throw err;
      }
    });

  return (
    <>
      <h2 id="dma-invite-title">{t('dma.invite.saveTitle')}</h2>
      <p>{t('dma.invite.saveText')}</p>
      {me.memberships.length > 1 ? (
        <SelectField
          id="dma-save-organisation"
          label={t('dma.invite.organisation')}
          value={orgId}
          onValue={choose}
          options={me.memberships.map((m) => ({ value: m.organisationId, label: m.name }))}
        />
      ) : (
        <p>
          {t('dma.invite.organisation')}: <strong>{me.memberships[0]?.name}</strong>
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => void save()} disabled={busy || !orgId}>
          {busy ? t('common.saving') : t('dma.invite.save')}
        </button>
      </div>
      <div aria-live="polite">
        {otherQuestionnaire ? (
          <p className="status status--error">
            {t('dma.invite.otherQuestionnaire', {
              questionnaire: dmaText(t, `questionnaires.${otherQuestionnaire}.title`),
            })}
          </p>
        ) : null}
        {allRecorded ? <p className="status status--info">{t('dma.invite.allStagesRecorded')}</p> : null}
        {draftId ? (
          <div className="status status--info">
            <p>{t('dma.invite.draftExists')}</p>
            <Link to={assessmentPath(orgId, draftId)}>{t('dma.invite.openDraft')}</Link>
          </div>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}

export function CheckInvitation({ questionnaire, answers, onSaved }: TCheckInvitationProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <section className="panel panel--accent dma-invite" aria-labelledby="dma-invite-title">
      {!me.user ? (
        <>
          <h2 id="dma-invite-title">{t('dma.invite.title')}</h2>
          <p>{t('dma.invite.anonymousText')}</p>
          <div className="actions">
            <Link className="button" to={`/sign-up?next=${encodeURIComponent('/organisations/new')}`}>
              {t('dma.invite.register')}
            </Link>
            <Link className="button button--secondary" to={`/sign-in?next=${encodeURIComponent('/dma')}`}>
              {t('dma.invite.signIn')}
            </Link>
          </div>
          <p className="muted dma-invite__note">{t('dma.invite.keptNote')}</p>
        </>
      ) : me.memberships.length === 0 ? (
        <>
          <h2 id="dma-invite-title">{t('dma.invite.title')}</h2>
          <p>{t('dma.invite.noOrganisationText')}</p>
          <div className="actions">
            <Link className="button" to="/organisations/new">
              {t('dma.invite.registerOrganisation')}
            </Link>
          </div>
          <p className="muted dma-invite__note">{t('dma.invite.keptNote')}</p>
        </>
      ) : (
        <SaveToOrganisation questionnaire={questionnaire} answers={answers} onSaved={onSaved} />
      )}
    </section>
  );
}
