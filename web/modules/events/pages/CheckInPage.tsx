/**
 * /events/:slug/check-in — staff at the door, usually on a phone: pick the session, scan the participant's
 * QR code with the camera or type the code, and read a clear answer (checked in, already checked in, unknown,
 * no confirmed seat). For a party registered with several names the page first asks who of them came (all ticked),
 * so certificates go only to those present. Below, the session's list with the counts; issuing the certificates.
 */
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { meansNotFound } from '../../../shared/lib/errors';
import { mayManageEvents } from '../access';
import { useSession } from '../../../shared/session/session';
import { checkIn, checkInsPath, eventPath, issueCertificates, lookUpCheckIn } from '../api';
import {
  asksBeforeCheckIn,
  asksWhoCame,
  attendeeChoices,
  checkInBody,
  createScanGate,
  defaultSession,
  normaliseCode,
  outcomeOfError,
  overrideReason,
  OVERRIDE_REASON_MIN,
  type TCheckInOutcome,
} from '../checkin-model';
import { EventError } from '../components/EventError';
import { QrScanner } from '../components/QrScanner';
import { formatSpan, formatTime } from '../sofia-time';
import { eventTitle, sessionTitle } from '../texts';
import type { TCheckInCandidate, TCheckInList, TCheckInResult, TEvent } from '../../../../src/contract/events';
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
  const [sessionId, setSessionId] = useState(() => defaultSession(e.sessions, new Date())?.id ?? '');
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<TCheckInOutcome | null>(null);
  const [choosing, setChoosing] = useState<{
    code: string;
    candidate: TCheckInCandidate;
    ticked: Set<string>;
    reason: string;
  } | null>(null);
  const gate = useRef(createScanGate());
  const busyRef = useRef(false);
  const list = useApi<TCheckInList>(sessionId ? checkInsPath(e.id, sessionId) : null);
  const reloadList = list.reload;
  const certificates = useAction();
  const [issued, setIssued] = useState<{ issued: number; skipped: number } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const send = useCallback(
    async (body: { code: string; attendees?: string[]; overrideReason?: string }) => {
      const result = await checkIn(e.id, sessionId, body);
      setOutcome({ kind: 'ok', result });
      setCode('');
      reloadList();
    },
    [e.id, sessionId, reloadList],
  );

  // A scanned or typed code is looked up first: a party with several names waits for staff to tick who came, and a
  // check-in on another day than the session's waits for staff's reason (the server refuses it without one).
  const submit = useCallback(
    async (raw: string) => {
      const value = normaliseCode(raw);
      if (!value || !sessionId || busyRef.current || choosing) return;
      busyRef.current = true;
      try {
        const candidate = await lookUpCheckIn(e.id, sessionId, value);
        if (asksBeforeCheckIn(candidate)) {
          setOutcome(null);
          setChoosing({ code: value, candidate, ticked: new Set(attendeeChoices(candidate)), reason: '' });
          return;
        }
        await send({ code: value });
      } catch (err) {
        setOutcome(outcomeOfError(err));
      } finally {
        busyRef.current = false;
        resultRef.current?.focus();
      }
    },
    [e.id, sessionId, choosing, send],
  );

  const confirmWhoCame = async () => {
    if (!choosing || busyRef.current) return;
    const body = checkInBody(choosing.code, choosing.candidate, choosing.ticked);
    if (!body) return;
    const reason = choosing.candidate.onSessionDay ? null : overrideReason(choosing.reason);
    if (!choosing.candidate.onSessionDay && !reason) return;
    busyRef.current = true;
    try {
      await send(reason ? { ...body, overrideReason: reason } : body);
    } catch (err) {
      setOutcome(outcomeOfError(err));
    } finally {
      busyRef.current = false;
      setChoosing(null);
      resultRef.current?.focus();
    }
  };

  const onScan = useCallback(
    (scanned: string) => {
      if (gate.current(scanned, Date.now())) void submit(scanned);
    },
    [submit],
  );

  const onTyped = (ev: FormEvent) => {
    ev.preventDefault();
    void submit(code);
  };

  const session = e.sessions.find((s) => s.id === sessionId) ?? null;
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
        value={sessionId}
        onValue={(v) => {
          setSessionId(v);
          setOutcome(null);
          setChoosing(null);
        }}
        options={e.sessions.map((s) => ({
          value: s.id,
          label: [formatSpan(s.startsAt, s.endsAt, locale), sessionTitle(s, locale)].filter(Boolean).join(' · '),
        }))}
      />

      <section className="panel check-in-scan" aria-labelledby="check-in-scan-title">
        <h2 id="check-in-scan-title">{t('events.checkIn.scanTitle')}</h2>
        <QrScanner onCode={onScan} />
        <form className="check-in-typed" onSubmit={onTyped}>
          <TextField
            id="check-in-code"
            label={t('events.checkIn.code')}
            hint={t('events.checkIn.codeHint')}
            value={code}
            onValue={setCode}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <button type="submit" className="button" disabled={!code.trim() || !sessionId || !!choosing}>
            {t('events.checkIn.submit')}
          </button>
        </form>
        <div ref={resultRef} tabIndex={-1} className="check-in-result-wrap">
          {choosing ? (
            <WhoCame
              candidate={choosing.candidate}
              ticked={choosing.ticked}
              onTicked={(ticked) => setChoosing((c) => (c ? { ...c, ticked } : c))}
              reason={choosing.reason}
              onReason={(reason) => setChoosing((c) => (c ? { ...c, reason } : c))}
              onConfirm={() => void confirmWhoCame()}
              onCancel={() => setChoosing(null)}
            />
          ) : outcome ? (
            <Outcome outcome={outcome} />
          ) : null}
        </div>
      </section>

      {session ? (
        <section className="panel" aria-labelledby="check-in-list-title">
          <h2 id="check-in-list-title">{t('events.checkIn.listTitle')}</h2>
          {list.data ? (
            <>
              <p className="check-in-count">
                {t('events.checkIn.counts', { checkedIn: list.data.checkedIn, expected: list.data.expected })}
              </p>
              {list.data.items.length ? (
                <ul className="plain-list check-in-list">
                  {/* Checked-in people first (latest on top), then those still expected. */}
                  {[...list.data.items]
                    .sort((a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? ''))
                    .map((row) => (
                      <li
                        key={row.registrationId}
                        className={row.checkedInAt ? 'check-in-list__item--in' : 'check-in-list__item--expected'}
                      >
                        <span className="check-in-list__name">{row.contactName}</span>
                        {row.organisationName ? <span className="muted"> · {row.organisationName}</span> : null}
                        {row.checkedInAt && row.attendeeNames?.length ? (
                          <span className="check-in-list__names muted">{row.attendeeNames.join(', ')}</span>
                        ) : null}
                        <span className="check-in-list__meta">
                          {row.checkedInAt
                            ? `${t('events.checkIn.people', { people: row.people ?? row.seats, seats: row.seats })} · ${formatTime(row.checkedInAt, locale)}`
                            : t('events.checkIn.expected', { count: row.seats })}
                        </span>
                      </li>
                    ))}
                </ul>
              ) : (
                <p className="muted">{t('events.checkIn.none')}</p>
              )}
            </>
          ) : list.error ? (
            <ErrorMessage error={list.error} onRetry={list.reload} />
          ) : (
            <Loading />
          )}
        </section>
      ) : null}

      {mayManageEvents(me) ? (
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
      ) : null}
    </div>
  );
}

