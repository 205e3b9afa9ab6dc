/**
 * Staff record (or correct) the delivery: prefilled from the catalogue, the request and the aid grant
 * (GET …/delivery-defaults) or from the delivery already recorded; amounts in euros. The aid and its national share
 * are shown as they follow from the value, the price and the basis (the server derives them the same way).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DELIVERY_AID_BASES } from '../../../../src/domain/state-aid/aid';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { fieldErrorsOf } from '../../../shared/lib/errors';
import { useSession } from '../../../shared/session/session';
import { recordDelivery } from '../api';
import {
  checkDelivery,
  DELIVERY_LIMITS,
  derivedAid,
  draftFromDelivery,
  type TDeliveryDraft,
  type TDeliveryField,
  type TDeliveryStart,
} from '../delivery-form';
import { isAidRefusal, requestErrorText } from '../errors';
import { DELIVERY_CATEGORIES } from '../../../../src/contract/requests/enums';
import type { TRequestOut } from '../../../../src/contract/requests';
import { AidRefusal } from './AidRefusal';
import { deliveryCategoryKey } from '../../services/enum-labels';

const FIELDS: TDeliveryField[] = [
  'category',
  'description',
  'technology',
  'startDate',
  'endDate',
  'attendees',
  'valueCents',
  'pricePaidCents',
  'aidBasis',
  'gberArticle',
  'noAidReason',
];

export function DeliveryForm({
  request,
  initial,
  onSaved,
  onCancel,
}: {
  request: TRequestOut;
  initial: TDeliveryStart;
  onSaved: (r: TRequestOut) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [draft, setDraft] = useState<TDeliveryDraft>(() => draftFromDelivery(initial, locale));
  const [problems, setProblems] = useState<Partial<Record<TDeliveryField, string>>>({});
  const action = useAction();
  // The hub's national share (staff may read the aid settings), for the share the server will record.
  const settings = useApi<{ nationalSharePercent: number }>('/api/v1/hub/aid-settings');

  const set = (f: TDeliveryField) => (v: string) => {
    setDraft((d) => ({ ...d, [f]: v }));
    setProblems((p) => ({ ...p, [f]: undefined }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = checkDelivery(draft);
    if (!check.ok) {
      setProblems(
        Object.fromEntries(Object.entries(check.problems).map(([f, p]) => [f, t(`requests.delivery.problems.${p}`)])),
      );
      return;
    }
    setProblems({});
    const saved = await action.run(() => recordDelivery(request.id, check.input));
    if (saved) onSaved(saved);
  };

  // The server's field errors go next to their inputs (a derived amount it disagrees with goes to the summary);
  // aid refusals get their own block below.
  const server = action.error && !isAidRefusal(action.error) ? fieldErrorsOf(t, action.error, FIELDS) : null;
  const problem = (f: TDeliveryField) => problems[f] ?? server?.fields[f] ?? null;
  const summary = server
    ? Object.keys(server.fields).length
      ? server.rest
      : [requestErrorText(t, locale, action.error), ...server.rest]
    : [];

  const derived = derivedAid(draft, settings.data?.nationalSharePercent ?? null);
  // A basis the form no longer offers (old 1407/2013 aid of an earlier record) stays visible so its problem can be read.
  const bases: string[] = [...DELIVERY_AID_BASES];
  if (draft.aidBasis && !bases.includes(draft.aidBasis)) bases.push(draft.aidBasis);

  return (
    <form
      className="form request-delivery-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="delivery-form-title"
    >
      <h3 id="delivery-form-title">{t('requests.delivery.formTitle')}</h3>
      <FormErrors messages={summary} />
      {action.error && isAidRefusal(action.error) ? (
        <AidRefusal error={action.error} organisationId={request.organisation.id} />
      ) : null}
      <fieldset>
        <legend>{t('requests.delivery.whatLegend')}</legend>
        <div className="grid-2">
          <SelectField
            id="delivery-category"
            label={t('requests.delivery.fields.category')}
            value={draft.category}
            onValue={set('category')}
            options={DELIVERY_CATEGORIES.map((c) => ({ value: c, label: t(deliveryCategoryKey(c)) }))}
            error={problem('category')}
            required
          />
          <TextField
            id="delivery-technology"
            label={t('requests.delivery.fields.technology')}
            value={draft.technology}
            onValue={set('technology')}
            maxLength={DELIVERY_LIMITS.technologyMax}
            error={problem('technology')}
            required
          />
          <TextAreaField
            id="delivery-description"
            className="span-2"
            label={t('requests.delivery.fields.description')}
            value={draft.description}
            onValue={set('description')}
            maxLength={DELIVERY_LIMITS.descriptionMax}
            rows={3}
            error={problem('description')}
            required
          />
          <TextField
            id="delivery-start"
            type="date"
            label={t('requests.delivery.fields.startDate')}
            value={draft.startDate}
            onValue={set('startDate')}
            error={problem('startDate')}
            required
          />
          <TextField
            id="delivery-end"
            type="date"
            label={t('requests.delivery.fields.endDate')}
            value={draft.endDate}
            onValue={set('endDate')}
            min={draft.startDate || undefined}
            error={problem('endDate')}
            required
          />
          <TextField
            id="delivery-attendees"
            label={t('requests.delivery.fields.attendees')}
            hint={t('requests.delivery.attendeesHint')}
            value={draft.attendees}
            onValue={set('attendees')}
            inputMode="numeric"
            error={problem('attendees')}
            required
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('requests.delivery.aidLegend')}</legend>
        <div className="grid-2">
          <TextField
            id="delivery-value"
            label={t('requests.delivery.fields.valueEur')}
            hint={t('requests.delivery.moneyHint')}
            value={draft.valueCents}
            onValue={set('valueCents')}
            inputMode="decimal"
            error={problem('valueCents')}
            required
          />
          <TextField
            id="delivery-price"
            label={t('requests.delivery.fields.pricePaidEur')}
            hint={t('requests.delivery.moneyHint')}
            value={draft.pricePaidCents}
            onValue={set('pricePaidCents')}
            inputMode="decimal"
            error={problem('pricePaidCents')}
            required
          />
          <SelectField
            id="delivery-basis"
            className="span-2"
            label={t('requests.delivery.fields.aidBasis')}
            value={draft.aidBasis}
            onValue={set('aidBasis')}
            options={bases.map((b) => ({ value: b, label: t(`requests.aidBases.${b}`, { defaultValue: b }) }))}
            error={problem('aidBasis')}
            required
          />
          {draft.aidBasis === 'gber' ? (
            <TextField
              id="delivery-gber"
              className="span-2"
              label={t('requests.delivery.fields.gberArticle')}
              hint={t('requests.delivery.gberHint')}
              value={draft.gberArticle}
              onValue={set('gberArticle')}
              error={problem('gberArticle')}
              required
            />
          ) : draft.aidBasis === 'none' ? (
            <TextField
              id="delivery-no-aid"
              className="span-2"
              label={t('requests.delivery.fields.noAidReason')}
              value={draft.noAidReason}
              onValue={set('noAidReason')}
              error={problem('noAidReason')}
              required
            />
          ) : null}
        </div>
        <dl className="details request-delivery__derived" aria-live="polite">
          <div className="details__item">
            <dt>{t('requests.delivery.fields.aidCents')}</dt>
            <dd>
              <output htmlFor="delivery-value delivery-price delivery-basis" id="delivery-aid">
                {derived ? formatEur(derived.aidCents, locale) : '—'}
              </output>
              <p className="field__hint">
                {draft.aidBasis === 'none' ? t('requests.delivery.aidDerivedNone') : t('requests.delivery.aidDerived')}
              </p>
            </dd>
          </div>
          <div className="details__item">
            <dt>{t('requests.delivery.fields.nationalShareCents')}</dt>
            <dd>
              <output htmlFor="delivery-value delivery-price delivery-basis" id="delivery-national">
                {derived && derived.nationalShareCents !== null ? formatEur(derived.nationalShareCents, locale) : '—'}
              </output>
              <p className="field__hint">
                {settings.data
                  ? t('requests.delivery.nationalDerived', { percent: settings.data.nationalSharePercent })
                  : t('requests.delivery.nationalHint')}
              </p>
            </dd>
          </div>
        </dl>
        {request.aid ? (
          <p className="form__note">
            {t('requests.delivery.grantNote', { amount: formatEur(request.aid.amountCents, locale) })}
          </p>
        ) : null}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={action.busy}>
          {t('requests.delivery.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
