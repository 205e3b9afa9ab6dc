/**
 * The event form's state: the draft, the problems found before sending (by field path) and the server's field
 * errors, the summary above the form and the busy flag while the caller's `onSubmit` runs.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, fieldErrorText } from '../../../shared/lib/errors';
import { eventErrorText } from '../errors';
import { draftToInput, withType, type TEventDraft, type TProblems } from '../form-model';
import type { TEventInput } from '../../../../src/contract/events';

/** What each section of the form gets: the draft, a patcher and the error text of a field path. */
export interface TDraftSection {
  d: TEventDraft;
  set: (patch: Partial<TEventDraft>) => void;
  err: (path: string) => string | undefined;
}

export function useEventForm(initial: TEventDraft, onSubmit: (input: TEventInput) => Promise<void>) {
  const { t } = useTranslation();
  const [d, setD] = useState(initial);
  const [problems, setProblems] = useState<TProblems>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<TEventDraft>) => setD((x) => ({ ...x, ...patch }));
  // A type may force the visibility, so it goes through the form model rather than a plain patch.
  const setType = (type: TEventDraft['type']) => setD((x) => withType(x, type));
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

  return { d, set, setType, err, submit, summary, busy };
}
