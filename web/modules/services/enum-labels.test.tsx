/**
 * One name per thing: every enum value the UI shows has a label in bg and en, each service family has a
 * single name in each language, and the list components never print a raw code or another request number.
 */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { BOOKING_STATUSES, RESOURCE_KINDS } from '../../../src/contract/facilities/enums';
import { DELIVERY_CATEGORIES } from '../../../src/contract/requests/enums';
import { EVENT_TYPES, EVENT_VISIBILITIES, REGISTRATION_STATUSES } from '../../../src/contract/events/enums';
import { REQUEST_ACTIONS, REQUEST_STATES } from '../../../src/domain/services/request-state-machine';
import { AID_BASES } from '../../../src/domain/state-aid/aid';
import { SERVICE_FAMILIES, TECHNOLOGY_AREAS, VALUE_UNITS } from '../../../src/contract/services/enums';
import * as SHARED from '../../../src/contract/common';
import { RESOURCES } from '../../app/locales';
import { createI18n } from '../../i18n';
import { ANONYMOUS_ME } from '../../app/modules';
import { SessionProvider } from '../../shared/session/session';
import { EventCard } from '../events/components/EventCard';
import type { TEventSummary } from '../../../src/contract/events';
import { LedgerTable } from '../aid/components/LedgerTable';
import type { TLedgerItem } from '../../../src/contract/aid';
import { deliveryCategoryKey, familyKey, tagLabel, technologyKey } from './enum-labels';

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

/** Every enum of src/shared/enums and the domain enums the screens show, with the key prefix of its labels. */
const LABELLED: [string, readonly string[]][] = [
  ['roles', SHARED.ROLES],
  ['organisations.types', SHARED.ORGANISATION_TYPES],
  ['sme.categories', SHARED.SME_CATEGORIES],
  ['sme.statuses', SHARED.ENTERPRISE_STATUSES],
  ['members.roles', SHARED.MEMBERSHIP_ROLES],
  ['languages', SHARED.LOCALES],
  ['services.families', SERVICE_FAMILIES],
  ['services.technologies', TECHNOLOGY_AREAS],
  ['services.valueUnits', VALUE_UNITS],
  ['aid.bases', AID_BASES],
  ['events.types', EVENT_TYPES],
  ['events.visibility', EVENT_VISIBILITIES],
  ['events.status', REGISTRATION_STATUSES],
  ['facilities.kinds', RESOURCE_KINDS],
  ['facilities.status', BOOKING_STATUSES],
  ['requests.statuses', REQUEST_STATES],
  ['requests.actions.labels', REQUEST_ACTIONS],
];

/** Arrays of strings exported by src/shared/enums (LIMITS etc. are not enums). */
const sharedEnums = Object.entries(SHARED).filter(
  ([, v]) => Array.isArray(v) && v.every((x) => typeof x === 'string') && v !== SHARED.ENTERPRISE_TYPES,
) as [string, readonly string[]][];

describe('enum labels', () => {
  it('covers every enum exported by src/shared/enums', () => {
    const covered = new Set(LABELLED.map(([, values]) => values));
    expect(sharedEnums.filter(([, values]) => !covered.has(values)).map(([name]) => name)).toEqual([]);
  });

  for (const lng of ['bg', 'en'] as const) {
    it(`has a label for every value in ${lng}`, () => {
      const web = RESOURCES[lng].web;
      const missing = LABELLED.flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`)).filter(
        (k) => typeof lookup(web, k) !== 'string',
      );
      expect(missing).toEqual([]);
      expect(DELIVERY_CATEGORIES.map(deliveryCategoryKey).filter((k) => typeof lookup(web, k) !== 'string')).toEqual(
        [],
      );
    });

    it(`names each service family one way in ${lng}`, () => {
      const web = RESOURCES[lng].web;
      const names = SERVICE_FAMILIES.map((f) => lookup(web, familyKey(f)) as string);
      // Another key holding a family's name (or a variant of it) would be a second name for the same thing.
      const text = JSON.stringify(web);
      const variants =
        lng === 'bg'
          ? ['Изпитване преди инвестиция', 'Тестване преди инвестиция', 'Иновационна екосистема и партньорства']
          : ['Testing before investment'];
      expect(variants.filter((v) => text.toLowerCase().includes(v.toLowerCase()))).toEqual([]);
      for (const name of names) expect(text.split(`"${name}"`).length - 1, name).toBe(1);
    });
  }
});

const event: TEventSummary = {
  id: 'e1',
  slug: 'iot-day',
  type: 'workshop',
  titleBg: 'Ден на IoT',
  titleEn: 'IoT day',
  tags: ['data_cloud', 'iot', 'дронове'],
  venue: 'Стара Загора',
  onlineUrl: null,
  capacity: 20,
  seatsTaken: 2,
  seatsLeft: 18,
  waitlistCount: 0,
  firstStartsAt: '2026-03-02T08:00:00.000Z',
  lastEndsAt: '2026-03-02T12:00:00.000Z',
  registrationOpen: true,
  visibility: 'public',
  published: true,
};

const grant: TLedgerItem = {
  id: 'g1',
  organisationId: 'o1',
  organisationName: 'Про Дрон Системс',
  eik: '123456789',
  requestId: 'r3',
  ref: 3,
  serviceTitle: 'Обучение по ИИ',
  amountCents: 80_000,
  grantDate: '2026-03-02',
  basis: 'de_minimis',
  gberArticle: null,
  noAidReason: null,
  revokedAt: null,
  revokeReason: null,
};

async function html(node: React.ReactNode, locale: 'bg' | 'en'): Promise<string> {
  const i18n = createI18n(locale);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <SessionProvider initialMe={ANONYMOUS_ME}>
        <MemoryRouter>{node}</MemoryRouter>
      </SessionProvider>
    </I18nextProvider>,
  );
}

describe('no raw enum value on screen', () => {
  it('names technology tags on the events list; free-text tags stay as typed', async () => {
    const bg = await html(<EventCard event={event} />, 'bg');
    expect(bg).toContain('<li>Данни и облак</li>');
    expect(bg).toContain('<li>Интернет на нещата</li>');
    expect(bg).toContain('<li>дронове</li>');
    expect(bg).not.toMatch(/>(data_cloud|iot|workshop)</);
    const en = await html(<EventCard event={event} />, 'en');
    expect(en).toContain('<li>Data and cloud</li>');
  });

  it('writes request numbers as R-n in the aid ledger too', async () => {
    const bg = await html(<LedgerTable items={[grant]} />, 'bg');
    expect(bg).toContain('R-3');
    expect(bg).not.toContain('#3');
  });

  it('names a delivery category as its family', async () => {
    const i18n = createI18n('bg');
    expect(i18n.t(deliveryCategoryKey('training_skills'))).toBe(i18n.t(familyKey('skills_training')));
    expect(tagLabel(i18n.t, 'ai')).toBe(i18n.t(technologyKey('ai')));
  });
});
