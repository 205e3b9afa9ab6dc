/** Staff screens of facilities (edit, bookings, usage), as /api/v1/me's abilities say. */
import type { TMe } from '../../shared/lib/types';

export const mayManageFacilities = (me: TMe): boolean => me.abilities.facilities.manage;
