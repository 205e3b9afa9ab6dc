/**
 * Every action the audit log records, in one list. `writeAudit` accepts only these, and a unit test fails
 * when one has no sentence in Bulgarian or English (web.json `auditActions.<action with _ for .>`).
 */
export const AUDIT_ACTIONS = [
  // Organisations and what hangs off them
  'organisation.register',
  'organisation.update',
  'organisation.delete',
  'organisation.set_partner',
  'organisation.put_figures',
  'organisation.delete_figures',
  'organisation.nda.record',
  'contact.add',
  'contact.update',
  'contact.delete',
  'member.set',
  'member.remove',
  'ownership.set',
  'ownership.delete',
  'ownership.request',
  'ownership.confirm',
  'ownership.decline',
  'ownership.withdraw',
  'organisation.claim',
  'organisation.claim_confirm',
  'organisation.claim_reject',
  // Digital maturity assessments
  'assessment.create',
  'assessment.save',
  'assessment.submit',
  'assessment.discard',
  'assessment.correct',
  // The service catalogue
  'service.create',
  'service.update',
  'service.delete',
  'service.publish',
  'service.unpublish',
  // Service requests
  'request.create',
  'request.accept',
  'request.reject',
  'request.assign',
  'request.reassign',
  'request.start',
  'request.deliver',
  'request.close',
  'request.cancel',
  'request.comment',
  'request.attach',
  'request.feedback',
  'request.delivery.record',
  'request.delivery.update',
  // State aid
  'aid.grant',
  'aid.adjust',
  'aid.revoke',
  'aid.declare',
  'hub.aid_settings',
  // Events
  'event.create',
  'event.update',
  'event.delete',
  'event.publish',
  'event.check_in',
  'event.attendance.record',
  'event.certificates.issue',
  'registration.create',
  'registration.cancel',
  'registration.approve',
  'registration.reject',
  'registration.offer',
  'registration.offer_expired',
  'registration.accept-offer',
  'registration.decline-offer',
  'registration.leave-waitlist',
  'registration.reorder',
  // Facilities
  'resource.create',
  'resource.update',
  'resource.rules.replace',
  'resource.exception.add',
  'resource.exception.delete',
  'booking.create',
  'booking.approve',
  'booking.reject',
  'booking.cancel',
  'booking.record_delivery',
  // Users
  'user.set_role',
  'user.invite',
  'user.invitation_revoke',
  'user.invitation_accept',
  'user.deactivate',
  'user.reactivate',
  'user.password_reset',
  // Background jobs
  'job.retry',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record the audit log names (web.json `auditEntities.<type>`). */
export const AUDIT_ENTITY_TYPES = [
  'organisation',
  'assessment',
  'service',
  'service_request',
  'aid_grant',
  'de_minimis_declaration',
  'hub_settings',
  'event',
  'event_registration',
  'event_attendance',
  'resource',
  'booking',
  'user',
  'user_invitation',
  'job',
] as const;
export type TAuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** The translation key of an action's sentence (i18next nests on dots, so they become underscores). */
export function auditActionKey(action: string): string {
  return `auditActions.${action.replace(/[.-]/g, '_')}`;
}

/** The translation key of a record type's name. */
export function auditEntityKey(entityType: string): string {
  return `auditEntities.${entityType}`;
}

export interface TAuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The fields an entry changed: every top-level key of before/after whose value differs. A side that is not an
 * object (or absent) contributes nothing, so a creation lists its fields as after-only and a deletion as before-only.
 */
export function auditChanges(before: unknown, after: unknown): TAuditChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => !same(b[f], a[f]))
    .map((field) => ({
      field,
      before: b[field] === undefined ? null : b[field],
      after: a[field] === undefined ? null : a[field],
    }));
}