/**
 * Before checking in: which of a party came (the registration's names, all ticked to start with; at least one),
 * and on another day than the session's the reason staff check in anyway.
 */
function WhoCame({
  candidate,
  ticked,
  onTicked,
  reason,
  onReason,
  onConfirm,
  onCancel,
}: {
  candidate: TCheckInCandidate;
  ticked: Set<string>;
  onTicked: (ticked: Set<string>) => void;
  reason: string;
  onReason: (reason: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const party = asksWhoCame(candidate);
  const names = party ? attendeeChoices(candidate) : [];
  const count = names.filter((n) => ticked.has(n)).length;
  const offDay = !candidate.onSessionDay;
  const [reasonTouched, setReasonTouched] = useState(false);
  const reasonOk = !offDay || overrideReason(reason) !== null;
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, locale);
  const sessionDay =
    candidate.sessionFirstDay === candidate.sessionLastDay
      ? day(candidate.sessionFirstDay)
      : `${day(candidate.sessionFirstDay)} – ${day(candidate.sessionLastDay)}`;
  return (
    <fieldset className="check-in-who" aria-describedby={party ? 'check-in-who-hint' : undefined}>
      <legend className="check-in-who__head">
        {candidate.contactName}
        {candidate.organisationName ? ` · ${candidate.organisationName}` : ''}
      </legend>
      {offDay ? (
        <div className="check-in-result check-in-result--warn check-in-who__off-day">
          <p className="check-in-result__head">{t('events.checkIn.offDay', { day: sessionDay })}</p>
          <p>{t('events.checkIn.offDayHint')}</p>
          <TextAreaField
            id="check-in-override-reason"
            label={t('events.checkIn.offDayReason')}
            value={reason}
            onValue={onReason}
            onBlur={() => setReasonTouched(true)}
            required
            rows={2}
            maxLength={500}
            error={
              reasonTouched && !reasonOk
                ? t('events.checkIn.offDayReasonShort', { min: OVERRIDE_REASON_MIN })
                : undefined
            }
          />
        </div>
      ) : null}
      {party ? <p id="check-in-who-hint">{t('events.checkIn.whoCame', { seats: candidate.seats })}</p> : null}
      {names.map((name, i) => (
        <CheckboxField
          key={name}
          id={`check-in-who-${i}`}
          label={name}
          checked={ticked.has(name)}
          onChecked={(on) => {
            const next = new Set(ticked);
            if (on) next.add(name);
            else next.delete(name);
            onTicked(next);
          }}
        />
      ))}
      {party && count === 0 ? <p className="field__error">{t('events.checkIn.tickSomeone')}</p> : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={(party && count === 0) || !reasonOk}
          onClick={() => {
            setReasonTouched(true);
            onConfirm();
          }}
        >
          {party ? t('events.checkIn.confirmWhoCame', { count }) : t('events.checkIn.confirmOffDay')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

/** The names this check-in recorded as present (the ticked ones), else the registration's names. */
function presentNames(result: TCheckInResult): string[] {
  const r = result.registration;
  const latest = r.checkIns.find((c) => c.checkedInAt === result.checkedInAt && c.attendeeNames);
  return latest?.attendeeNames ?? r.attendeeNames;
}

function Outcome({ outcome }: { outcome: TCheckInOutcome }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  if (outcome.kind === 'ok') {
    const r = outcome.result.registration;
    return (
      <div className="check-in-result check-in-result--ok" role="status">
        <p className="check-in-result__head">{t('events.checkIn.ok')}</p>
        <p>
          <strong>{r.contactName}</strong>
          {r.organisationName ? ` · ${r.organisationName}` : ''}
        </p>
        <p>{t('events.checkIn.people', { people: outcome.result.people, seats: r.seats })}</p>
        {presentNames(outcome.result).length ? (
          <p className="muted">{presentNames(outcome.result).join(', ')}</p>
        ) : null}
      </div>
    );
  }
  if (outcome.kind === 'duplicate') {
    return (
      <div className="check-in-result check-in-result--warn" role="alert">
        <p className="check-in-result__head">{t('events.checkIn.duplicate')}</p>
        {outcome.checkedInAt ? (
          <p>{t('events.checkIn.duplicateAt', { at: formatDateTime(outcome.checkedInAt, locale) })}</p>
        ) : null}
      </div>
    );
  }
  if (outcome.kind === 'unknown') {
    return (
      <div className="check-in-result check-in-result--error" role="alert">
        <p className="check-in-result__head">{t('events.checkIn.unknown')}</p>
        <p>{t('events.checkIn.unknownHint')}</p>
      </div>
    );
  }
  if (outcome.kind === 'notConfirmed') {
    return (
      <div className="check-in-result check-in-result--error" role="alert">
        <p className="check-in-result__head">{t('events.checkIn.notConfirmed')}</p>
        {outcome.status ? (
          <p>{t('events.checkIn.statusIs', { status: t(`events.status.${outcome.status}`) })}</p>
        ) : null}
      </div>
    );
  }
  return <EventError error={outcome.error} />;
}
