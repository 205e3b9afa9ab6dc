/**
 * "Request this service" on the service page: visitors are sent to sign in (and back); members pick one
 * of their organisations, staff search any organisation to file the request on its behalf. The need is
 * described in 10–2000 characters; per-day and per-hour services also ask how many days or hours.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TValueUnit } from '../../../../src/contract/services/enums';
import { SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useDebounced } from '../../../shared/hooks/use-api';
import { fieldErrorsOf } from '../../../shared/lib/errors';
import type { TLookupItem } from '../../../../src/contract/organisations';
import { lookupOrganisations } from '../../organisations/api';
import { useSession } from '../../../shared/session/session';
import { isHubStaff, mayRequestServices } from '../access';
import { createRequest } from '../api';
import { requestErrorText } from '../errors';
import { NEED_MAX, NEED_MIN, needProblem, needsQuantity, parseQuantity } from '../request-form';

export interface TRequestableService {
  id: string;
  published: boolean;
  valueUnit: TValueUnit;
}

export function RequestServicePanel({ service }: { service: TRequestableService }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  // Only published services can be requested; staff previewing a draft see no form.
  if (!service.published) return null;
  return (
    <section className="panel panel--accent request-service" aria-labelledby="request-service-title">
      <h2 id="request-service-title">{t('requests.new.title')}</h2>
      {!me.user ? (
        <>
          <p>{t('requests.new.signInText')}</p>
          <p>
            <Link className="button" to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
              {t('requests.new.signIn')}
            </Link>
          </p>
        </>
      ) : !mayRequestServices(me) ? (
        <>
          <p>{t('requests.new.registerText')}</p>
          <p>
            <Link to="/organisations/new">{t('requests.new.register')}</Link>
          </p>
        </>
      ) : (
        <RequestForm service={service} staff={isHubStaff(me)} />
      )}
    </section>
  );
}

function RequestForm({ service, staff }: { service: TRequestableService; staff: boolean }) {
  const { t } = useTranslation();
  const { me, locale } = useSession();
  const navigate = useNavigate();
  const action = useAction();
  const [organisationId, setOrganisationId] = useState(
    me.memberships.length === 1 && !staff ? me.memberships[0].organisationId : '',
  );
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<TLookupItem[] | null>(null);
  const [need, setNeed] = useState('');
  // Asked, not assumed: the value (and so the aid) is the rate times the days or hours.
  const [quantity, setQuantity] = useState('');
  const [tried, setTried] = useState(false);
  const askQuantity = needsQuantity(service.valueUnit);
  const settled = useDebounced(query.trim(), 300);

  // Staff search the whole registry; a single match is preselected so it needs no extra step.
  useEffect(() => {
    if (!staff || !settled) {
      setResults(null);
      return;
    }
    let live = true;
    lookupOrganisations(settled).then(
      (items) => {
        if (!live) return;
        setResults(items);
        setOrganisationId((id) => (items.some((i) => i.id === id) ? id : items.length === 1 ? items[0].id : ''));
      },
      () => live && setResults([]),
    );
    return () => {
      live = false;
    };
  }, [settled, staff]);

  const needIssue = tried ? needProblem(need) : null;
  const qty = parseQuantity(quantity);
  const server = action.error ? fieldErrorsOf(t, action.error, ['organisationId', 'need', 'quantity']) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!organisationId || needProblem(need) || (askQuantity && qty === null)) return;
    const created = await action.run(() =>
      createRequest({
        organisationId,
        serviceId: service.id,
        need: need.trim(),
        ...(askQuantity ? { quantity: qty! } : {}),
      }),
    );
    if (created) navigate(`/requests/${created.id}`, { state: { created: true } });
  };

  const unitWord = service.valueUnit === 'per_hour' ? 'hours' : 'days';
  const summary = server
    ? Object.keys(server.fields).length
      ? server.rest
      : [requestErrorText(t, locale, action.error)]
    : [];

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{staff ? t('requests.new.staffIntro') : t('requests.new.intro')}</p>
      <FormErrors messages={summary} />
      {staff ? (
        <>
          <TextField
            id="request-org-search"
            type="search"
            label={t('requests.new.searchOrganisation')}
            hint={t('requests.new.searchHint')}
            value={query}
            onValue={setQuery}
            autoComplete="off"
          />
          <SelectField
            id="request-organisation"
            label={t('requests.new.organisation')}
            value={organisationId}
            onValue={setOrganisationId}
            options={(results ?? []).map((r) => ({
              value: r.id,
              label: r.eik ? `${r.legalNameBg} (${r.eik})` : r.legalNameBg,
            }))}
            placeholder={
              results === null
                ? t('requests.new.typeToSearch')
                : results.length === 0
                  ? t('requests.new.noMatches')
                  : t('common.choose')
            }
            error={
              (tried && !organisationId ? t('requests.new.organisationRequired') : null) ??
              server?.fields.organisationId
            }
            required
          />
        </>
      ) : (
        <SelectField
          id="request-organisation"
          label={t('requests.new.organisation')}
          value={organisationId}
          onValue={setOrganisationId}
          options={me.memberships.map((m) => ({ value: m.organisationId, label: m.name }))}
          placeholder={me.memberships.length === 1 ? undefined : t('common.choose')}
          error={
            (tried && !organisationId ? t('requests.new.organisationRequired') : null) ?? server?.fields.organisationId
          }
          required
        />
      )}
      <TextAreaField
        id="request-need"
        label={t('requests.new.need')}
        hint={t('requests.new.needHint', { count: need.trim().length, min: NEED_MIN, max: NEED_MAX })}
        value={need}
        onValue={setNeed}
        rows={5}
        maxLength={NEED_MAX}
        error={
          needIssue
            ? t(`requests.new.needProblems.${needIssue}`, { min: NEED_MIN, max: NEED_MAX })
            : (server?.fields.need ?? null)
        }
        required
      />
      {askQuantity ? (
        <TextField
          id="request-quantity"
          label={t(`requests.new.quantity.${unitWord}`)}
          hint={t('requests.new.quantityHint')}
          value={quantity}
          onValue={setQuantity}
          inputMode="decimal"
          error={
            (tried && qty === null
              ? t(quantity.trim() ? 'requests.new.quantityProblem' : 'requests.new.quantityRequired')
              : null) ?? server?.fields.quantity
          }
          required
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={action.busy}>
          {t('requests.new.submit')}
        </button>
      </div>
    </form>
  );
}
