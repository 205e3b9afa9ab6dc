/**
 * EIK claims on the organisations page. Customers see their own (waiting for confirmation, or rejected with the
 * reason); staff see the pending ones of everybody and confirm or reject each.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { ErrorMessage } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { decideClaim, type TClaim } from '../api';

export function ClaimsSection({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const action = useAction();
  const claims = useApi<{ items: TClaim[] }>(
    staff ? '/api/v1/organisation-claims?status=pending' : '/api/v1/organisation-claims',
  );
  const items = (claims.data?.items ?? []).filter((c) => staff || c.status !== 'confirmed');
  if (items.length === 0) return null;

  const decide = async (c: TClaim, decision: 'confirm' | 'reject') => {
    const ok = await confirm(
      t(`organisations.claims.ask.${decision}`, { name: c.legalNameBg, eik: c.eik, person: c.claimantName }),
      {
        confirmLabel: t(`organisations.claims.actions.${decision}`),
      },
    );
    if (!ok) return;
    const done = await action.run(() => decideClaim(c.id, decision));
    if (done) claims.reload();
  };
  return (
    <section className="panel" aria-labelledby="claims-title">
      <h2 id="claims-title">{staff ? t('organisations.claims.staffTitle') : t('organisations.claims.title')}</h2>
      <p className="muted">{staff ? t('organisations.claims.staffIntro') : t('organisations.claims.intro')}</p>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      <ul className="plain-list">
        {items.map((c) => (
          <li key={c.id} className="claim">
            <p>
              <strong>{c.legalNameBg}</strong> · {t('organisations.fields.eik')} {c.eik}{' '}
              <span className={`badge ${c.status === 'rejected' ? '' : 'badge--warn'}`.trim()}>
                {t(`organisations.claims.status.${c.status}`)}
              </span>
            </p>
            <p className="muted">
              {staff
                ? t('organisations.claims.byWhom', {
                    person: c.claimantName,
                    email: c.claimantEmail,
                    date: formatDate(c.createdAt, locale),
                  })
                : t('organisations.claims.since', { date: formatDate(c.createdAt, locale) })}
            </p>
            {c.reason ? <p>{t('organisations.claims.reason', { reason: c.reason })}</p> : null}
            {staff && c.status === 'pending' ? (
              <div className="actions">
                {c.organisationId ? (
                  <Link to={`/organisations/${c.organisationId}`}>{t('organisations.claims.open')}</Link>
                ) : null}
                <button
                  type="button"
                  className="button button--small"
                  disabled={action.busy}
                  onClick={() => void decide(c, 'confirm')}
                >
                  {t('organisations.claims.actions.confirm')}
                  <span className="visually-hidden"> {c.legalNameBg}</span>
                </button>
                <button
                  type="button"
                  className="button button--small button--danger-ghost"
                  disabled={action.busy}
                  onClick={() => void decide(c, 'reject')}
                >
                  {t('organisations.claims.actions.reject')}
                  <span className="visually-hidden"> {c.legalNameBg}</span>
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
