import type { TNavFor } from '../../app/nav';
import { isStaff } from './staff';

export const nav: TNavFor = (me, t) => [
  { slot: 'selfChecks', order: 20, to: '/dma', label: t('nav.dmaCheck') },
  ...(isStaff(me) ? [{ slot: 'work' as const, order: 40, to: '/assessments', label: t('assessments.nav') }] : []),
];
