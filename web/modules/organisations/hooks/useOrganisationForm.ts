/**
 * The organisation form's state: values, which fields were touched, the client's checks, the live EIK check, and
 * submitting with the server's errors placed next to their fields.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSectors } from '../../../../src/contract/reference';
import { asApiError, errorText, fieldErrorsOf } from '../../../shared/lib/errors';
import {
  ORG_FIELDS,
  isBulgarian,
  isEnterprise,
  sectorFits,
  validateOrgValues,
  type TOrgField,
  type TOrgValues,
} from '../form-model';
import { eikFeedback, eikVerdict } from '../model/eik-check';
import { useEikCheck } from './useEikCheck';

/** What a group of fields needs from the form: the values, their handlers and errors, and the ids. */
export interface TOrgFieldBindings {
  values: TOrgValues;
  set: (field: TOrgField) => (value: string) => void;
  blur: (field: TOrgField) => () => void;
  errorOf: (field: TOrgField) => string | null;
  id: (field: TOrgField) => string;
}

export function useOrganisationForm({
  initial,
  onSubmit,
  idPrefix,
  sectors,
}: {
  initial: TOrgValues;
  onSubmit: (values: TOrgValues) => Promise<void>;
  idPrefix: string;
  sectors: TSectors | null;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<TOrgValues>(initial);
  const [touched, setTouched] = useState<Partial<Record<TOrgField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverFields, setServerFields] = useState<Partial<Record<TOrgField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const bg = isBulgarian(values);
  const { eik, current: eikCurrent, unchanged: unchangedEik } = useEikCheck(values.eik, bg, initial.eik);

  const problems = validateOrgValues(values, new Date().getFullYear(), eikVerdict(eik, eikCurrent));
  const set = (field: TOrgField) => (value: string) => {
    setValues((v) => {
      const next = { ...v, [field]: value };
      // A sector from the other list no longer applies when the type changes; nor do the Module 1 fields of another type.
      if (field === 'type' && !sectorFits(next.sector, value, sectors)) next.sector = '';
      if (field === 'type' && !isEnterprise(value)) next.secondarySector = '';
      if (field === 'type' && value !== 'pso') next.psoLevel = '';
      return next;
    });
    setServerFields((s) => ({ ...s, [field]: undefined }));
  };
  const blur = (field: TOrgField) => () => setTouched((s) => ({ ...s, [field]: true }));
  const errorOf = (field: TOrgField): string | null => {
    if (serverFields[field]) return serverFields[field]!;
    const p = problems[field];
    if (!p || !(submitted || touched[field])) return null;
    return t(`errors.fields.${p}`);
  };
  const id = (f: TOrgField) => `${idPrefix}-${f}`;

  const onFormSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setFormErrors([]);
    if (Object.keys(problems).length > 0) {
      setFormErrors([t('organisations.form.fixErrors')]);
      // Focus the first invalid field, as the error summary pattern recommends.
      const first = ORG_FIELDS.find((f) => problems[f]);
      if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (err) {
      const apiErr = asApiError(err);
      if (apiErr.code === 'duplicate_eik') {
        setServerFields({ eik: t('errors.fields.duplicate_eik') });
        document.getElementById(`${idPrefix}-eik`)?.focus();
      } else {
        const { fields, rest } = fieldErrorsOf(t, apiErr, ORG_FIELDS);
        setServerFields(fields);
        setFormErrors(Object.keys(fields).length ? rest : [errorText(t, apiErr), ...rest]);
        const first = ORG_FIELDS.find((f) => fields[f]);
        if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
      }
    }
    setBusy(false);
  };

  const feedback = eikFeedback(eik, eikCurrent, bg, unchangedEik);
  const eikField = {
    hint: feedback.checking ? t('organisations.form.eikChecking') : t('organisations.form.eikHint'),
    ok: feedback.valid ? t('organisations.form.eikValid') : null,
    error: serverFields.eik ?? (feedback.invalid ? t('organisations.form.eikInvalid') : errorOf('eik')),
  };

  const fields: TOrgFieldBindings = { values, set, blur, errorOf, id };
  return { fields, bg, busy, formErrors, eikField, onFormSubmit };
}
