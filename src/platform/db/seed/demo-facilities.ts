import type { Db } from '../client';
import { availabilityExceptions, availabilityRules, resources } from '../schema';

const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';

interface TDemoResource {
  slug: string;
  kind: (typeof resources.$inferInsert)['kind'];
  owner: string | null;
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  location: string;
  capacity?: number;
  ndaRequired?: boolean;
  approvalRequired?: boolean;
  valuePerHourCents: number;
  pricePerHourCents?: number;
  maxBookingMinutes?: number;
  rules: { rrule: string; startTime: string; endTime: string; note: string }[];
}

/** The demo hub's facilities, as the founding documents describe them. */
const RESOURCES: TDemoResource[] = [
  {
    slug: 'cyber-range',
    kind: 'cyber_range',
    owner: 'telelink-bs',
    titleBg: 'Киберполигон',
    titleEn: 'Cyber range',
    descriptionBg:
      'Изолирана среда за упражнения по киберзащита: симулирани атаки срещу реалистична корпоративна мрежа, с наблюдение и разбор след всяко упражнение.',
    descriptionEn:
      'An isolated environment for cyber-defence exercises: simulated attacks on a realistic corporate network, with monitoring and a debrief after each exercise.',
    location: 'Telelink Business Services, Стара Загора',
    valuePerHourCents: 80_00,
    rules: [{ rrule: WEEKDAYS, startTime: '09:00', endTime: '17:00', note: 'Делнични дни 9–17' }],
  },
  {
    slug: 'hpc-partition',
    kind: 'hpc',
    owner: 'space-institute',
    titleBg: 'HPC дял',
    titleEn: 'HPC partition',
    descriptionBg:
      'Дял от високопроизводителния изчислителен клъстер за обучение на модели, симулации и анализ на данни.',
    descriptionEn:
      'A partition of the high-performance computing cluster for model training, simulations and data analysis.',
    location: 'ИКИТ – БАН, Стара Загора',
    valuePerHourCents: 60_00,
    pricePerHourCents: 10_00,
    rules: [
      { rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '14:00', endTime: '18:00', note: 'Всеки вторник 14–18' },
      { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '09:00', endTime: '13:00', note: 'Всеки четвъртък 9–13' },
    ],
  },
  {
    slug: '3d-printing-iot-lab',
    kind: 'lab_equipment',
    owner: 'trakia-uni',
    titleBg: 'Лаборатория за 3D печат и IoT',
    titleEn: '3D printing and IoT lab',
    descriptionBg:
      'Индустриален 3D принтер, сензорни комплекти и измервателна техника за прототипи на свързани устройства.',
    descriptionEn: 'An industrial 3D printer, sensor kits and measuring equipment for prototypes of connected devices.',
    location: 'Тракийски университет, Стара Загора',
    ndaRequired: true,
    valuePerHourCents: 40_00,
    rules: [{ rrule: WEEKDAYS, startTime: '09:00', endTime: '17:00', note: 'Делнични дни 9–17' }],
  },
  {
    slug: 'meeting-room',
    kind: 'meeting_room',
    owner: 'municipality',
    titleBg: 'Зала за срещи',
    titleEn: 'Meeting room',
    descriptionBg: 'Зала за до 12 души с екран и видеоконферентна връзка.',
    descriptionEn: 'A room for up to 12 people with a screen and video conferencing.',
    location: 'Община Стара Загора',
    approvalRequired: true,
    valuePerHourCents: 25_00,
    rules: [{ rrule: WEEKDAYS, startTime: '08:00', endTime: '18:00', note: 'Делнични дни 8–18' }],
  },
  {
    slug: 'shared-desks',
    kind: 'shared_desk',
    owner: null,
    titleBg: 'Споделени работни места',
    titleEn: 'Shared desks',
    descriptionBg: 'Осем работни места в споделеното пространство на хъба, с интернет и достъп до кухня.',
    descriptionEn: "Eight desks in the hub's shared workspace, with internet and a kitchen.",
    location: 'ЕЦИХ „Загоре“, Стара Загора',
    capacity: 8,
    valuePerHourCents: 5_00,
    maxBookingMinutes: 720,
    rules: [{ rrule: WEEKDAYS, startTime: '08:00', endTime: '20:00', note: 'Делнични дни 8–20' }],
  },
];

/** The Christmas closure of every facility (Sofia time, 24–26 December 2026). */
const CHRISTMAS = {
  startsAt: new Date('2026-12-24T00:00:00+02:00'),
  endsAt: new Date('2026-12-27T00:00:00+02:00'),
  reason: 'Коледни празници',
};

/** Loads the demo facilities with their opening rules and the Christmas closure. */
export async function seedDemoFacilities(db: Db, organisationIds: ReadonlyMap<string, string>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const r of RESOURCES) {
      const { rules, owner, ...fields } = r;
      const [row] = await tx
        .insert(resources)
        .values({ ...fields, ownerId: owner ? organisationIds.get(owner)! : null, aidBasis: 'de_minimis' })
        .returning({ id: resources.id });
      await tx
        .insert(availabilityRules)
        .values(rules.map((rule) => ({ ...rule, resourceId: row.id, validFrom: '2026-01-01' })));
      await tx.insert(availabilityExceptions).values({ ...CHRISTMAS, resourceId: row.id, kind: 'closed' });
    }
  });
}
