/** Contact persons, each with their consent to be contacted (and when it was given). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../../shared/components/Field';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { EmptyState, ErrorMessage, FormErrors } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { fieldErrorsOf } from '../../../shared/lib/errors';
import { formatDateTime } from '../../../shared/lib/format';
import type { TContact, TOrganisationDetail } from '../../../../src/contract/organisations';
import { useSession } from '../../../shared/session/session';
import { addContact, deleteContact, updateContact, type TContactInput } from '../api';

interface TDraft {
  id: string | null;
  name: string;
  role: string;
  email: string;
  phone: string;
  consent: boolean;
}

const emptyDraft = (): TDraft => ({ id: null, name: '', role: '', email: '', phone: '', consent: false });
const fromContact = (c: TContact): TDraft => ({
  id: c.id,
  name: c.name,
  role: c.role ?? '',
  email: c.email ?? '',
  phone: c.phone ?? '',
  consent: c.consent,
});

export function ContactsSection({
  org,
  onChange,
}: {
  org: TOrganisationDetail;
  onChange: (d: TOrganisationDetail) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const can = org.abilities.manageContacts ?? org.abilities.update;
  const [draft, setDraft] = useState<TDraft | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [rest, setRest] = useState<string[]>([]);
  const action = useAction();

  const localProblem = (f: 'name' | 'email' | 'phone'): string | null => {
    if (!draft || !submitted) return null;
    if (f === 'name' && !draft.name.trim()) return t('errors.fields.required');
    if (f === 'email' && draft.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim()))
      return t('errors.fields.format');
    if (f === 'phone' && draft.phone.trim() && !/^[+0-9 ()-]{5,30}$/.test(draft.phone.trim()))
      return t('errors.fields.format');
    return null;
  };
  const err = (f: 'name' | 'email' | 'phone' | 'role') => serverFields[f] ?? (f === 'role' ? null : localProblem(f));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setSubmitted(true);
    setServerFields({});
    setRest([]);
    if (localProblem('name') || localProblem('email') || localProblem('phone')) return;
    const body: TContactInput = {
      name: draft.name.trim(),
      role: draft.role.trim() || null,
      email: draft.email.trim() || null,
      phone: draft.phone.trim() || null,
      consent: draft.consent,
    };
    try {
      const d = draft.id ? await updateContact(org.id, draft.id, body) : await addContact(org.id, body);
      onChange(d);
      setDraft(null);
      setSubmitted(false);
    } catch (error) {
      const mapped = fieldErrorsOf(t, error, ['name', 'role', 'email', 'phone', 'consent']);
      setServerFields(mapped.fields);
      setRest(Object.keys(mapped.fields).length ? mapped.rest : [t('errors.generic'), ...mapped.rest]);
    }
  };

  const remove = async (c: TContact) => {
    if (!(await confirm(t('contacts.confirmDelete', { name: c.name }), { confirmLabel: t('common.delete') }))) return;
    const d = await action.run(() => deleteContact(org.id, c.id));
    if (d) onChange(d);
  };

  return (
    <section className="panel" aria-labelledby="contacts-title">
      <div className="panel__head">
        <h2 id="contacts-title">{t('contacts.title')}</h2>
        {can && !draft ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setDraft(emptyDraft());
              setSubmitted(false);
            }}
          >
            {t('contacts.add')}
          </button>
        ) : null}
      </div>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {org.contacts.length === 0 ? (
        <EmptyState>
          <p>{t('contacts.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="item-list">
          {org.contacts.map((c) => (
            <li key={c.id} className="item">
              <div className="item__main">
                <p className="item__title">
                  {c.name}
                  {c.role ? <span className="muted"> · {c.role}</span> : null}
                </p>
                <p className="item__meta">
                  {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                  {c.email && c.phone ? ' · ' : null}
                  {c.phone ? <a href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>{c.phone}</a> : null}
                </p>
                <p className="item__meta">
                  {c.consent ? (
                    <span className="badge badge--ok">
                      {c.consentAt
                        ? t('contacts.consentGiven', { date: formatDateTime(c.consentAt, locale) })
                        : t('contacts.consentYes')}
                    </span>
                  ) : (
                    <span className="badge badge--warn">{t('contacts.consentNo')}</span>
                  )}
                </p>
              </div>
              {can ? (
                <div className="item__actions">
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    onClick={() => {
                      setDraft(fromContact(c));
                      setSubmitted(false);
                    }}
                  >
                    {t('common.edit')}
                    <span className="visually-hidden"> {c.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-ghost"
                    onClick={() => void remove(c)}
                    disabled={action.busy}
                  >
                    {t('common.delete')}
                    <span className="visually-hidden"> {c.name}</span>
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <form className="inline-form" onSubmit={save} noValidate aria-labelledby="contact-form-title">
          <h3 id="contact-form-title">{draft.id ? t('contacts.editTitle') : t('contacts.addTitle')}</h3>
          <FormErrors messages={rest} />
          <div className="grid-2">
            <TextField
              id="contact-name"
              label={t('contacts.name')}
              value={draft.name}
              onValue={(v) => setDraft({ ...draft, name: v })}
              error={err('name')}
              required
              autoComplete="off"
            />
            <TextField
              id="contact-role"
              label={t('contacts.role')}
              value={draft.role}
              onValue={(v) => setDraft({ ...draft, role: v })}
              error={err('role')}
              autoComplete="off"
            />
            <TextField
              id="contact-email"
              type="email"
              label={t('contacts.email')}
              value={draft.email}
              onValue={(v) => setDraft({ ...draft, email: v })}
              error={err('email')}
              autoComplete="off"
            />
            <TextField
              id="contact-phone"
              type="tel"
              label={t('contacts.phone')}
              value={draft.phone}
              onValue={(v) => setDraft({ ...draft, phone: v })}
              error={err('phone')}
              autoComplete="off"
            />
          </div>
          <CheckboxField
            id="contact-consent"
            label={t('contacts.consentLabel')}
            hint={t('contacts.consentHint')}
            checked={draft.consent}
            onChecked={(v) => setDraft({ ...draft, consent: v })}
          />
          <div className="form__actions">
            <button type="submit" className="button">
              {t('common.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
