/**
 * Staff: the NDAs an organisation has on file with resource owners (consortium partners), and a form to record one
 * (recording again for the same owner re-dates it). Resources that require an NDA refuse bookings without it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../shared/components/Field';
import { ErrorMessage, FormErrors, Loading, Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { asApiError, fieldErrorsOf } from '../../../shared/lib/errors';
import { formatDate, orgName } from '../../../shared/lib/format';
import type { THub } from '../../../../src/contract/hub/schemas';
import { useSession } from '../../../shared/session/session';
import { sofiaToday } from '../../events/calendar-sofia-time';
import { ndasPath, recordNda } from '../api';
import { facilityErrorText } from '../errors';
import type { TNda } from '../../../../src/contract/facilities';

const FIELDS = ['ownerId', 'signedOn'] as const;
type TField = (typeof FIELDS)[number];

export function NdaSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const ndas = useApi<{ items: TNda[] }>(ndasPath(organisationId));
  const hub = useApi<THub>('/api/v1/hub');
  const action = useAction();
  const [ownerId, setOwnerId] = useState('');
  const [signedOn, setSignedOn] = useState(sofiaToday());
  const [missing, setMissing] = useState<Partial<Record<TField, string>>>({});
  const [saved, setSaved] = useState(false);

  const partners = (hub.data?.partners ?? []).filter((p) => p.id !== organisationId);

  // The server's field errors next to their inputs; "an organisation signs no NDA with itself" in its own words.
  const server = action.error
    ? fieldErrorsOf(t, action.error, FIELDS)
    : { fields: {} as Record<string, string>, rest: [] as string[] };
  if (action.error && asApiError(action.error).fields.some((f) => f.field === 'ownerId' && f.code === 'same')) {
    server.fields.ownerId = t('facilities.ndas.same');
  }
  const errorOf = (f: TField) => missing[f] ?? server.fields[f] ?? null;
  const summary =
    action.error && Object.keys(server.fields).length === 0 && server.rest.length === 0
      ? [facilityErrorText(t, action.error)]
      : server.rest;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const need: Partial<Record<TField, string>> = {};
    if (!ownerId) need.ownerId = t('errors.fields.required');
    if (!signedOn) need.signedOn = t('errors.fields.required');
    setMissing(need);
    if (Object.keys(need).length) {
      action.clear();
      return;
    }
    const r = await action.run(() => recordNda(organisationId, { ownerId, signedOn }));
    if (r) {
      ndas.setData(r);
      setOwnerId('');
      setSaved(true);
    }
  };

  return (
    <section className="panel" aria-labelledby="ndas-title">
      <h2 id="ndas-title">{t('facilities.ndas.title')}</h2>
      <p className="muted">{t('facilities.ndas.help')}</p>
      {ndas.error ? <ErrorMessage error={ndas.error} onRetry={ndas.reload} /> : null}
      {ndas.loading && !ndas.data ? <Loading /> : null}
      {ndas.data ? (
        ndas.data.items.length ? (
          <table className="table">
            <caption className="visually-hidden">{t('facilities.ndas.onFile')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('facilities.ndas.owner')}</th>
                <th scope="col">{t('facilities.ndas.signedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {ndas.data.items.map((n) => (
                <tr key={n.owner.id}>
                  <td>{n.owner.name}</td>
                  <td>{formatDate(n.signedOn, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('facilities.ndas.none')}</p>
        )
      ) : null}

      <h3 id="ndas-form-title">{t('facilities.ndas.add')}</h3>
      {saved ? <Notice>{t('facilities.ndas.saved')}</Notice> : null}
      <FormErrors messages={summary} />
      {hub.error ? <ErrorMessage error={hub.error} onRetry={hub.reload} /> : null}
      <form onSubmit={(e) => void submit(e)} aria-labelledby="ndas-form-title" noValidate>
        <SelectField
          id="nda-owner"
          label={t('facilities.ndas.owner')}
          value={ownerId}
          onValue={setOwnerId}
          placeholder={t('facilities.ndas.ownerPlaceholder')}
          options={partners.map((p) => ({ value: p.id, label: orgName(p, locale) }))}
          error={errorOf('ownerId')}
          required
        />
        <TextField
          id="nda-signed-on"
          type="date"
          label={t('facilities.ndas.signedOn')}
          value={signedOn}
          onValue={setSignedOn}
          error={errorOf('signedOn')}
          required
        />
        <button type="submit" className="button" disabled={action.busy}>
          {t('facilities.ndas.submit')}
        </button>
      </form>
    </section>
  );
}
