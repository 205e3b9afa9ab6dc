/**
 * The door's state for one event: the chosen session, the typed code, the last outcome, the party (or off-day
 * check-in) waiting for staff's answer, and the session's list, reloaded after each check-in.
 */
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../../shared/hooks/use-api';
import { checkIn, checkInsPath, lookUpCheckIn } from '../api';
import {
  asksBeforeCheckIn,
  attendeeChoices,
  checkInBody,
  createScanGate,
  defaultSession,
  normaliseCode,
  outcomeOfError,
  overrideReason,
  type TCheckInOutcome,
} from '../checkin-model';
import type { TCheckInCandidate, TCheckInList, TEvent } from '../../../../src/contract/events';

/** A looked-up code waiting for staff: who of the party came, and on another day the reason. */
export interface TChoosing {
  code: string;
  candidate: TCheckInCandidate;
  ticked: Set<string>;
  reason: string;
}

export function useCheckIn(e: TEvent) {
  const [sessionId, setSessionId] = useState(() => defaultSession(e.sessions, new Date())?.id ?? '');
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<TCheckInOutcome | null>(null);
  const [choosing, setChoosing] = useState<TChoosing | null>(null);
  const gate = useRef(createScanGate());
  const busyRef = useRef(false);
  const list = useApi<TCheckInList>(sessionId ? checkInsPath(e.id, sessionId) : null);
  const reloadList = list.reload;
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

  const selectSession = (id: string) => {
    setSessionId(id);
    setOutcome(null);
    setChoosing(null);
  };

  const patchChoosing = (patch: Partial<Pick<TChoosing, 'ticked' | 'reason'>>) =>
    setChoosing((c) => (c ? { ...c, ...patch } : c));

  return {
    sessionId,
    selectSession,
    code,
    setCode,
    outcome,
    choosing,
    patchChoosing,
    cancelChoosing: () => setChoosing(null),
    confirmWhoCame,
    onScan,
    onTyped,
    list,
    resultRef,
  };
}
