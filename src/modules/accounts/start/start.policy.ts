import { definePolicy } from '../../../platform/http/policy';
import type { TActor } from '../../../platform/http/actor';
import { isAdmin, isStaff } from '../../../platform/http/authorize';

/** The start page: what needs the attention of staff (admins see a few more items) and of partner experts. */
export const startPolicy = definePolicy('start', {
  read: (a: TActor | null) => isStaff(a) || a?.role === 'expert',
  staffItems: (a: TActor | null) => isStaff(a),
  adminItems: (a: TActor | null) => isAdmin(a),
});
