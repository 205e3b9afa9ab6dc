/**
 * The staff form of an event: texts in both languages, type and visibility, place, seats and registration
 * window, the sessions (Sofia time), the registration questions, certificates, value, price and aid basis.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { asApiError, fieldErrorText } from '../../../shared/lib/errors';
import { orgName } from '../../../shared/lib/format';
import type { THub } from '../../../../src/contract/hub/schemas';
import { useSession } from '../../../shared/session/session';
import { eventErrorText } from '../errors';
import { EMPTY_SESSION, draftToInput, nextQuestionId, withType, type TEventDraft, type TProblems } from '../form-model';
import { AID_BASES } from '../../../../src/contract/services/enums';
import { EVENT_TYPES, EVENT_VISIBILITIES, type TEventInput } from '../../../../src/contract/events';
import { isInternalOnlyType } from '../../../../src/domain/events/visibility';

export function EventForm({
  initial,
  isNew,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: TEventDraft;
  isNew: boolean;
  submitLabel: string;
  onSubmit: (input: TEventInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  // The organiser is one of the consortium's partners (the hub's public profile lists them).
  const hub = useApi<THub>('/api/v1/hub');
  const [d, setD] = useState(initial);
  const [problems, setProblems] = useState<TProblems>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<TEventDraft>) => setD((x) => ({ ...x, ...patch }));
  const err = (path: string) => (problems[path] ? t(`events.form.problems.${problems[path]}`) : serverErrors[path]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { input, problems: found } = draftToInput(d);
    setProblems(found);
    setServerErrors({});
    if (!input) {
      setSummary([t('events.form.fixErrors')]);
      return;
    }
    setSummary([]);
    setBusy(true);
    try {
      await onSubmit(input);
    } catch (error) {
      const api = asApiError(error);
      const byField: Record<string, string> = {};
      for (const f of api.fields) byField[f.field] = fieldErrorText(t, f);
      setServerErrors(byField);
      setSummary([api.fields.length ? t('events.form.fixErrors') : eventErrorText(t, error)]);
    } finally {
      setBusy(false);
    }
  };

  const setSession = (i: number, patch: Partial<(typeof d.sessions)[number]>) =>
    set({ sessions: d.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const setQuestion = (i: number, patch: Partial<(typeof d.questions)[number]>) =>
    set({ questions: d.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) });

  return (
    <form className="form event-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors messages={summary} />
      <fieldset>
        <legend>{t('events.form.about')}</legend>
        <div className="form-grid">
          <SelectField
            id="type"
            label={t('events.form.type')}
            value={d.type}
            onValue={(v) => setD((x) => withType(x, v as TEventDraft['type']))}
            options={EVENT_TYPES.map((v) => ({ value: v, label: t(`events.types.${v}`) }))}
          />
          <SelectField
            id="visibility"
            label={t('events.form.visibility')}
            hint={isInternalOnlyType(d.type) ? t('events.form.visibilityInternalOnly') : undefined}
            value={d.visibility}
            onValue={(v) => set({ visibility: v as TEventDraft['visibility'] })}
            options={EVENT_VISIBILITIES.map((v) => ({ value: v, label: t(`events.visibility.${v}`) }))}
            disabled={isInternalOnlyType(d.type)}
            error={err('visibility')}
          />
        </div>
        <SelectField
          id="organiserId"
          label={t('events.form.organiser')}
          hint={t('events.form.organiserHint')}
          value={d.organiserId}
          onValue={(v) => set({ organiserId: v })}
          placeholder={t('events.form.noOrganiser')}
          options={(hub.data?.partners ?? []).map((p) => ({ value: p.id, label: orgName(p, locale) }))}
          error={err('organiserId')}
        />
        <TextField
          id="titleBg"
          lang="bg"
          label={t('events.form.titleBg')}
          value={d.titleBg}
          onValue={(v) => set({ titleBg: v })}
          error={err('titleBg')}
          required
          maxLength={200}
        />
        <TextField
          id="titleEn"
          lang="en"
          label={t('events.form.titleEn')}
          value={d.titleEn}
          onValue={(v) => set({ titleEn: v })}
          error={err('titleEn')}
          required
          maxLength={200}
        />
        <TextField
          id="slug"
          label={t('events.form.slug')}
          hint={isNew ? t('events.form.slugHintNew') : t('events.form.slugHint')}
          value={d.slug}
          onValue={(v) => set({ slug: v })}
          error={err('slug')}
          maxLength={80}
        />
        <TextAreaField
          id="descriptionBg"
          lang="bg"
          label={t('events.form.descriptionBg')}
          value={d.descriptionBg}
          onValue={(v) => set({ descriptionBg: v })}
          rows={5}
        />
        <TextAreaField
          id="descriptionEn"
          lang="en"
          label={t('events.form.descriptionEn')}
          value={d.descriptionEn}
          onValue={(v) => set({ descriptionEn: v })}
          rows={5}
        />
        <TextField
          id="tags"
          label={t('events.form.tags')}
          hint={t('events.form.tagsHint')}
          value={d.tags}
          onValue={(v) => set({ tags: v })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('events.form.placeAndSeats')}</legend>
        <TextField
          id="venue"
          label={t('events.form.venue')}
          value={d.venue}
          onValue={(v) => set({ venue: v })}
          error={err('venue')}
        />
        <TextField
          id="onlineUrl"
          type="url"
          label={t('events.form.onlineUrl')}
          value={d.onlineUrl}
          onValue={(v) => set({ onlineUrl: v })}
          error={err('onlineUrl')}
        />
        <div className="form-grid">
          <TextField
            id="capacity"
            inputMode="numeric"
            label={t('events.form.capacity')}
            hint={t('events.form.capacityHint')}
            value={d.capacity}
            onValue={(v) => set({ capacity: v })}
            error={err('capacity')}
          />
          <TextField
            id="registrationOpensAt"
            type="datetime-local"
            label={t('events.form.opensAt')}
            value={d.registrationOpensAt}
            onValue={(v) => set({ registrationOpensAt: v })}
            error={err('registrationOpensAt')}
          />
          <TextField
            id="registrationClosesAt"
            type="datetime-local"
            label={t('events.form.closesAt')}
            value={d.registrationClosesAt}
            onValue={(v) => set({ registrationClosesAt: v })}
            error={err('registrationClosesAt')}
          />
          <TextField
            id="cancellationDeadlineHours"
            inputMode="numeric"
            label={t('events.form.cancellationHours')}
            value={d.cancellationDeadlineHours}
            onValue={(v) => set({ cancellationDeadlineHours: v })}
            error={err('cancellationDeadlineHours')}
          />
          <TextField
            id="offerHoldHours"
            inputMode="numeric"
            label={t('events.form.offerHoldHours')}
            value={d.offerHoldHours}
            onValue={(v) => set({ offerHoldHours: v })}
            error={err('offerHoldHours')}
          />
        </div>
        <CheckboxField
          id="approvalRequired"
          label={t('events.form.approvalRequired')}
          checked={d.approvalRequired}
          onChecked={(v) => set({ approvalRequired: v })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('events.form.sessions')}</legend>
        <p className="field__hint">{t('events.form.sessionsHint')}</p>
        {err('sessions') ? <p className="field__error">{err('sessions')}</p> : null}
        <ol className="plain-list event-form__list">
          {d.sessions.map((s, i) => (
            <li key={i} className="event-form__item">
              <fieldset>
                <legend>{t('events.form.session', { n: i + 1 })}</legend>
                <div className="form-grid">
                  <TextField
                    id={`s${i}-start`}
                    type="datetime-local"
                    label={t('events.form.startsAt')}
                    value={s.startsAt}
                    onValue={(v) => setSession(i, { startsAt: v })}
                    error={err(`sessions.${i}.startsAt`)}
                    required
                  />
                  <TextField
                    id={`s${i}-end`}
                    type="datetime-local"
                    label={t('events.form.endsAt')}
                    value={s.endsAt}
                    onValue={(v) => setSession(i, { endsAt: v })}
                    error={err(`sessions.${i}.endsAt`)}
                    required
                  />
                  <TextField
                    id={`s${i}-titleBg`}
                    lang="bg"
                    label={t('events.form.sessionTitleBg')}
                    value={s.titleBg}
                    onValue={(v) => setSession(i, { titleBg: v })}
                  />
                  <TextField
                    id={`s${i}-titleEn`}
                    lang="en"
                    label={t('events.form.sessionTitleEn')}
                    value={s.titleEn}
                    onValue={(v) => setSession(i, { titleEn: v })}
                  />
                  <TextField
                    id={`s${i}-location`}
                    label={t('events.form.location')}
                    value={s.location}
                    onValue={(v) => setSession(i, { location: v })}
                  />
                  <TextField
                    id={`s${i}-capacity`}
                    inputMode="numeric"
                    label={t('events.form.sessionCapacity')}
                    value={s.capacity}
                    onValue={(v) => setSession(i, { capacity: v })}
                    error={err(`sessions.${i}.capacity`)}
                  />
                </div>
                {d.sessions.length > 1 ? (
                  <button
                    type="button"
                    className="button button--small button--danger-ghost"
                    onClick={() => set({ sessions: d.sessions.filter((_, j) => j !== i) })}
                  >
                    {t('events.form.removeSession', { n: i + 1 })}
                  </button>
                ) : null}
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => set({ sessions: [...d.sessions, { ...EMPTY_SESSION }] })}
        >
          {t('events.form.addSession')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('events.form.questions')}</legend>
        <p className="field__hint">{t('events.form.questionsHint')}</p>
        <ol className="plain-list event-form__list">
          {d.questions.map((q, i) => (
            <li key={q.id} className="event-form__item">
              <fieldset>
                <legend>{t('events.form.question', { n: i + 1 })}</legend>
                <TextField
                  id={`${q.id}-bg`}
                  lang="bg"
                  label={t('events.form.questionBg')}
                  value={q.labelBg}
                  onValue={(v) => setQuestion(i, { labelBg: v })}
                  error={err(`questions.${i}.labelBg`)}
                  required
                />
                <TextField
                  id={`${q.id}-en`}
                  lang="en"
                  label={t('events.form.questionEn')}
                  value={q.labelEn}
                  onValue={(v) => setQuestion(i, { labelEn: v })}
                  error={err(`questions.${i}.labelEn`)}
                  required
                />
                <SelectField
                  id={`${q.id}-kind`}
                  label={t('events.form.questionKind')}
                  value={q.kind}
                  onValue={(v) => setQuestion(i, { kind: v as 'text' | 'choice' })}
                  options={[
                    { value: 'text', label: t('events.form.kindText') },
                    { value: 'choice', label: t('events.form.kindChoice') },
                  ]}
                />
                {q.kind === 'choice' ? (
                  <TextAreaField
                    id={`${q.id}-options`}
                    label={t('events.form.options')}
                    hint={t('events.form.optionsHint')}
                    value={q.options}
                    onValue={(v) => setQuestion(i, { options: v })}
                    error={err(`questions.${i}.options`)}
                    rows={3}
                  />
                ) : null}
                <CheckboxField
                  id={`${q.id}-required`}
                  label={t('events.form.questionRequired')}
                  checked={q.required}
                  onChecked={(v) => setQuestion(i, { required: v })}
                />
                <button
                  type="button"
                  className="button button--small button--danger-ghost"
                  onClick={() => set({ questions: d.questions.filter((_, j) => j !== i) })}
                >
                  {t('events.form.removeQuestion', { n: i + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            set({
              questions: [
                ...d.questions,
                {
                  id: nextQuestionId(d.questions),
                  labelBg: '',
                  labelEn: '',
                  kind: 'text',
                  required: false,
                  options: '',
                },
              ],
            })
          }
        >
          {t('events.form.addQuestion')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('events.form.certificatesAndAid')}</legend>
        <div className="form-grid">
          <SelectField
            id="certificateRule"
            label={t('events.form.certificateRule')}
            value={d.certificateRule}
            onValue={(v) => set({ certificateRule: v as 'all' | 'min' })}
            options={[
              { value: 'all', label: t('events.form.ruleAll') },
              { value: 'min', label: t('events.form.ruleMin') },
            ]}
          />
          {d.certificateRule === 'min' ? (
            <TextField
              id="certificateMinSessions"
              inputMode="numeric"
              label={t('events.form.minSessions')}
              value={d.certificateMinSessions}
              onValue={(v) => set({ certificateMinSessions: v })}
              error={err('certificateMinSessions')}
            />
          ) : null}
          <TextField
            id="value"
            inputMode="decimal"
            label={t('events.form.value')}
            hint={t('events.form.valueHint')}
            value={d.value}
            onValue={(v) => set({ value: v })}
            error={err('value') ?? err('valuePerParticipantCents')}
          />
          <TextField
            id="price"
            inputMode="decimal"
            label={t('events.form.price')}
            value={d.price}
            onValue={(v) => set({ price: v })}
            error={err('price') ?? err('pricePerParticipantCents')}
          />
          <SelectField
            id="aidBasis"
            label={t('events.form.aidBasis')}
            value={d.aidBasis}
            onValue={(v) => set({ aidBasis: v as TEventDraft['aidBasis'] })}
            options={AID_BASES.map((v) => ({ value: v, label: t(`events.form.aidBases.${v}`) }))}
          />
        </div>
        {d.aidBasis === 'gber' ? (
          <TextField
            id="gberArticle"
            label={t('events.form.gberArticle')}
            value={d.gberArticle}
            onValue={(v) => set({ gberArticle: v })}
            error={err('gberArticle')}
            required
          />
        ) : null}
        {d.aidBasis === 'none' ? (
          <TextAreaField
            id="noAidReason"
            label={t('events.form.noAidReason')}
            value={d.noAidReason}
            onValue={(v) => set({ noAidReason: v })}
            error={err('noAidReason')}
            required
            rows={2}
          />
        ) : null}
      </fieldset>

      <CheckboxField
        id="published"
        label={t('events.form.published')}
        checked={d.published}
        onChecked={(v) => set({ published: v })}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
