/** The events API's shapes as the web app names them, inferred from the contract's Zod schemas. */
import type { z } from 'zod';
import type { TQuestion, ZCreateEvent } from './input';
import type {
  TRegistration,
  ZAttendanceResult,
  ZCheckInCandidate,
  ZCheckInList,
  ZCheckInResult,
  ZEventPage,
  ZMyRegistration,
  ZSession,
} from './schemas';

export type TEventPage = z.infer<typeof ZEventPage>;
export type TEventSession = z.infer<typeof ZSession>;
export type TQuestionOption = NonNullable<TQuestion['options']>[number];
export type TCheckIn = TRegistration['checkIns'][number];
/** A registration found by its code at the door, before it is checked in (GET …/check-ins/lookup). */
export type TCheckInCandidate = z.infer<typeof ZCheckInCandidate>;
/** What recording an event's attendance did, per organisation: recorded with its aid, or refused by the ledger. */
export type TAttendanceResult = z.infer<typeof ZAttendanceResult>;
/** One of the caller's registrations with the event it is for (GET /registrations/mine). */
export type TMyRegistration = z.infer<typeof ZMyRegistration>;
export type TCheckInResult = z.infer<typeof ZCheckInResult>;
export type TCheckInList = z.infer<typeof ZCheckInList>;
export type TCheckInRow = TCheckInList['items'][number];
type TEventBody = z.input<typeof ZCreateEvent>;
type TOptionalOnForm = 'slug' | 'published' | 'organiserId';
/** The body of POST /events and PATCH /events/:id as the web form sends it: every field but these three. */
export type TEventInput = Required<Omit<TEventBody, TOptionalOnForm>> & Pick<TEventBody, TOptionalOnForm>;
