import type { TActor } from '../../http/actor';
import { isAdmin, isStaff } from '../../http/authorize';

/** The start page: what needs the attention of staff (and, with a few more items, admins). */
export const startPolicy = {
  read: (a: TActor | null) => isStaff(a),
  adminItems: (a: TActor | null) => isAdmin(a),
};
