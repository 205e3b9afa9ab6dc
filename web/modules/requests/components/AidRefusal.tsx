/** An acceptance refused for the aid (ceiling or missing declaration): the reason, and the way to the organisation's aid. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../shared/session/session';
import { requestErrorText } from '../errors';

export function AidRefusal({ error, organisationId }: { error: unknown; organisationId: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <div className="status status--error request-aid-refusal" role="alert">
      <p className="request-aid-refusal__title">{t('requests.actions.acceptRefused')}</p>
      <p>{requestErrorText(t, locale, error)}</p>
      <p>
        <Link to={`/organisations/${organisationId}/journey`}>{t('requests.actions.seeAid')}</Link>
      </p>
    </div>
  );
}
