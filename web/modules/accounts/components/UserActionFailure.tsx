import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../shared/components/Status';
import { asApiError } from '../../../shared/lib/errors';
import { refusalReason } from '../model/admin-users';

/** Why the last change to a user failed: a refusal (409) in words of its reason, anything else as an error. */
export function UserActionFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const failure = asApiError(error);
  if (failure.status !== 409) return <ErrorMessage error={failure} />;
  const reason = refusalReason(failure.details);
  return (
    <p className="status status--error" role="alert">
      {reason
        ? t(`userAdmin.refused.${reason}`, { defaultValue: t('admin.users.cannotDemoteSelf') })
        : t('admin.users.cannotDemoteSelf')}
    </p>
  );
}
