/**
 * The result of importing a Commission results file: what was read, the file's rows we have no assessment
 * for, our assessments the file lacks, and every score that differs. Ours is shown as exported (one decimal,
 * half up), the file's value and the difference as they stand, so the difference is exactly theirs − ours.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../../shared/components/Pagination';
import { formatScore } from '../scores';
import type { TReconciliation } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
import { formatExact, formatExactChange, pageOf } from '../format';

export const DIFFERENCES_PAGE_SIZE = 50;

export function ReconciliationView({ result }: { result: TReconciliation }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [page, setPage] = useState(1);
  const shown = pageOf(result.differences, page, DIFFERENCES_PAGE_SIZE);

  return (
    <div className="reconciliation">
      <dl className="reconciliation__summary">
        <div>
          <dt>{t('assessments.import.rows')}</dt>
          <dd>{result.rows}</dd>
        </div>
        <div>
          <dt>{t('assessments.import.matched')}</dt>
          <dd>{result.matched}</dd>
        </div>
        <div>
          <dt>{t('assessments.import.unmatchedCount')}</dt>
          <dd>{result.unmatched.length}</dd>
        </div>
        <div>
          <dt>{t('assessments.import.missingCount')}</dt>
          <dd>{result.missing.length}</dd>
        </div>
        <div>
          <dt>{t('assessments.import.differencesCount')}</dt>
          <dd>{result.differences.length}</dd>
        </div>
      </dl>

      {result.differences.length === 0 ? (
        <p className="status status--success">{t('assessments.import.allMatch')}</p>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="differences-caption">
            <table className="table">
              <caption id="differences-caption">{t('assessments.import.differencesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('assessments.import.row')}
                  </th>
                  <th scope="col">{t('assessments.import.organisation')}</th>
                  <th scope="col">{t('assessments.fields.stage')}</th>
                  <th scope="col">{t('assessments.import.column')}</th>
                  <th scope="col" className="num">
                    {t('assessments.import.ours')}
                  </th>
                  <th scope="col" className="num">
                    {t('assessments.import.theirs')}
                  </th>
                  <th scope="col" className="num">
                    {t('assessments.import.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.items.map((d) => (
                  <tr key={`${d.row}-${d.column}`}>
                    <td className="num">{d.row}</td>
                    <th scope="row">
                      <Link to={`/organisations/${d.organisationId}/assessments`}>{d.name}</Link>
                    </th>
                    <td>{d.stage}</td>
                    <td>{d.column}</td>
                    <td className="num">{formatScore(d.ours, locale)}</td>
                    <td className="num">{formatExact(d.theirs, locale)}</td>
                    <td className="num">{formatExactChange(d.difference, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={shown.page}
            pageSize={DIFFERENCES_PAGE_SIZE}
            total={result.differences.length}
            onPage={setPage}
            label={t('assessments.import.differencesPages')}
          />
        </>
      )}

      {result.unmatched.length ? (
        <>
          <h4>{t('assessments.import.unmatchedTitle')}</h4>
          <p className="muted">{t('assessments.import.unmatchedHelp')}</p>
          <ul className="plain-list reconciliation__list">
            {result.unmatched.map((u) => (
              <li key={u.row}>
                {t('assessments.import.unmatchedRow', { row: u.row, id: u.id, name: u.name, stage: u.stage })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {result.missing.length ? (
        <>
          <h4>{t('assessments.import.missingTitle')}</h4>
          <p className="muted">{t('assessments.import.missingHelp')}</p>
          <ul className="plain-list reconciliation__list reconciliation__missing">
            {result.missing.map((m) => (
              <li key={`${m.organisationId}-${m.stage}`}>
                <Link to={`/organisations/${m.organisationId}/assessments`}>{m.name}</Link>{' '}
                {t('assessments.import.missingRow', { id: m.id, stage: m.stage })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {result.issues.length ? (
        <>
          <h4>{t('assessments.import.issuesTitle')}</h4>
          <ul className="plain-list reconciliation__list">
            {result.issues.map((i) => (
              <li key={`${i.row}-${i.message}`}>
                {t('assessments.import.issueRow', { row: i.row, message: i.message })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
