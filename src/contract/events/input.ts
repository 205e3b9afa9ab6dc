import { z } from 'zod';
import { EVENT_TYPES, EVENT_VISIBILITIES, REGISTRATION_STATUSES } from './enums';
import { LIMITS, LOCALES } from '../common';
import { ZPageQuery, ZUuid, ZWebUrl } from '../schemas';
import { requiredVisibility } from '../../domain/events/visibility';

export const EVENT_LIMITS = { sessionsMax: 50, questionsMax: 30, seatsMax: 1000, tagsMax: 20, slugMax: 80 } as const;

const ZInstant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const ZText = (max: number = LIMITS.nameMax) => z.string().trim().min(1).max(max);

export const ZQuestion = z.object({
  id: z.string().trim().min(1).max(60),
  labelBg: ZText(),
  labelEn: ZText(),
  kind: z.enum(['text', 'choice']),
  required: z.boolean().default(false),
  options: z
    .array(z.object({ id: z.string().trim().min(1).max(60), labelBg: ZText(), labelEn: ZText() }))
    .max(30)
    .optional(),
});
export type TQuestion = z.infer<typeof ZQuestion>;

export const ZSessionInput = z.object({
  titleBg: z.string().trim().max(LIMITS.nameMax).nullish(),
  titleEn: z.string().trim().max(LIMITS.nameMax).nullish(),
  startsAt: ZInstant,
  endsAt: ZInstant,
  capacity: z.number().int().min(1).max(100_000).nullish(),
  location: z.string().trim().max(LIMITS.nameMax).nullish(),
});

const ZEventFields = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens')
    .max(EVENT_LIMITS.slugMax)
    .optional(),
  type: z.enum(EVENT_TYPES),
  titleBg: ZText(),
  titleEn: ZText(),
  descriptionBg: z.string().trim().max(20_000).optional(),
  descriptionEn: z.string().trim().max(20_000).optional(),
  tags: z.array(z.string().trim().min(1).max(60)).max(EVENT_LIMITS.tagsMax).optional(),
  organiserId: ZUuid.nullish(),
  venue: z.string().trim().max(LIMITS.nameMax).nullish(),
  onlineUrl: ZWebUrl(2000).nullish(),
  capacity: z.number().int().min(1).max(100_000).nullish(),
  registrationOpensAt: ZInstant.nullish(),
  registrationClosesAt: ZInstant.nullish(),
  approvalRequired: z.boolean().optional(),
  questions: z.array(ZQuestion).max(EVENT_LIMITS.questionsMax).optional(),
  visibility: z.enum(EVENT_VISIBILITIES).optional(),
  cancellationDeadlineHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 365)
    .optional(),
  offerHoldHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .optional(),
  certificateRule: z.enum(['all', 'min']).optional(),
  certificateMinSessions: z.number().int().min(1).max(EVENT_LIMITS.sessionsMax).nullish(),
  valuePerParticipantCents: z.number().int().min(0).max(1_000_000_00).optional(),
  pricePerParticipantCents: z.number().int().min(0).max(1_000_000_00).optional(),
  aidBasis: z.enum(['de_minimis', 'gber', 'none']).optional(),
  gberArticle: z.string().trim().max(60).nullish(),
  noAidReason: z.string().trim().max(LIMITS.textMax).nullish(),
  published: z.boolean().optional(),
  sessions: z.array(ZSessionInput).min(1).max(EVENT_LIMITS.sessionsMax),
});

