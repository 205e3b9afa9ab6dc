/**
 * /events/:slug/check-in — staff at the door, usually on a phone: pick the session, scan the participant's
 * QR code with the camera or type the code, and read a clear answer (checked in, already checked in, unknown,
 * no confirmed seat). For a party registered with several names the page first asks who of them came (all ticked),
 * so certificates go only to those present. Below, the session's list with the counts; issuing the certificates.
 */
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { SelectField, TextField } from '../../../shared/components/Field';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { useHead } from '../../../shared/lib/head';
import { meansNotFound } from '../../../shared/lib/errors';
import { mayManageEvents } from '../access';
import { useSession } from '../../../shared/session/session';
import { eventPath } from '../api';
import { CertificatesPanel } from '../components/CertificatesPanel';
import { CheckInList } from '../components/CheckInList';
import { CheckInOutcome } from '../components/CheckInOutcome';
import { QrScanner } from '../components/QrScanner';
import { WhoCame } from '../components/WhoCame';
import { useCheckIn } from '../hooks/useCheckIn';
import { formatSpan } from '../sofia-time';
import { eventTitle, sessionTitle } from '../texts';
import type { TEvent } from '../../../../src/contract/events';
import { NotFoundPage } from '../../../app/NotFoundPage';

export function CheckInPage() {
  return (
    <RequireAuth allow={mayManageEvents}>
      <CheckInLoader />
    </RequireAuth>
  );
}

function CheckInLoader() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, reload } = useApi<TEvent>(eventPath(slug));
  useHead(t('events.checkIn.title'));
  if (error) {
    if (meansNotFound(error)) return <NotFoundPage />;
    return (
      <div className="container section">
        <ErrorMessage error={error} onRetry={reload} />
      </div>
    );
  }
  if (!data) return <Loading />;
  return <CheckInView event={data} />;
}

function CheckInView({ event: e }: { event: TEvent }) {
  const { t } = useTranslation();
  const { locale, me } = useSession();
  const door = useCheckIn(e);
  const { choosing } = door;
  const session = e.sessions.find((s) => s.id === door.sessionId) ?? null;
  const title = eventTitle(e, locale);
  return (
    <div className="container section check-in-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to={`/events/${e.slug}`}>{title}</Link>
      </nav>
      <h1>{t('events.checkIn.title')}</h1>
      <p className="check-in-page__event">{title}</p>

      <SelectField
        id="check-in-session"
        label={t('events.checkIn.session')}
        value={door.sessionId}
        onValue={door.selectSession}
        options={e.sessions.map((s) => ({
          value: s.id,
          label: [formatSpan(s.startsAt, s.endsAt, locale), sessionTitle(s, locale)].filter(Boolean).join(' · '),
        }))}
      />

      <section className="panel check-in-scan" aria-labelledby="check-in-scan-title">
        <h2 id="check-in-scan-title">{t('events.checkIn.scanTitle')}</h2>
        <QrScanner onCode={door.onScan} />
        <form className="check-in-typed" onSubmit={door.onTyped}>
          <TextField
            id="check-in-code"
            label={t('events.checkIn.code')}
            hint={t('events.checkIn.codeHint')}
            value={door.code}
            onValue={door.setCode}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <button type="submit" className="button" disabled={!door.code.trim() || !door.sessionId || !!choosing}>
            {t('events.checkIn.submit')}
          </button>
        </form>
        <div ref={door.resultRef} tabIndex={-1} className="check-in-result-wrap">
          {choosing ? (
            <WhoCame
              candidate={choosing.candidate}
              ticked={choosing.ticked}
              onTicked={(ticked) => door.patchChoosing({ ticked })}
              reason={choosing.reason}
              onReason={(reason) => door.patchChoosing({ reason })}
              onConfirm={() => void door.confirmWhoCame()}
              onCancel={door.cancelChoosing}
            />
          ) : door.outcome ? (
            <CheckInOutcome outcome={door.outcome} />
          ) : null}
        </div>
      </section>

      {session ? <CheckInList list={door.list} /> : null}
      {mayManageEvents(me) ? <CertificatesPanel event={e} /> : null}
    </div>
  );
}
