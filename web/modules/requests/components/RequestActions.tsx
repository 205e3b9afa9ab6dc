/**
 * The buttons of the actions the server allows this user (`allowedActions`). Reject and cancel ask for
 * a reason, assign and reassign for an expert of a delivering partner; the rest act at once.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { SelectField, TextAreaField } from '../../../shared/components/Field';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { useSession } from '../../../shared/session/session';
import { expertsPath, transitionRequest } from '../api';
import { isAidRefusal, requestErrorText } from '../errors';
import { REASON_MAX } from '../request-form';
import type { TExpertChoice, TRequestOut, TRequestAction } from '../../../../src/contract/requests';
import { AidRefusal } from './AidRefusal';
import { FormDialog } from './FormDialog';

const NEEDS_REASON: readonly TRequestAction[] = ['reject', 'cancel'];
const NEEDS_EXPERT: readonly TRequestAction[] = ['assign', 'reassign'];
const DANGER: readonly TRequestAction[] = ['reject', 'cancel'];

export function RequestActions({ request: r, onChange }: { request: TRequestOut; onChange: (r: TRequestOut) => void }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const action = useAction();
  const [open, setOpen] = useState<TRequestAction | null>(null);

  if (r.allowedActions.length === 0) return null;

  const act = async (a: TRequestAction, extra: { reason?: string; expertId?: string } = {}) => {
    const next = await action.run(() => transitionRequest(r.id, { action: a, ...extra }));
    if (next) {
      setOpen(null);
      onChange(next);
    }
    return next;
  };

  const click = (a: TRequestAction) => {
    action.clear();
    if (NEEDS_REASON.includes(a) || NEEDS_EXPERT.includes(a)) setOpen(a);
    else void act(a);
  };

  return (
    <section className="panel request-actions" aria-labelledby="request-actions-title">
      <h2 id="request-actions-title">{t('requests.actions.title')}</h2>
      <div className="actions">
        {r.allowedActions.map((a) => (
          <button
            key={a}
            type="button"
            className={`button${DANGER.includes(a) ? ' button--danger-ghost' : a === r.allowedActions[0] ? '' : ' button--secondary'}`}
            disabled={action.busy}
            onClick={() => click(a)}
          >
            {t(`requests.actions.labels.${a}`)}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {action.busy && !open ? <Loading label={t('requests.actions.working')} /> : null}
        {action.error && !open ? (
          isAidRefusal(action.error) ? (
            <AidRefusal error={action.error} organisationId={r.organisation.id} />
          ) : (
            <div className="status status--error" role="alert">
              <p>{requestErrorText(t, locale, action.error)}</p>
            </div>
          )
        ) : null}
      </div>
      {open && NEEDS_REASON.includes(open) ? (
        <ReasonDialog
          action={open}
          lapsingAidCents={open === 'cancel' && r.aid && !r.aid.revokedAt ? r.aid.amountCents : null}
          busy={action.busy}
          error={action.error}
          onCancel={() => setOpen(null)}
          onSubmit={(reason) => void act(open, { reason })}
        />
      ) : null}
      {open && NEEDS_EXPERT.includes(open) ? (
        <ExpertDialog
          request={r}
          action={open}
          busy={action.busy}
          error={action.error}
          onCancel={() => setOpen(null)}
          onSubmit={(expertId) => void act(open, { expertId })}
        />
      ) : null}
    </section>
  );
}

function DialogError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  if (!error) return null;
  return (
    <div className="status status--error" role="alert">
      <p>{requestErrorText(t, locale, error)}</p>
    </div>
  );
}

function ReasonDialog({
  action,
  lapsingAidCents,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  action: TRequestAction;
  /** The aid granted at acceptance that a cancellation revokes (null when there is none). */
  lapsingAidCents: number | null;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const problem = tried && !reason.trim() ? t('requests.actions.reasonRequired') : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (reason.trim()) onSubmit(reason.trim());
  };
  return (
    <FormDialog titleId="reason-dialog-title" title={t(`requests.actions.dialogTitles.${action}`)} onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        {lapsingAidCents !== null ? (
          <p className="form__note">
            {t('requests.actions.cancelRevokesAid', { amount: formatEur(lapsingAidCents, locale) })}
          </p>
        ) : null}
        <TextAreaField
          id="transition-reason"
          label={t('requests.actions.reason')}
          hint={t('requests.actions.reasonHint')}
          value={reason}
          onValue={setReason}
          error={problem}
          maxLength={REASON_MAX}
          rows={4}
          required
          autoFocus
        />
        <DialogError error={error} />
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('requests.actions.back')}
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            {t(`requests.actions.submit.${action}`)}
          </button>
        </div>
      </form>
    </FormDialog>
  );
}

function ExpertDialog({
  request: r,
  action,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  request: TRequestOut;
  action: TRequestAction;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (expertId: string) => void;
}) {
  const { t } = useTranslation();
  const experts = useApi<TExpertChoice[]>(expertsPath(r.id));
  const choices = (experts.data ?? []).filter((x) => x.id !== r.expert?.id);
  const [expertId, setExpertId] = useState('');
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (expertId) onSubmit(expertId);
  };
  return (
    <FormDialog titleId="expert-dialog-title" title={t(`requests.actions.dialogTitles.${action}`)} onCancel={onCancel}>
      {experts.error ? <ErrorMessage error={experts.error} onRetry={experts.reload} /> : null}
      {experts.loading ? <Loading /> : null}
      {experts.data && choices.length === 0 ? (
        <p className="status status--info">{t('requests.actions.noExperts')}</p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {choices.length > 0 ? (
          <SelectField
            id="transition-expert"
            label={t('requests.actions.expert')}
            hint={
              r.expert ? t('requests.actions.currentExpert', { name: r.expert.name }) : t('requests.actions.expertHint')
            }
            value={expertId}
            onValue={setExpertId}
            placeholder={t('common.choose')}
            options={choices.map((x) => ({ value: x.id, label: `${x.name} — ${x.partner.name}` }))}
            error={tried && !expertId ? t('requests.actions.expertRequired') : null}
            required
          />
        ) : null}
        <DialogError error={error} />
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('requests.actions.back')}
          </button>
          <button type="submit" className="button" disabled={busy || choices.length === 0}>
            {t(`requests.actions.submit.${action}`)}
          </button>
        </div>
      </form>
    </FormDialog>
  );
}
