/**
 * The catalogue's search form: a plain GET form to /services, so it works without JavaScript; with
 * JavaScript it navigates in the app. Filters apply on the button, never on input (no surprise
 * reloads while a keyboard user moves through a list). Areas are links, one click each.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS, ORGANISATION_TYPES } from '../../../../src/contract/common';
import { ENTERPRISE_SECTORS, PUBLIC_SECTORS } from '../../../../src/domain/sectors';
import { SERVICE_FAMILIES, TECHNOLOGY_AREAS } from '../../../../src/contract/services/enums';
import { SelectField, TextField } from '../../../shared/components/Field';
import { localName } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { catalogueHref, isFiltered, type TCatalogueFilters } from '../catalogue-filters';

export function CatalogueSearch({ filters, canSeeDrafts }: { filters: TCatalogueFilters; canSeeDrafts: boolean }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(filters);
  const set = (patch: Partial<TCatalogueFilters>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    navigate(catalogueHref(filters, { ...draft, page: 1 }));
  };

  return (
    <>
      <nav className="chip-row" aria-label={t('services.list.family')}>
        <ul>
          <li>
            <Link
              className="chip"
              to={catalogueHref(filters, { family: '' })}
              aria-current={filters.family ? undefined : 'page'}
            >
              {t('services.list.allFamilies')}
            </Link>
          </li>
          {SERVICE_FAMILIES.map((f) => (
            <li key={f}>
              <Link
                className="chip"
                to={catalogueHref(filters, { family: f })}
                aria-current={filters.family === f ? 'page' : undefined}
              >
                {t(`services.families.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        className="filters catalogue-search"
        role="search"
        aria-label={t('services.list.filtersLabel')}
        method="get"
        action="/services"
        onSubmit={onSubmit}
      >
        {filters.family ? <input type="hidden" name="family" value={filters.family} /> : null}
        <TextField
          id="q"
          type="search"
          className="catalogue-search__q"
          label={t('services.list.search')}
          hint={t('services.list.searchHint')}
          value={draft.q}
          onValue={(q) => set({ q })}
          maxLength={LIMITS.searchMax}
        />
        <SelectField
          id="technology"
          label={t('services.list.technology')}
          value={draft.technology}
          onValue={(technology) => set({ technology })}
          options={TECHNOLOGY_AREAS.map((v) => ({ value: v, label: t(`services.technologies.${v}`) }))}
          placeholder={t('services.list.allTechnologies')}
        />
        <SelectField
          id="sector"
          label={t('services.list.sector')}
          value={draft.sector}
          onValue={(sector) => set({ sector })}
          options={[]}
          groups={[
            {
              label: t('services.form.enterpriseSectors'),
              options: ENTERPRISE_SECTORS.map((s) => ({ value: s.id, label: localName(s, locale) })),
            },
            {
              label: t('services.form.publicSectors'),
              options: PUBLIC_SECTORS.map((s) => ({ value: s.id, label: localName(s, locale) })),
            },
          ]}
          placeholder={t('common.all')}
        />
        <SelectField
          id="customerType"
          label={t('services.list.customerType')}
          value={draft.customerType}
          onValue={(customerType) => set({ customerType })}
          options={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisations.types.${v}`) }))}
          placeholder={t('common.all')}
        />
        {canSeeDrafts ? (
          <div className="field field--checkbox catalogue-search__drafts">
            <input
              type="checkbox"
              id="drafts"
              name="drafts"
              value="1"
              checked={draft.drafts}
              onChange={(e) => set({ drafts: e.target.checked })}
            />
            <label htmlFor="drafts">{t('services.list.drafts')}</label>
          </div>
        ) : null}
        <div className="catalogue-search__actions">
          <button type="submit" className="button">
            {t('services.list.submit')}
          </button>
          {isFiltered(filters) || filters.drafts ? (
            <Link className="button button--ghost" to="/services">
              {t('services.list.clear')}
            </Link>
          ) : null}
        </div>
      </form>
    </>
  );
}
