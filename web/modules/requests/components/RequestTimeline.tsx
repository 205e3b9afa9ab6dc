/** Everything that happened to a request, oldest first: transitions with reasons, comments, files, delivery, feedback. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { attachmentPath } from '../api';
import { fileSizeText, timelineLabel } from '../labels';
import type { TTimelineItem } from '../../../../src/contract/requests';

export function RequestTimeline({ requestId, events }: { requestId: string; events: TTimelineItem[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  if (events.length === 0) return <p className="muted">{t('requests.timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {events.map((e) => {
        const label = timelineLabel(e);
        const params = {
          ...label.params,
          from: label.params.from ? t(`requests.statuses.${label.params.from}`) : '',
          to: label.params.to ? t(`requests.statuses.${label.params.to}`) : '',
        };
        return (
          <li key={e.id} className={`timeline__event timeline__event--${e.kind}`}>
            <p className="timeline__head">
              <span className="timeline__title">{t(label.key, params)}</span>
              <time className="timeline__time" dateTime={e.at}>
                {formatDateTime(e.at, locale)}
              </time>
            </p>
            {e.body ? (
              <p className="timeline__body">
                {e.action === 'reject' || e.action === 'cancel' ? (
                  <span className="visually-hidden">{t('requests.timeline.reason')}: </span>
                ) : null}
                {e.body}
              </p>
            ) : null}
            {e.attachment ? (
              <p className="timeline__file">
                <a href={attachmentPath(requestId, e.attachment.id)} download={e.attachment.filename}>
                  {e.attachment.filename}
                </a>{' '}
                <span className="muted">({fileSizeText(e.attachment.sizeBytes, locale)})</span>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
