/** A request's state as a coloured badge with its translated name (the colour is never the only cue). */
import { useTranslation } from 'react-i18next';
import { statusTone } from '../labels';
import type { TRequestState } from '../../../../src/contract/requests';

export function StatusBadge({ status }: { status: TRequestState }) {
  const { t } = useTranslation();
  const tone = statusTone(status);
  return <span className={`badge request-status request-status--${tone}`}>{t(`requests.statuses.${status}`)}</span>;
}
