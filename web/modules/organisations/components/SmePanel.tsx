/** The organisation's SME category as computed by the server, with partners, linked enterprises and the single undertaking. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/lib/format';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { SmeResult } from './SmeResult';
import { useSession } from '../../../shared/session/session';

/** Names for the ids that appear in reasons: this organisation, its link partners and its single undertaking. */
export function organisationNames(org: TOrganisationDetail): Map<string, string> {
  const names = new Map<string, string>();
  for (const l of [...org.ownership.owners, ...org.ownership.holdings]) {
    names.set(l.ownerId, l.ownerName);
    names.set(l.ownedId, l.ownedName);
  }
  for (const s of org.singleUndertaking) names.set(s.id, s.name);
  names.set(org.id, org.legalNameBg);
  return names;
}

export function SmePanel({ org }: { org: TOrganisationDetail }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const names = organisationNames(org);
  const nameOf = (id: string) => names.get(id);
  const others = org.singleUndertaking.filter((s) => s.id !== org.id);

  return (
    <section className="panel panel--accent" aria-labelledby="sme-panel-title">
      <h2 id="sme-panel-title">{t('sme.panel.title')}</h2>
      <SmeResult result={org.sme} nameOf={nameOf} headingLevel={3} idPrefix="org" compact />
      {org.sme.partners.length > 0 ? (
        <>
          <h3>{t('sme.panel.partners')}</h3>
          <ul className="plain-list">
            {org.sme.partners.map((p) => (
              <li key={p.id}>
                <Link to={`/organisations/${p.id}`}>{nameOf(p.id) ?? p.id}</Link> — {formatPercent(p.share, locale)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {org.sme.linked.length > 0 ? (
        <>
          <h3>{t('sme.panel.linked')}</h3>
          <ul className="plain-list">
            {org.sme.linked.map((id) => (
              <li key={id}>
                <Link to={`/organisations/${id}`}>{nameOf(id) ?? id}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('sme.panel.singleUndertaking')}</h3>
      <p className="muted">{t('sme.panel.singleUndertakingHelp')}</p>
      {others.length === 0 ? (
        <p>{t('sme.panel.singleUndertakingAlone')}</p>
      ) : (
        <ul className="plain-list">
          {org.singleUndertaking.map((s) => (
            <li key={s.id}>
              {s.id === org.id ? <strong>{s.name}</strong> : <Link to={`/organisations/${s.id}`}>{s.name}</Link>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
