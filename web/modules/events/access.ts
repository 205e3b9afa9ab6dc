/** Staff screens of events (edit, registrations, check-in), as /api/v1/me's abilities say. */
import type { TMe } from '../../../src/contract/me';

export const mayManageEvents = (me: TMe): boolean => me.abilities.events.manage;
