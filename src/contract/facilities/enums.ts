/** Facilities' enums, shared by the database schema, the API and the web app. */
export const RESOURCE_KINDS = ['cyber_range', 'hpc', 'lab_equipment', 'meeting_room', 'shared_desk'] as const;
export type TResourceKind = (typeof RESOURCE_KINDS)[number];

export const BOOKING_STATUSES = ['pending', 'confirmed', 'cancelled', 'rejected'] as const;
export type TBookingStatus = (typeof BOOKING_STATUSES)[number];

/** The bases a resource's aid may rest on (the old 1407/2013 regulation is not granted any more). */
export const RESOURCE_AID_BASES = ['de_minimis', 'gber', 'none'] as const;
export type TResourceAidBasis = (typeof RESOURCE_AID_BASES)[number];
