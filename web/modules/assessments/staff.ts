/** Hub staff see every assessment and the Commission files: the server says so in /api/v1/me's abilities. */
import type { TMe } from '../../../src/contract/me';

export const isStaff = (me: TMe): boolean => me.abilities.assessments.listAll;
