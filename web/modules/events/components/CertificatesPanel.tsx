/** Issuing the event's certificates by its rule (every session, or a minimum), with how many were issued. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { issueCertificates } from '../api';
import type { TEvent } from '../../../../src/contract/events';
import { EventError } from './EventError';

export function CertificatesPanel({ event: e }: { event: TEvent }) {
  const { t } = useTranslation();
  const certificates = useAction();
  const [issued, setIssued] = useState<{ issued: number; skipped: number } | null>(null);
  return (
    <section className="panel" aria-labelledby="check-in-certificates-title">
      <h2 id="check-in-certificates-title">{t('events.certificates.title')}</h2>
      <p>
        {e.certificateRule === 'min'
          ? t('events.certificates.ruleMin', { count: e.certificateMinSessions ?? 1 })
          : t('events.certificates.ruleAll')}
      </p>
      <EventError error={certificates.error} />
      {issued ? (
        <Notice>{t('events.certificates.issued', { issued: issued.issued, skipped: issued.skipped })}</Notice>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={certificates.busy}
        onClick={() => void certificates.run(() => issueCertificates(e.id)).then((r) => r && setIssued(r))}
      >
        {t('events.certificates.issue')}
      </button>
    </section>
  );
}
