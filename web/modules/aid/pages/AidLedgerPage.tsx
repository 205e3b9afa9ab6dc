/**
 * Hub staff: the state-aid ledger — every grant, filtered by period, basis and search in the URL, with totals
 * per basis; the national de minimis register and the Commission's services file for the period; and, for
 * admins, the aid settings.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AID_BASES } from '../../../../src/domain/state-aid/aid';
import { calendarDateInSofia } from '../../../../src/domain/state-aid/calendar-date';
import { LIMITS } from '../../../../src/contract/common';
import { SelectField, TextField } from '../../../shared/components/Field';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { withQuery } from '../../../shared/lib/api';
import { useHead } from '../../../shared/lib/head';
import { isStaff } from '../../assessments/staff';
import { AidSettingsForm } from '../components/AidSettingsForm';
import { ExportsPanel } from '../components/ExportsPanel';
import { LedgerTable } from '../components/LedgerTable';
import { LedgerTotals } from '../components/LedgerTotals';
import { basisName } from '../labels';
import {
  exportPeriod,
  isLedgerFiltered,
  ledgerFiltersToSearch,
  parseLedgerFilters,
  type TLedgerFilters,
} from '../ledger-filters';
import type { TLedgerPage } from '../../../../src/contract/aid';
import { useSession } from '../../../shared/session/session';

export function AidLedgerPage() {
  const { t } = useTranslation();
  useHead(t('aid.ledger.title'));
  return (
    <div className="container section aid-ledger-page">
      <RequireAuth allow={isStaff}>
        <LedgerView />
      </RequireAuth>
    </div>
  );
}

function LedgerView() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { filters, update, q, setQ, clear } = useUrlFilters(parseLedgerFilters, ledgerFiltersToSearch);
  const today = useMemo(() => calendarDateInSofia(new Date()), []);
  const path = withQuery('/api/v1/aid/ledger', {
    from: filters.from,
    to: filters.to,
    basis: filters.basis,
    q: filters.q,
    page: filters.page,
    pageSize: LIMITS.pageSizeDefault,
  });
  const ledger = useApi<TLedgerPage>(path);
  const filtered = isLedgerFiltered(filters);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('aid.ledger.title')}</h1>
          <p className="muted">{t('aid.ledger.lead')}</p>
        </div>
      </div>
      <form
        className="filters"
        role="search"
        aria-label={t('aid.ledger.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="ledger-q"
          type="search"
          label={t('aid.ledger.search')}
          hint={t('aid.ledger.searchHint')}
          value={q}
          onValue={setQ}
          maxLength={LIMITS.searchMax}
        />
        <TextField
          id="ledger-from"
          type="date"
          label={t('aid.ledger.from')}
          value={filters.from}
          onValue={(from) => update({ from })}
          max={filters.to || undefined}
        />
        <TextField
          id="ledger-to"
          type="date"
          label={t('aid.ledger.to')}
          value={filters.to}
          onValue={(to) => update({ to })}
          min={filters.from || undefined}
        />
        <SelectField
          id="ledger-basis"
          label={t('aid.grants.basis')}
          value={filters.basis}
          onValue={(v) => update({ basis: v as TLedgerFilters['basis'] })}
          options={AID_BASES.map((b) => ({ value: b, label: basisName(t, b) }))}
          placeholder={t('common.all')}
        />
        {filtered ? (
          <button type="button" className="button button--ghost filters__clear" onClick={clear}>
            {t('aid.ledger.clear')}
          </button>
        ) : null}
      </form>

      {ledger.data ? <LedgerTotals totals={ledger.data.totalsCents} /> : null}
      <PagedList
        state={ledger}
        empty={<p>{filtered ? t('aid.ledger.emptyFiltered') : t('aid.ledger.empty')}</p>}
        onPage={(page) => update({ page })}
      >
        {(data) => <LedgerTable items={data.items} />}
      </PagedList>

      <ExportsPanel period={exportPeriod(filters, today)} />
      {me.abilities.aid.settings ? <AidSettingsForm /> : null}
    </>
  );
}
