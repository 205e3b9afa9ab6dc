/** The files hubs send out for a period: the national de minimis register and the Commission's "EDIH services". */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { registerExportUrl, servicesExportUrl, type TExportFormat } from '../api';

const FORMATS: TExportFormat[] = ['xlsx', 'csv'];

export function ExportsPanel({ period }: { period: { from: string; to: string } }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const files = [
    { key: 'register', name: t('aid.exports.register'), help: t('aid.exports.registerHelp'), url: registerExportUrl },
    { key: 'services', name: t('aid.exports.services'), help: t('aid.exports.servicesHelp'), url: servicesExportUrl },
  ];
  return (
    <section className="panel" aria-labelledby="aid-exports-title">
      <h2 id="aid-exports-title">{t('aid.exports.title')}</h2>
      <p className="muted">
        {t('aid.exports.period', { from: formatDate(period.from, locale), to: formatDate(period.to, locale) })}
      </p>
      <ul className="plain-list export-list">
        {files.map((f) => (
          <li key={f.key} className="export-list__item">
            <span className="export-list__name">
              {f.name}
              <span className="muted table-note">{f.help}</span>
            </span>
            <span className="export-list__links">
              {FORMATS.map((format) => (
                <a
                  key={format}
                  className="button button--small button--secondary"
                  href={f.url(period, format)}
                  download
                >
                  <span className="visually-hidden">{f.name} </span>
                  {format.toUpperCase()}
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
