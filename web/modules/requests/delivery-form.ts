/**
 * The delivery record as a form: amounts are typed in euros (decimal comma or point) and sent as cents;
 * the checks here only spare a round trip — the server validates again and its field errors win. The aid is not
 * typed: it is the value minus the price paid (0 for no aid), and its national share the aid × the hub's share —
 * the form shows both as they follow from the inputs, and the server computes them (src/domain/state-aid/aid.ts).
 */
import { DELIVERY_AID_BASES, deliveryAid } from '../../../src/domain/state-aid/aid';
import { SERVICE_LIMITS } from '../../../src/contract/services/enums';
import { centsToInput, parseEuros } from '../services/money';
import { DELIVERY_CATEGORIES } from '../../../src/contract/requests/enums';
import type { TDelivery, TDeliveryCategory, TDeliveryInput } from '../../../src/contract/requests';

/**
 * What the form starts from (GET …/delivery-defaults, or the recorded delivery): the aid and the national share are
 * derived by the server, so the form sends neither.
 */
export type TDeliveryStart = Omit<TDelivery, 'recordedAt' | 'aidCents' | 'nationalShareCents'> &
  Partial<Pick<TDelivery, 'aidCents' | 'nationalShareCents'>>;
import type { TDeliveryAidBasis } from '../../../src/domain/state-aid/aid';

/** The server's limits (src/modules/requests/request-input.ts, not imported: it pulls the database schema into the bundle). */
export const DELIVERY_LIMITS = { descriptionMax: 2000, technologyMax: 300, attendeesMax: 1_000_000 } as const;

export const MONEY_FIELDS = ['valueCents', 'pricePaidCents'] as const;
type TMoneyField = (typeof MONEY_FIELDS)[number];

/** Every field as the inputs hold it (text). */
export interface TDeliveryDraft {
  category: string;
  description: string;
  technology: string;
  startDate: string;
  endDate: string;
  attendees: string;
  valueCents: string;
  pricePaidCents: string;
  aidBasis: string;
  gberArticle: string;
  noAidReason: string;
}

export type TDeliveryField = keyof TDeliveryDraft;

/** Why a field is refused; each has a sentence under requests.delivery.problems. */
export const DELIVERY_PROBLEMS = [
  'required',
  'too_long',
  'date',
  'end_before_start',
  'whole_number',
  'amount',
  'price_above_value',
  'basis_1407',
] as const;
export type TDeliveryProblem = (typeof DELIVERY_PROBLEMS)[number];

/** Euros as a Bulgarian writes them (decimal comma); parseEuros reads either mark back. */
const moneyInput = (cents: number, locale: string): string =>
  locale === 'bg' ? centsToInput(cents).replace('.', ',') : centsToInput(cents);