/** Rules across fields, shared by create and update; each issue names its field. */
function checkEvent(e: Partial<z.infer<typeof ZEventFields>>, ctx: z.RefinementCtx): void {
  if (requiredVisibility(e.type, e.visibility)) {
    ctx.addIssue({
      code: 'custom',
      path: ['visibility'],
      message: 'a general meeting is internal (consortium partners and staff only)',
    });
  }
  e.sessions?.forEach((s, i) => {
    if (s.endsAt <= s.startsAt)
      ctx.addIssue({ code: 'custom', path: ['sessions', i, 'endsAt'], message: 'must be after the start' });
  });
  if (e.registrationOpensAt && e.registrationClosesAt && e.registrationClosesAt <= e.registrationOpensAt) {
    ctx.addIssue({ code: 'custom', path: ['registrationClosesAt'], message: 'must be after the opening' });
  }
  if (
    e.pricePerParticipantCents !== undefined &&
    e.valuePerParticipantCents !== undefined &&
    e.pricePerParticipantCents > e.valuePerParticipantCents
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['pricePerParticipantCents'],
      message: 'may not exceed the value per participant',
    });
  }
  if (e.certificateRule === 'min' && !e.certificateMinSessions) {
    ctx.addIssue({ code: 'custom', path: ['certificateMinSessions'], message: 'required for the "min" rule' });
  }
  if (e.certificateMinSessions && e.sessions && e.certificateMinSessions > e.sessions.length) {
    ctx.addIssue({ code: 'custom', path: ['certificateMinSessions'], message: 'more than the number of sessions' });
  }
  if (e.aidBasis === 'gber' && !e.gberArticle)
    ctx.addIssue({ code: 'custom', path: ['gberArticle'], message: 'required for GBER aid' });
  if (e.aidBasis === 'none' && !e.noAidReason)
    ctx.addIssue({ code: 'custom', path: ['noAidReason'], message: 'required when there is no aid' });
  const ids = (e.questions ?? []).map((q) => q.id);
  if (new Set(ids).size !== ids.length)
    ctx.addIssue({ code: 'custom', path: ['questions'], message: 'question ids must be unique' });
  e.questions?.forEach((q, i) => {
    if (q.kind === 'choice' && !q.options?.length)
      ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'a choice needs options' });
  });
}

export const ZCreateEvent = ZEventFields.superRefine(checkEvent);
export type TCreateEvent = z.infer<typeof ZCreateEvent>;

/** A PATCH replaces the fields it names; `sessions`, when given, replaces the whole list (ids keep a session). */
export const ZUpdateEvent = ZEventFields.omit({ published: true })
  .extend({
    sessions: z
      .array(ZSessionInput.extend({ id: ZUuid.optional() }))
      .min(1)
      .max(EVENT_LIMITS.sessionsMax),
  })
  .partial()
  .superRefine(checkEvent);
export type TUpdateEvent = z.infer<typeof ZUpdateEvent>;

export const ZEventListQuery = ZPageQuery.extend({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  type: z.enum(EVENT_TYPES).optional(),
  q: z.string().trim().max(LIMITS.searchMax).optional(),
});
export type TEventListQuery = z.infer<typeof ZEventListQuery>;

export const ZRegister = z.object({
  organisationId: ZUuid.nullish(),
  seats: z.number().int().min(1).max(EVENT_LIMITS.seatsMax).default(1),
  attendeeNames: z.array(ZText()).max(EVENT_LIMITS.seatsMax).default([]),
  answers: z
    .record(z.string(), z.union([z.string().max(LIMITS.textMax), z.array(z.string().max(200)).max(30)]))
    .default({}),
  contactName: ZText().optional(),
  contactEmail: z.email().max(LIMITS.nameMax).optional(),
  /** The language of the registrant's e-mails when staff register someone else (default bg); one's own follow the account. */
  locale: z.enum(LOCALES).optional(),
});
export type TRegister = z.infer<typeof ZRegister>;

export const ZReason = z.object({ reason: z.string().trim().max(LIMITS.textMax).optional() });
export const ZRequiredReason = z.object({ reason: z.string().trim().min(1).max(LIMITS.textMax) });
export const ZToken = z.object({ token: z.string().min(10).max(200).optional() });
export const ZReorder = z.object({
  registrationId: ZUuid,
  beforeRegistrationId: ZUuid.nullable(),
  reason: z.string().trim().min(1).max(LIMITS.textMax),
});
export const ZRegistrationStatusQuery = z.object({ status: z.enum(REGISTRATION_STATUSES).optional() });
