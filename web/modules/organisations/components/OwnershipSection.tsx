/** Ownership links: who holds shares in this organisation and what it holds; they decide partner/linked status. */
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../shared/components/Field';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { EmptyState, ErrorMessage, FormErrors } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useDebounced } from '../../../shared/hooks/use-api';
import { errorText, fieldErrorsOf } from '../../../shared/lib/errors';
import { formatPercent } from '../../../shared/lib/format';
import type { TLookupItem, TOrganisationDetail, TOwnershipLink } from '../../../../src/contract/organisations';
import { parseDecimal } from '../check-model';
import { useSession } from '../../../shared/session/session';
import { addOwnership, deleteOwnership, lookupOrganisations } from '../api';
import { PendingLinks } from './PendingLinks';

interface TDraft {
  direction: 'owner' | 'holding';
  query: string;
  otherId: string;
  capitalShare: string;
  votingShare: string;
  boardControl: boolean;
  dominantInfluence: boolean;
  votingAgreement: boolean;
}

const emptyDraft = (): TDraft => ({
  direction: 'owner',
  query: '',
  otherId: '',
  capitalShare: '',
  votingShare: '',
  boardControl: false,
  dominantInfluence: false,
  votingAgreement: false,
});

function LinksTable({
  links,
  side,
  caption,
  can,
  onDelete,
  busy,
}: {
  links: TOwnershipLink[];
  side: 'owner' | 'owned';
  caption: string;
  can: boolean;
  onDelete: (l: TOwnershipLink) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const flags = (l: TOwnershipLink) =>
    [
      l.boardControl ? t('ownership.short.boardControl') : null,
      l.dominantInfluence ? t('ownership.short.dominantInfluence') : null,
      l.votingAgreement ? t('ownership.short.votingAgreement') : null,
    ]
      .filter(Boolean)
      .join(', ');
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ownership.organisation')}</th>
            <th scope="col" className="num">
              {t('ownership.shares')}
            </th>
            <th scope="col">{t('ownership.control')}</th>
            <th scope="col">{t('ownership.relation')}</th>
            {can ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {links.map((l) => {
            const otherId = side === 'owner' ? l.ownerId : l.ownedId;
            const otherName = side === 'owner' ? l.ownerName : l.ownedName;
            return (
              <tr key={l.id}>
                <th scope="row">
                  <Link to={`/organisations/${otherId}`}>{otherName}</Link>
                </th>
                <td className="num">
                  {formatPercent(l.capitalShare, locale)} / {formatPercent(l.votingShare, locale)}
                </td>
                <td>
                  {flags(l) || (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('ownership.noControl')}</span>
                    </>
                  )}
                </td>
                <td>
                  <span
                    className={`badge${l.relation === 'linked' ? ' badge--strong' : l.relation === 'partner' ? ' badge--info' : ''}`}
                  >
                    {t(`ownership.relations.${l.relation}`)}
                  </span>
                </td>
                {can ? (
                  <td>
                    <button
                      type="button"
                      className="button button--small button--danger-ghost"
                      onClick={() => onDelete(l)}
                      disabled={busy}
                    >
                      {t('common.delete')}
                      <span className="visually-hidden"> {otherName}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function OwnershipSection({
  org,
  onChange,
}: {
  org: TOrganisationDetail;
  onChange: (d: TOrganisationDetail) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const can = org.abilities.manageOwnership;
  const [draft, setDraft] = useState<TDraft | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [results, setResults] = useState<TLookupItem[] | null>(null);
  const [lookupError, setLookupError] = useState<unknown>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [rest, setRest] = useState<string[]>([]);
  const [sentForConfirmation, setSentForConfirmation] = useState(false);
  const action = useAction();
  const query = useDebounced(draft?.query.trim() ?? '', 300);

  useEffect(() => {
    if (!query) {
      setResults(null);
      return;
    }
    let live = true;
    lookupOrganisations(query).then(
      (items) => {
        if (!live) return;
        const others = items.filter((i) => i.id !== org.id);
        setResults(others);
        setLookupError(null);
        setDraft((d) =>
          d && !others.some((o) => o.id === d.otherId) ? { ...d, otherId: others.length === 1 ? others[0].id : '' } : d,
        );
      },
      (e: unknown) => live && setLookupError(e),
    );
    return () => {
      live = false;
    };
  }, [query, org.id]);

  const shareProblem = (f: 'capitalShare' | 'votingShare'): string | null => {
    if (serverFields[f]) return serverFields[f];
    if (!draft || !submitted) return null;
    const v = parseDecimal(draft[f]);
    if (draft[f].trim() === '') return t('errors.fields.required');
    if (v === null) return t('errors.fields.format');
    if (v < 0 || v > 100) return t('errors.fields.share_range');
    return null;
  };
  const otherProblem =
    serverFields.ownerId ??
    serverFields.ownedId ??
    (submitted && draft && !draft.otherId ? t('ownership.pickRequired') : null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setSubmitted(true);
    setServerFields({});
    setRest([]);
    const capital = parseDecimal(draft.capitalShare);
    const voting = parseDecimal(draft.votingShare);
    if (
      !draft.otherId ||
      capital === null ||
      voting === null ||
      capital < 0 ||
      capital > 100 ||
      voting < 0 ||
      voting > 100
    )
      return;
    const body = {
      ownerId: draft.direction === 'owner' ? draft.otherId : org.id,
      ownedId: draft.direction === 'owner' ? org.id : draft.otherId,
      capitalShare: capital,
      votingShare: voting,
      boardControl: draft.boardControl,
      dominantInfluence: draft.dominantInfluence,
      votingAgreement: draft.votingAgreement,
    };
    try {
      const d = await addOwnership(org.id, body);
      // A link to an organisation you do not manage waits for its consent: say so.
      setSentForConfirmation(
        (d.ownership.pending ?? []).some(
          (l) => l.direction === 'outgoing' && l.ownerId === body.ownerId && l.ownedId === body.ownedId,
        ),
      );
      onChange(d);
      setDraft(null);
      setSubmitted(false);
      setResults(null);
    } catch (error) {
      const mapped = fieldErrorsOf(t, error, ['ownerId', 'ownedId', 'capitalShare', 'votingShare']);
      setServerFields(mapped.fields);
      setRest(Object.keys(mapped.fields).length ? mapped.rest : [errorText(t, error), ...mapped.rest]);
    }
  };

  const remove = async (l: TOwnershipLink) => {
    if (
      !(await confirm(t('ownership.confirmDelete', { owner: l.ownerName, owned: l.ownedName }), {
        confirmLabel: t('common.delete'),
      }))
    )
      return;
    const d = await action.run(() => deleteOwnership(org.id, l.id));
    if (d) onChange(d);
  };

  const { owners, holdings } = org.ownership;
  return (
    <section className="panel" aria-labelledby="ownership-title">
      <div className="panel__head">
        <h2 id="ownership-title">{t('ownership.title')}</h2>
        {can && !draft ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setDraft(emptyDraft());
              setSubmitted(false);
            }}
          >
            {t('ownership.add')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('ownership.intro')}</p>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {sentForConfirmation ? (
        <p className="callout" role="status">
          {t('ownership.pending.sent')}
        </p>
      ) : null}
      {owners.length === 0 && holdings.length === 0 ? (
        <EmptyState>
          <p>{t('ownership.empty')}</p>
        </EmptyState>
      ) : null}
      {owners.length > 0 ? (
        <LinksTable
          links={owners}
          side="owner"
          caption={t('ownership.owners')}
          can={can}
          onDelete={(l) => void remove(l)}
          busy={action.busy}
        />
      ) : null}
      {holdings.length > 0 ? (
        <LinksTable
          links={holdings}
          side="owned"
          caption={t('ownership.holdings')}
          can={can}
          onDelete={(l) => void remove(l)}
          busy={action.busy}
        />
      ) : null}

      <PendingLinks org={org} onChange={onChange} />

      {draft ? (
        <form className="inline-form" onSubmit={save} noValidate aria-labelledby="ownership-form-title">
          <h3 id="ownership-form-title">{t('ownership.addTitle')}</h3>
          <FormErrors messages={rest} />
          <div className="grid-2">
            <SelectField
              id="own-direction"
              label={t('ownership.direction')}
              value={draft.direction}
              onValue={(v) => setDraft({ ...draft, direction: v as TDraft['direction'] })}
              options={[
                { value: 'owner', label: t('ownership.directionOwner') },
                { value: 'holding', label: t('ownership.directionHolding') },
              ]}
            />
            <TextField
              id="own-query"
              type="search"
              label={t('ownership.search')}
              hint={t('ownership.searchHint')}
              value={draft.query}
              onValue={(v) => setDraft({ ...draft, query: v })}
              autoComplete="off"
            />
            <SelectField
              id="own-other"
              label={t('ownership.pick')}
              value={draft.otherId}
              onValue={(v) => setDraft({ ...draft, otherId: v })}
              options={(results ?? []).map((r) => ({
                value: r.id,
                label: r.eik ? `${r.legalNameBg} (${r.eik})` : r.legalNameBg,
              }))}
              placeholder={
                results === null
                  ? t('ownership.typeToSearch')
                  : results.length === 0
                    ? t('ownership.noMatches')
                    : t('common.choose')
              }
              error={otherProblem}
              hint={
                lookupError
                  ? errorText(t, lookupError)
                  : results
                    ? t('ownership.matches', { count: results.length })
                    : undefined
              }
              className="span-2"
              required
            />
            <TextField
              id="own-capital"
              label={t('ownership.capitalShare')}
              value={draft.capitalShare}
              onValue={(v) => setDraft({ ...draft, capitalShare: v })}
              error={shareProblem('capitalShare')}
              inputMode="decimal"
              required
            />
            <TextField
              id="own-voting"
              label={t('ownership.votingShare')}
              value={draft.votingShare}
              onValue={(v) => setDraft({ ...draft, votingShare: v })}
              error={shareProblem('votingShare')}
              inputMode="decimal"
              required
            />
          </div>
          <div className="checkbox-group">
            <CheckboxField
              id="own-board"
              label={t('ownership.boardControl')}
              checked={draft.boardControl}
              onChecked={(v) => setDraft({ ...draft, boardControl: v })}
            />
            <CheckboxField
              id="own-dominant"
              label={t('ownership.dominantInfluence')}
              checked={draft.dominantInfluence}
              onChecked={(v) => setDraft({ ...draft, dominantInfluence: v })}
            />
            <CheckboxField
              id="own-agreement"
              label={t('ownership.votingAgreement')}
              checked={draft.votingAgreement}
              onChecked={(v) => setDraft({ ...draft, votingAgreement: v })}
            />
          </div>
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
