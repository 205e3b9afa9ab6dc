import { useTranslation } from 'react-i18next';
import { LIMITS, ORGANISATION_TYPES } from '../../../../src/contract/common';
import type { TRegions } from '../../../../src/contract/reference';
import { SelectField, TextField } from '../../../shared/components/Field';
import type { TUrlFiltersState } from '../../../shared/hooks/use-url-filters';
import { localName } from '../../../shared/lib/format';
import type { TOrganisationFilters } from '../../../shared/lib/query';
import { useSession } from '../../../shared/session/session';
import { oblastForNuts2, oblastsOf } from '../model/list-filters';

/** The organisation list's search box; staff who see the whole register also filter by type, region and partnership. */
export function OrganisationFilters({
  state,
  all,
  regions,
  filtered,
}: {
  state: TUrlFiltersState<TOrganisationFilters>;
  all: boolean;
  regions: TRegions | null;
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { filters, update, q, setQ, clear } = state;
  const oblasts = oblastsOf(regions, filters.nuts2);

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('organisations.list.filtersLabel')}
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField
        id="filter-q"
        type="search"
        label={t('organisations.list.search')}
        hint={t('organisations.list.searchHint')}
        value={q}
        onValue={setQ}
        maxLength={LIMITS.searchMax}
      />
      {all ? (
        <>
          <SelectField
            id="filter-type"
            label={t('organisations.fields.type')}
            value={filters.type}
            onValue={(v) => update({ type: v })}
            options={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisations.types.${v}`) }))}
            placeholder={t('common.all')}
          />
          <SelectField
            id="filter-nuts2"
            label={t('organisations.fields.nuts2')}
            value={filters.nuts2}
            onValue={(v) => update({ nuts2: v, oblast: oblastForNuts2(filters.oblast, v, regions) })}
            options={(regions?.nuts2 ?? []).map((r) => ({
              value: r.code,
              label: `${localName(r, locale)} (${r.code})`,
            }))}
            placeholder={t('common.all')}
          />
          <SelectField
            id="filter-oblast"
            label={t('organisations.fields.oblast')}
            value={filters.oblast}
            onValue={(v) => update({ oblast: v })}
            options={oblasts.map((o) => ({ value: o.code, label: localName(o, locale) }))}
            placeholder={t('common.all')}
          />
          <SelectField
            id="filter-partner"
            label={t('organisations.fields.isPartner')}
            value={filters.partner}
            onValue={(v) => update({ partner: v as TOrganisationFilters['partner'] })}
            options={[
              { value: 'true', label: t('organisations.list.partnersOnly') },
              { value: 'false', label: t('organisations.list.nonPartners') },
            ]}
            placeholder={t('common.all')}
          />
        </>
      ) : null}
      {filtered ? (
        <button type="button" className="button button--ghost filters__clear" onClick={clear}>
          {t('organisations.list.clearFilters')}
        </button>
      ) : null}
    </form>
  );
}
