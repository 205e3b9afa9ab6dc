import type { TNavFor } from '../../app/nav';

export const nav: TNavFor = (me, t) => [
  { slot: 'selfChecks', order: 10, to: '/sme-check', label: t('nav.smeCheck') },
  ...(me.user && me.abilities.organisations.list
    ? [
        {
          slot: 'work' as const,
          order: 10,
          to: '/organisations',
          label: me.abilities.organisations.listAll ? t('nav.organisations') : t('nav.myOrganisations'),
        },
      ]
    : []),
];
