/**
 * The staff board: one column per state, oldest request first, each card linking to its request. Columns
 * sit side by side and scroll sideways on narrow screens (each column keeps a readable width).
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/format';
import { serviceTitle } from '../../services/texts';
import { useSession } from '../../../shared/session/session';
import { requestRef } from '../labels';
import type { TBoard, TRequestSummary } from '../../../../src/contract/requests';

function Card({ r }: { r: TRequestSummary }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <li className="board-card">
      <p className="board-card__title">
        <Link to={`/requests/${r.id}`}>
          <span className="board-card__ref">{requestRef(r.ref)}</span> {serviceTitle(r.service, locale)}
        </Link>
      </p>
      <p className="board-card__org">{r.organisation.name}</p>
      <p className="board-card__meta">
        <span>{t('requests.board.since', { date: formatDate(r.updatedAt, locale) })}</span>
        {r.expert ? <span>{t('requests.board.expert', { name: r.expert.name })}</span> : null}
        {r.partner && !r.expert ? <span>{r.partner.name}</span> : null}
      </p>
    </li>
  );
}

export function BoardColumns({ board }: { board: TBoard }) {
  const { t } = useTranslation();
  return (
    <div className="board" role="region" aria-label={t('requests.board.columnsLabel')} tabIndex={0}>
      {board.columns.map((c) => (
        <section
          key={c.status}
          className={`board__column board__column--${c.status}`}
          aria-labelledby={`board-${c.status}`}
        >
          <h2 id={`board-${c.status}`} className="board__title">
            {t(`requests.statuses.${c.status}`)}{' '}
            <span className="board__count">{c.totalCapped ? `${c.total}+` : c.total}</span>
          </h2>
          {c.items.length === 0 ? (
            <p className="board__empty">{t('requests.board.emptyColumn')}</p>
          ) : (
            <ul className="board__cards">
              {c.items.map((r) => (
                <Card key={r.id} r={r} />
              ))}
            </ul>
          )}
          {c.total > c.items.length ? (
            <p className="board__more">
              <Link to={`/requests?status=${c.status}`}>
                {t(c.totalCapped ? 'requests.board.moreCapped' : 'requests.board.more', {
                  count: c.total - c.items.length,
                })}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
