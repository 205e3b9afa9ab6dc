/** Staff screens of facilities (edit, bookings, usage), as /api/v1/me's abilities say. */
import type { TMe } from '../../../src/contract/me';

export const mayManageFacilities = (me: TMe): boolean => me.abilities.facilities.manage;
