/** Under the amount of a revoked grant: that it no longer counts, since when and why (the request ended without delivery). */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';

export function RevokedNote({ revokedAt, reason }: { revokedAt: string; reason: string | null }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <>
      <span className="badge aid-table__counted">
        {t('aid.grants.revoked', { date: formatDate(revokedAt, locale) })}
      </span>
      {reason ? <span className="muted table-note">{t('aid.grants.revokedReason', { reason })}</span> : null}
    </>
  );
}
