/**
 * The event form: what staff type (strings, Sofia wall-clock times, euros) ↔ the API's body (instants, cents).
 * Problems are found here, named by field, before anything is sent.
 */
import { centsToInput, parseEuros } from '../services/money';
import { fromSofiaLocal, toSofiaLocal } from './sofia-time';
import type { TEvent, TEventInput, TEventType, TEventVisibility, TQuestion } from '../../../src/contract/events';
import { isInternalOnlyType, requiredVisibility } from '../../../src/domain/events/visibility';
import { isWebUrl } from '../../../src/contract/web-url';

export interface TSessionDraft {
  id?: string;
  titleBg: string;
  titleEn: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  location: string;
}

export interface TQuestionDraft {
  id: string;
  labelBg: string;
  labelEn: string;
  kind: 'text' | 'choice';
  required: boolean;
  /** One option per line, "Bulgarian | English". */
  options: string;
}

export interface TEventDraft {
  slug: string;
  type: TEventType;
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  tags: string;
  /** The organising consortium partner's id; '' = none. */
  organiserId: string;
  venue: string;
  onlineUrl: string;
  capacity: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  approvalRequired: boolean;
  visibility: TEventVisibility;
  cancellationDeadlineHours: string;
  offerHoldHours: string;
  certificateRule: 'all' | 'min';
  certificateMinSessions: string;
  value: string;
  price: string;
  aidBasis: TEventInput['aidBasis'];
  gberArticle: string;
  noAidReason: string;
  published: boolean;
  sessions: TSessionDraft[];
  questions: TQuestionDraft[];
}

export const EMPTY_SESSION: TSessionDraft = {
  titleBg: '',
  titleEn: '',
  startsAt: '',
  endsAt: '',
  capacity: '',
  location: '',
};

export function emptyEventDraft(): TEventDraft {
  return {
    slug: '',
    type: 'training',
    titleBg: '',
    titleEn: '',
    descriptionBg: '',
    descriptionEn: '',
    tags: '',
    organiserId: '',
    venue: '',
    onlineUrl: '',
    capacity: '',
    registrationOpensAt: '',
    registrationClosesAt: '',
    approvalRequired: false,
    visibility: 'public',
    cancellationDeadlineHours: '24',
    offerHoldHours: '48',
    certificateRule: 'all',
    certificateMinSessions: '',
    value: '0',
    price: '0',
    aidBasis: 'de_minimis',
    gberArticle: '',
    noAidReason: '',
    published: false,
    sessions: [{ ...EMPTY_SESSION }],
    questions: [],
  };
}

const optionsText = (q: TQuestion) => (q.options ?? []).map((o) => `${o.labelBg} | ${o.labelEn}`).join('\n');

export function draftFromEvent(e: TEvent): TEventDraft {
  return {
    slug: e.slug,
    type: e.type,
    titleBg: e.titleBg,
    titleEn: e.titleEn,
    descriptionBg: e.descriptionBg,
    descriptionEn: e.descriptionEn,
    tags: e.tags.join(', '),
    organiserId: e.organiser?.id ?? '',
    venue: e.venue ?? '',
    onlineUrl: e.onlineUrl ?? '',
    capacity: e.capacity === null ? '' : String(e.capacity),
    registrationOpensAt: toSofiaLocal(e.registrationOpensAt),
    registrationClosesAt: toSofiaLocal(e.registrationClosesAt),
    approvalRequired: e.approvalRequired,
    visibility: e.visibility,
    cancellationDeadlineHours: String(e.cancellationDeadlineHours),
    offerHoldHours: String(e.offerHoldHours),
    certificateRule: e.certificateRule,
    certificateMinSessions: e.certificateMinSessions === null ? '' : String(e.certificateMinSessions),
    value: centsToInput(e.valuePerParticipantCents),
    price: centsToInput(e.pricePerParticipantCents),
    aidBasis: e.aidBasis,
    gberArticle: e.gberArticle ?? '',
    noAidReason: e.noAidReason ?? '',
    published: e.published,
    sessions: e.sessions.map((s) => ({
      id: s.id,
      titleBg: s.titleBg ?? '',
      titleEn: s.titleEn ?? '',
      startsAt: toSofiaLocal(s.startsAt),
      endsAt: toSofiaLocal(s.endsAt),
      capacity: s.capacity === null ? '' : String(s.capacity),
      location: s.location ?? '',
    })),
    questions: e.questions.map((q) => ({
      id: q.id,
      labelBg: q.labelBg,
      labelEn: q.labelEn,
      kind: q.kind,
      required: q.required,
      options: optionsText(q),
    })),
  };
}

/** Problem codes by field path ("titleBg", "sessions.0.endsAt", "questions.1.options"); translated by the form. */
export type TProblems = Record<
  string,
  | 'required'
  | 'number'
  | 'time'
  | 'order'
  | 'money'
  | 'priceAboveValue'
  | 'url'
  | 'slug'
  | 'minSessions'
  | 'internalOnly'
>;

/** The draft with another type: a general meeting becomes internal at once (its visibility cannot be anything else). */
export function withType(d: TEventDraft, type: TEventType): TEventDraft {
  return { ...d, type, ...(isInternalOnlyType(type) ? { visibility: 'internal' as const } : {}) };
}

const blank = (s: string) => s.trim() === '';
const nullable = (s: string) => (blank(s) ? null : s.trim());

function positiveInt(s: string, min: number): number | null | 'bad' {
  if (blank(s)) return null;
  return /^\d+$/.test(s.trim()) && Number(s) >= min ? Number(s) : 'bad';
}

