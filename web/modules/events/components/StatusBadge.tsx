/** A registration's status as a coloured badge with its word (colour is never the only signal). */
import { useTranslation } from 'react-i18next';
import type { TRegistrationStatus } from '../../../../src/contract/events';

const TONE: Record<TRegistrationStatus, string> = {
  confirmed: 'badge--ok',
  pending: 'badge--info',
  waitlisted: 'badge--warn',
  offered: 'badge--strong',
  cancelled: '',
  declined: '',
  expired: '',
  rejected: '',
};

export function RegistrationStatusBadge({ status }: { status: TRegistrationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`.trim()}>{t(`events.status.${status}`)}</span>;
}
