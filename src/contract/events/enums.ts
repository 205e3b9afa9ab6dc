/** Enums of events and registrations, shared by the server (schema, API), the pure rules and the web app. */

export const EVENT_TYPES = [
  'training',
  'workshop',
  'seminar',
  'conference',
  'hackathon',
  'matchmaking',
  'general_meeting',
] as const;
export type TEventType = (typeof EVENT_TYPES)[number];

/** public: anyone; members: signed-in users; internal: consortium partners' people and staff (general meetings). */
export const EVENT_VISIBILITIES = ['public', 'members', 'internal'] as const;
export type TEventVisibility = (typeof EVENT_VISIBILITIES)[number];

/** A registration's status (as stored). */
export const REGISTRATION_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'offered',
  'cancelled',
  'declined',
  'expired',
  'rejected',
] as const;
export type TRegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
