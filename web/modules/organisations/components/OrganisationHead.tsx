import { useTranslation } from 'react-i18next';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';

/** The organisation page's heading: name, type, partner badge, and the edit and partner buttons it may use. */
export function OrganisationHead(props: {
  org: TOrganisationDetail;
  name: string;
  editing: boolean;
  busy: boolean;
  onEdit: () => void;
  onTogglePartner: () => void;
}) {
  const { t } = useTranslation();
  const { org, name, editing, busy, onEdit, onTogglePartner } = props;
  return (
    <div className="page-head">
      <div>
        <h1>{name}</h1>
        <p className="muted">
          {t(`organisations.types.${org.type}`)}
          {org.isPartner ? (
            <>
              {' '}
              <span className="badge badge--ok">{t('organisations.partner')}</span>
            </>
          ) : null}
        </p>
      </div>
      <div className="page-head__actions">
        {org.abilities.update && !editing ? (
          <button type="button" className="button" onClick={onEdit}>
            {t('common.edit')}
          </button>
        ) : null}
        {org.abilities.setPartner ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={onTogglePartner}
            disabled={busy}
            aria-pressed={org.isPartner}
          >
            {t('organisations.detail.partnerToggle')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
