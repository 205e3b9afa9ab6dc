/** The staff list of an event's registrations: grouped by status, in the order staff act on them. */
import { REGISTRATION_STATUSES, type TRegistration, type TRegistrationStatus } from '../../../../src/contract/events';

/** Those waiting for staff first, then the waiting list, the confirmed, and the closed ones last. */
export const STATUS_ORDER: readonly TRegistrationStatus[] = [
  'pending',
  'offered',
  'waitlisted',
  'confirmed',
  'cancelled',
  'declined',
  'expired',
  'rejected',
];

const CANCELLABLE: readonly TRegistrationStatus[] = ['pending', 'confirmed', 'waitlisted', 'offered'];

/** Whether staff may cancel a registration of this status. */
export const staffMayCancel = (status: TRegistrationStatus): boolean => CANCELLABLE.includes(status);

export interface TRegistrationGroup {
  status: TRegistrationStatus;
  registrations: TRegistration[];
}

/** The non-empty groups in STATUS_ORDER, each in the order the server listed them. */
export function groupByStatus(items: readonly TRegistration[]): TRegistrationGroup[] {
  const byStatus = new Map<TRegistrationStatus, TRegistration[]>(REGISTRATION_STATUSES.map((s) => [s, []]));
  for (const r of items) byStatus.get(r.status)?.push(r);
  return STATUS_ORDER.map((status) => ({ status, registrations: byStatus.get(status) ?? [] })).filter(
    (g) => g.registrations.length > 0,
  );
}

/** The waiting list's ids in its order (the moves up and down are computed on it). */
export function waitlistIds(groups: readonly TRegistrationGroup[]): string[] {
  return (groups.find((g) => g.status === 'waitlisted')?.registrations ?? []).map((r) => r.id);
}
