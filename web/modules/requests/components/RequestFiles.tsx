import { useTranslation } from 'react-i18next';
import type { TRequestOut } from '../../../../src/contract/requests';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { attachmentPath } from '../api';

/** The request's files to download, with who uploaded each and when; nothing while there are none. */
export function RequestFiles({ request: r }: { request: TRequestOut }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  if (r.attachments.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="request-files-title">
      <h2 id="request-files-title">{t('requests.attachments.title')}</h2>
      <ul className="plain-list request-files">
        {r.attachments.map((a) => (
          <li key={a.id}>
            <a href={attachmentPath(r.id, a.id)} download={a.filename}>
              {a.filename}
            </a>
            <span className="muted request-files__meta">
              {[a.uploadedByName, formatDateTime(a.createdAt, locale)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
