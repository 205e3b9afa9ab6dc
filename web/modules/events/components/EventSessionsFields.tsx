/** The event form's sessions (Sofia wall-clock times): one fieldset each, add and remove (at least one stays). */
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { EMPTY_SESSION, type TSessionDraft } from '../form-model';
import type { TDraftSection } from '../hooks/useEventForm';
import { patchAt, withoutAt } from '../model/draft-lists';

export function EventSessionsFields({ d, set, err }: TDraftSection) {
  const { t } = useTranslation();
  const setSession = (i: number, patch: Partial<TSessionDraft>) => set({ sessions: patchAt(d.sessions, i, patch) });
  return (
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
                  onClick={() => set({ sessions: withoutAt(d.sessions, i) })}
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
  );
}