/** The form's starting point from the server's defaults or the recorded delivery. */
export function draftFromDelivery(d: TDeliveryStart, locale: string): TDeliveryDraft {
  return {
    category: d.category,
    description: d.description,
    technology: d.technology,
    startDate: d.startDate,
    endDate: d.endDate,
    attendees: String(d.attendees),
    valueCents: moneyInput(d.valueCents, locale),
    pricePaidCents: moneyInput(d.pricePaidCents, locale),
    aidBasis: d.aidBasis,
    gberArticle: d.gberArticle ?? '',
    noAidReason: d.noAidReason ?? '',
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (what <input type="date"> gives). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export type TDeliveryCheck =
  { ok: true; input: TDeliveryInput } | { ok: false; problems: Partial<Record<TDeliveryField, TDeliveryProblem>> };

/** Checks the draft and, when it holds, the body for PUT /requests/:id/delivery. */
export function checkDelivery(draft: TDeliveryDraft): TDeliveryCheck {
  const problems: Partial<Record<TDeliveryField, TDeliveryProblem>> = {};
  const text = (field: TDeliveryField, max: number, required = true): string | null => {
    const v = draft[field].trim();
    if (!v) {
      if (required) problems[field] = 'required';
      return null;
    }
    if (v.length > max) problems[field] = 'too_long';
    return v;
  };

  if (!(DELIVERY_CATEGORIES as readonly string[]).includes(draft.category)) problems.category = 'required';
  const description = text('description', DELIVERY_LIMITS.descriptionMax);
  const technology = text('technology', DELIVERY_LIMITS.technologyMax);

  for (const f of ['startDate', 'endDate'] as const) {
    if (!draft[f]) problems[f] = 'required';
    else if (!isIsoDate(draft[f])) problems[f] = 'date';
  }
  // ISO dates compare as text.
  if (!problems.startDate && !problems.endDate && draft.endDate < draft.startDate)
    problems.endDate = 'end_before_start';

  const attendeesText = draft.attendees.trim();
  const attendees = /^\d+$/.test(attendeesText) ? Number(attendeesText) : null;
  if (!attendeesText) problems.attendees = 'required';
  else if (attendees === null || attendees > DELIVERY_LIMITS.attendeesMax) problems.attendees = 'whole_number';

  const money = {} as Record<TMoneyField, number | null>;
  for (const f of MONEY_FIELDS) {
    const cents = draft[f].trim() ? parseEuros(draft[f]) : null;
    if (!draft[f].trim()) problems[f] = 'required';
    else if (cents === null || cents > SERVICE_LIMITS.moneyMaxCents) problems[f] = 'amount';
    money[f] = cents;
  }

  const basis = (DELIVERY_AID_BASES as readonly string[]).includes(draft.aidBasis)
    ? (draft.aidBasis as TDeliveryAidBasis)
    : null;
  // Old de minimis aid (Regulation 1407/2013) enters only through declarations and historic grants.
  if (!basis) problems.aidBasis = draft.aidBasis === 'de_minimis_1407' ? 'basis_1407' : 'required';
  const gberArticle = basis === 'gber' ? text('gberArticle', SERVICE_LIMITS.gberArticleMax) : null;
  const noAidReason = basis === 'none' ? text('noAidReason', SERVICE_LIMITS.noAidReasonMax) : null;

  const { valueCents, pricePaidCents } = money;
  if (!problems.pricePaidCents && valueCents !== null && pricePaidCents !== null && pricePaidCents > valueCents) {
    problems.pricePaidCents = 'price_above_value';
  }

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      category: draft.category as TDeliveryCategory,
      description: description!,
      technology: technology!,
      startDate: draft.startDate,
      endDate: draft.endDate,
      attendees: attendees!,
      valueCents: money.valueCents!,
      pricePaidCents: money.pricePaidCents!,
      aidBasis: basis!,
      gberArticle,
      noAidReason,
    },
  };
}

/**
 * The aid and its national share as they follow from the draft (what the server will record), or null while the value
 * or the price is not a valid amount. `nationalSharePercent` is the hub's setting (null while it is loading).
 */
export function derivedAid(
  draft: Pick<TDeliveryDraft, 'valueCents' | 'pricePaidCents' | 'aidBasis'>,
  nationalSharePercent: number | null,
): { aidCents: number; nationalShareCents: number | null } | null {
  const value = parseEuros(draft.valueCents);
  const price = parseEuros(draft.pricePaidCents);
  if (value === null || price === null || price > value || value > SERVICE_LIMITS.moneyMaxCents) return null;
  const basis = (DELIVERY_AID_BASES as readonly string[]).includes(draft.aidBasis)
    ? (draft.aidBasis as TDeliveryAidBasis)
    : 'de_minimis';
  const aid = deliveryAid({
    valueCents: value,
    pricePaidCents: price,
    basis,
    nationalSharePercent: nationalSharePercent ?? 0,
  });
  return { aidCents: aid.aidCents, nationalShareCents: nationalSharePercent === null ? null : aid.nationalShareCents };
}
