/**
 * Ownership links waiting for the other organisation's consent. Incoming ones (the other side asked) are confirmed or
 * declined here; outgoing ones (this side asked) may be withdrawn. Until confirmed they count nowhere.
 */
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { ErrorMessage } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { formatDate, formatPercent } from '../../../shared/lib/format';
import type { TOrganisationDetail, TPendingOwnershipLink } from '../../../../src/contract/organisations';
import { useSession } from '../../../shared/session/session';
import { settlePendingOwnership } from '../api';

type TStep = 'confirm' | 'decline' | 'withdraw';

export function PendingLinks({
  org,
  onChange,
}: {
  org: TOrganisationDetail;
  onChange: (d: TOrganisationDetail) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const action = useAction();
  const pending = org.ownership.pending ?? [];
  if (pending.length === 0) return null;

  const nameOf = (name: string | null) => name ?? t('ownership.pending.unknownOrganisation');
  const run = async (l: TPendingOwnershipLink, step: TStep) => {
    const names = { owner: nameOf(l.ownerName), owned: nameOf(l.ownedName) };
    const ok = await confirm(t(`ownership.pending.ask.${step}`, names), {
      confirmLabel: t(`ownership.pending.actions.${step}`),
    });
    if (!ok) return;
    const d = await action.run(() => settlePendingOwnership(org.id, l.id, step));
    if (d) onChange(d);
  };
  const caption = t('ownership.pending.title');
  return (
    <div className="pending-links">
      <h3 id="ownership-pending-title">{caption}</h3>
      <p className="muted">{t('ownership.pending.intro')}</p>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="ownership-pending-title">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('ownership.pending.link')}</th>
              <th scope="col" className="num">
                {t('ownership.shares')}
              </th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {nameOf(l.ownerName)} → {nameOf(l.ownedName)}
                  <br />
                  <span className="badge badge--warn">{t(`ownership.pending.direction.${l.direction}`)}</span>{' '}
                  <span className="muted">
                    {t('ownership.pending.requestedOn', { date: formatDate(l.requestedAt, locale) })}
                  </span>
                </th>
                <td className="num">
                  {formatPercent(l.capitalShare, locale)} / {formatPercent(l.votingShare, locale)}
                </td>
                <td>
                  <div className="actions">
                    {l.canConfirm ? (
                      <>
                        <button
                          type="button"
                          className="button button--small"
                          disabled={action.busy}
                          onClick={() => void run(l, 'confirm')}
                        >
                          {t('ownership.pending.actions.confirm')}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger-ghost"
                          disabled={action.busy}
                          onClick={() => void run(l, 'decline')}
                        >
                          {t('ownership.pending.actions.decline')}
                        </button>
                      </>
                    ) : null}
                    {l.canWithdraw ? (
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        disabled={action.busy}
                        onClick={() => void run(l, 'withdraw')}
                      >
                        {t('ownership.pending.actions.withdraw')}
                      </button>
                    ) : null}
                    {!l.canConfirm && !l.canWithdraw ? <span className="muted">—</span> : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
