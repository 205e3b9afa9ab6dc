/** An events API error as a sentence (the events' own codes first), announced at once. */
import { useTranslation } from 'react-i18next';
import { eventErrorText } from '../errors';

export function EventError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="status status--error" role="alert">
      <p>{eventErrorText(t, error)}</p>
    </div>
  );
}
