import { useTranslation } from 'react-i18next';
import { Detail } from '../../../shared/components/Detail';
import { countryName } from '../../../shared/lib/countries';
import { formatDateTime, localName } from '../../../shared/lib/format';
import { useReference } from '../../../shared/reference/use-reference';
import { useSession } from '../../../shared/session/session';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { webHref } from '../../../../src/contract/web-url';

/** An organisation's own data as a definition list, with region and sector names from the reference data. */
export function OrganisationDetails({ org }: { org: TOrganisationDetail }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { regions, sectors } = useReference();
  const oblast = regions?.oblasts.find((o) => o.code === org.oblast);
  const nuts2 = regions?.nuts2.find((r) => r.code === org.nuts2);
  const sector = sectors ? [...sectors.enterprise, ...sectors.public].find((s) => s.id === org.sector) : null;
  const secondarySector = sectors?.enterprise.find((s) => s.id === org.secondarySector) ?? null;
  return (
    <dl className="details">
      <Detail label={t('organisations.fields.legalNameBg')}>{org.legalNameBg}</Detail>
      <Detail label={t('organisations.fields.legalNameEn')}>{org.legalNameEn}</Detail>
      <Detail label={t('organisations.fields.country')}>{countryName(org.country, locale)}</Detail>
      {org.type === 'pso' ? (
        <Detail label={t('organisations.fields.psoLevel')}>
          {org.psoLevel ? t(`assessments.psoLevels.${org.psoLevel}`) : null}
        </Detail>
      ) : null}
      <Detail label={t('organisations.fields.eik')}>{org.eik}</Detail>
      <Detail label={t('organisations.fields.foreignRegistrationNo')}>{org.foreignRegistrationNo}</Detail>
      <Detail label={t('organisations.fields.vat')}>{org.vat}</Detail>
      <Detail label={t('organisations.fields.pic')}>{org.pic}</Detail>
      <Detail label={t('organisations.fields.address')}>
        {[org.street, org.postcode, org.city].filter(Boolean).join(', ')}
      </Detail>
      <Detail label={t('organisations.fields.oblast')}>
        {org.oblast ? `${localName(oblast, locale) || org.oblast} (${org.oblast})` : null}
      </Detail>
      <Detail label={t('organisations.fields.nuts2')}>
        {org.nuts2 ? `${localName(nuts2, locale) || org.nuts2} (${org.nuts2})` : null}
      </Detail>
      <Detail label={t('organisations.fields.sector')}>{sector ? localName(sector, locale) : org.sector}</Detail>
      <Detail label={t('organisations.fields.secondarySector')}>
        {secondarySector ? localName(secondarySector, locale) : org.secondarySector}
      </Detail>
      <Detail label={t('organisations.fields.naceCode')}>{org.naceCode}</Detail>
      <Detail label={t('organisations.fields.website')}>
        {org.website ? (
          <a href={webHref(org.website)} rel="noopener noreferrer">
            {org.website}
          </a>
        ) : null}
      </Detail>
      <Detail label={t('organisations.fields.foundationYear')}>{org.foundationYear}</Detail>
      <Detail label={t('organisations.fields.createdAt')}>{formatDateTime(org.createdAt, locale)}</Detail>
      <Detail label={t('organisations.fields.updatedAt')}>{formatDateTime(org.updatedAt, locale)}</Detail>
    </dl>
  );
}