function parseOptions(text: string, qid: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      const [bg, en] = line.split('|').map((x) => x.trim());
      return { id: `${qid}-${i + 1}`, labelBg: bg, labelEn: en || bg };
    });
}

export function draftToInput(d: TEventDraft): { input: TEventInput | null; problems: TProblems } {
  const p: TProblems = {};
  for (const f of ['titleBg', 'titleEn'] as const) if (blank(d[f])) p[f] = 'required';
  if (!blank(d.slug) && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.slug.trim())) p.slug = 'slug';
  if (!blank(d.onlineUrl) && !isWebUrl(d.onlineUrl.trim())) p.onlineUrl = 'url';
  const capacity = positiveInt(d.capacity, 1);
  if (capacity === 'bad') p.capacity = 'number';
  const cancelHours = positiveInt(d.cancellationDeadlineHours, 0);
  if (cancelHours === 'bad' || cancelHours === null) p.cancellationDeadlineHours = 'number';
  const holdHours = positiveInt(d.offerHoldHours, 1);
  if (holdHours === 'bad' || holdHours === null) p.offerHoldHours = 'number';
  const opens = blank(d.registrationOpensAt) ? null : fromSofiaLocal(d.registrationOpensAt);
  const closes = blank(d.registrationClosesAt) ? null : fromSofiaLocal(d.registrationClosesAt);
  if (!blank(d.registrationOpensAt) && !opens) p.registrationOpensAt = 'time';
  if (!blank(d.registrationClosesAt) && !closes) p.registrationClosesAt = 'time';
  if (opens && closes && closes <= opens) p.registrationClosesAt = 'order';
  const value = parseEuros(d.value);
  const price = parseEuros(d.price);
  if (value === null) p.value = 'money';
  if (price === null) p.price = 'money';
  if (value !== null && price !== null && price > value) p.price = 'priceAboveValue';
  if (requiredVisibility(d.type, d.visibility)) p.visibility = 'internalOnly';
  if (d.aidBasis === 'gber' && blank(d.gberArticle)) p.gberArticle = 'required';
  if (d.aidBasis === 'none' && blank(d.noAidReason)) p.noAidReason = 'required';
  if (d.sessions.length === 0) p.sessions = 'required';
  const sessions = d.sessions.map((s, i) => {
    const startsAt = fromSofiaLocal(s.startsAt);
    const endsAt = fromSofiaLocal(s.endsAt);
    if (!startsAt) p[`sessions.${i}.startsAt`] = blank(s.startsAt) ? 'required' : 'time';
    if (!endsAt) p[`sessions.${i}.endsAt`] = blank(s.endsAt) ? 'required' : 'time';
    if (startsAt && endsAt && endsAt <= startsAt) p[`sessions.${i}.endsAt`] = 'order';
    const cap = positiveInt(s.capacity, 1);
    if (cap === 'bad') p[`sessions.${i}.capacity`] = 'number';
    return {
      ...(s.id ? { id: s.id } : {}),
      titleBg: nullable(s.titleBg),
      titleEn: nullable(s.titleEn),
      startsAt: startsAt ?? '',
      endsAt: endsAt ?? '',
      capacity: cap === 'bad' ? null : cap,
      location: nullable(s.location),
    };
  });
  const minSessions = positiveInt(d.certificateMinSessions, 1);
  if (d.certificateRule === 'min') {
    if (minSessions === null || minSessions === 'bad') p.certificateMinSessions = 'number';
    else if (minSessions > d.sessions.length) p.certificateMinSessions = 'minSessions';
  }
  const questions = d.questions.map((q, i) => {
    if (blank(q.labelBg)) p[`questions.${i}.labelBg`] = 'required';
    if (blank(q.labelEn)) p[`questions.${i}.labelEn`] = 'required';
    const options = q.kind === 'choice' ? parseOptions(q.options, q.id) : undefined;
    if (q.kind === 'choice' && !options?.length) p[`questions.${i}.options`] = 'required';
    return {
      id: q.id,
      labelBg: q.labelBg.trim(),
      labelEn: q.labelEn.trim(),
      kind: q.kind,
      required: q.required,
      ...(options ? { options } : {}),
    };
  });
  if (Object.keys(p).length) return { input: null, problems: p };
  return {
    problems: p,
    input: {
      ...(blank(d.slug) ? {} : { slug: d.slug.trim() }),
      type: d.type,
      titleBg: d.titleBg.trim(),
      titleEn: d.titleEn.trim(),
      descriptionBg: d.descriptionBg.trim(),
      descriptionEn: d.descriptionEn.trim(),
      tags: d.tags
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      organiserId: d.organiserId || null,
      venue: nullable(d.venue),
      onlineUrl: nullable(d.onlineUrl),
      capacity: capacity as number | null,
      registrationOpensAt: opens,
      registrationClosesAt: closes,
      approvalRequired: d.approvalRequired,
      questions,
      visibility: d.visibility,
      cancellationDeadlineHours: cancelHours as number,
      offerHoldHours: holdHours as number,
      certificateRule: d.certificateRule,
      certificateMinSessions: d.certificateRule === 'min' ? (minSessions as number) : null,
      valuePerParticipantCents: value!,
      pricePerParticipantCents: price!,
      aidBasis: d.aidBasis,
      gberArticle: d.aidBasis === 'gber' ? d.gberArticle.trim() : null,
      noAidReason: d.aidBasis === 'none' ? d.noAidReason.trim() : null,
      published: d.published,
      sessions,
    },
  };
}

/** A fresh question id that no other question of the form has. */
export function nextQuestionId(questions: readonly { id: string }[]): string {
  let n = questions.length + 1;
  while (questions.some((q) => q.id === `q${n}`)) n++;
  return `q${n}`;
}
