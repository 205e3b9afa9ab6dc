/** The resource form's values (strings, as typed) and their conversion to and from the API's shape. */
import { centsToInput, parseEuros } from '../services/money';
import type { TResourceInput } from './api';
import type { TResourceDetail, TResourceKind } from '../../../src/contract/facilities';

export interface TResourceValues {
  slug: string;
  kind: TResourceKind;
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  location: string;
  ownerId: string;
  capacity: string;
  prerequisiteEventId: string;
  approvalRequired: boolean;
  ndaRequired: boolean;
  value: string;
  price: string;
  aidBasis: 'de_minimis' | 'gber' | 'none';
  gberArticle: string;
  noAidReason: string;
  minBookingMinutes: string;
  maxBookingMinutes: string;
  cancellationHours: string;
  published: boolean;
}

export type TResourceProblem =
  'required' | 'slugFormat' | 'money' | 'priceAboveValue' | 'number' | 'singleSeat' | 'ndaOwner';

export function emptyResourceValues(): TResourceValues {
  return {
    slug: '',
    kind: 'cyber_range',
    titleBg: '',
    titleEn: '',
    descriptionBg: '',
    descriptionEn: '',
    location: '',
    ownerId: '',
    capacity: '1',
    prerequisiteEventId: '',
    approvalRequired: false,
    ndaRequired: false,
    value: '0',
    price: '0',
    aidBasis: 'de_minimis',
    gberArticle: '',
    noAidReason: '',
    minBookingMinutes: '30',
    maxBookingMinutes: '480',
    cancellationHours: '24',
    published: true,
  };
}

export function resourceValuesFromDetail(r: TResourceDetail): TResourceValues {
  const base = emptyResourceValues();
  return {
    ...base,
    slug: r.slug,
    kind: r.kind,
    titleBg: r.titleBg,
    titleEn: r.titleEn,
    descriptionBg: r.descriptionBg,
    descriptionEn: r.descriptionEn,
    location: r.location ?? '',
    ownerId: r.owner?.id ?? '',
    capacity: String(r.capacity),
    prerequisiteEventId: r.prerequisiteEvent?.id ?? '',
    approvalRequired: r.approvalRequired,
    ndaRequired: r.ndaRequired,
    value: centsToInput(r.valuePerHourCents),
    price: centsToInput(r.pricePerHourCents),
    aidBasis: (r.aidBasis as TResourceValues['aidBasis']) ?? base.aidBasis,
    gberArticle: r.gberArticle ?? '',
    noAidReason: r.noAidReason ?? '',
    minBookingMinutes: String(r.minBookingMinutes ?? base.minBookingMinutes),
    maxBookingMinutes: String(r.maxBookingMinutes ?? base.maxBookingMinutes),
    cancellationHours: String(r.cancellationHours ?? base.cancellationHours),
    published: r.published ?? true,
  };
}

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

/** Problems per field before anything is sent; the server checks again. */
export function validateResourceValues(v: TResourceValues): Partial<Record<keyof TResourceValues, TResourceProblem>> {
  const problems: Partial<Record<keyof TResourceValues, TResourceProblem>> = {};
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.slug.trim())) problems.slug = v.slug.trim() ? 'slugFormat' : 'required';
  if (v.titleBg.trim().length < 3) problems.titleBg = 'required';
  if (v.titleEn.trim().length < 3) problems.titleEn = 'required';
  const capacity = whole(v.capacity);
  if (capacity === null || capacity < 1 || capacity > 1000) problems.capacity = 'number';
  else if (capacity > 1 && v.kind !== 'shared_desk') problems.capacity = 'singleSeat';
  const value = parseEuros(v.value);
  const price = parseEuros(v.price);
  if (value === null) problems.value = 'money';
  if (price === null) problems.price = 'money';
  else if (value !== null && price > value) problems.price = 'priceAboveValue';
  // An NDA is signed with the owning partner, so it needs one.
  if (v.ndaRequired && !v.ownerId) problems.ndaRequired = 'ndaOwner';
  if (v.aidBasis === 'gber' && !v.gberArticle.trim()) problems.gberArticle = 'required';
  if (v.aidBasis === 'none' && !v.noAidReason.trim()) problems.noAidReason = 'required';
  for (const f of ['minBookingMinutes', 'maxBookingMinutes', 'cancellationHours'] as const)
    if (whole(v[f]) === null) problems[f] = 'number';
  return problems;
}

/** The API's body from valid values. */
export function resourceValuesToInput(v: TResourceValues): TResourceInput {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    slug: v.slug.trim(),
    kind: v.kind,
    titleBg: v.titleBg.trim(),
    titleEn: v.titleEn.trim(),
    descriptionBg: v.descriptionBg.trim(),
    descriptionEn: v.descriptionEn.trim(),
    location: orNull(v.location),
    ownerId: orNull(v.ownerId),
    capacity: Number(v.capacity),
    prerequisiteEventId: orNull(v.prerequisiteEventId),
    approvalRequired: v.approvalRequired,
    ndaRequired: v.ndaRequired,
    valuePerHourCents: parseEuros(v.value) ?? 0,
    pricePerHourCents: parseEuros(v.price) ?? 0,
    aidBasis: v.aidBasis,
    gberArticle: v.aidBasis === 'gber' ? orNull(v.gberArticle) : null,
    noAidReason: v.aidBasis === 'none' ? orNull(v.noAidReason) : null,
    minBookingMinutes: Number(v.minBookingMinutes),
    maxBookingMinutes: Number(v.maxBookingMinutes),
    cancellationHours: Number(v.cancellationHours),
    published: v.published,
  };
}
