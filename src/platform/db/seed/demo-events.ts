import type { Db } from '../client';
import { eventSessions, events } from '../schema';

interface TDemoEvent {
  event: Omit<typeof events.$inferInsert, 'organiserId' | 'createdBy'> & { organiser: string | null };
  /** Sofia wall-clock times with their offset (EET +02:00 in winter, EEST +03:00 in summer). */
  sessions: { startsAt: string; endsAt: string; titleBg?: string; titleEn?: string; location?: string }[];
}

/** The demo hub's upcoming events (2027, so they stay upcoming): trainings, a workshop, a forum, a hackathon, a general meeting. */
const EVENTS: TDemoEvent[] = [
  {
    event: {
      slug: 'cybersecurity-for-smes',
      type: 'training',
      titleBg: 'Киберсигурност за малки и средни предприятия',
      titleEn: 'Cybersecurity for small and medium-sized enterprises',
      descriptionBg:
        'Двудневно практическо обучение: оценка на рисковете, защита на пощата и крайните устройства, резервни копия, реакция при инцидент. Вторият ден е упражнение на киберполигона. Сертификат за присъствие на двата дни.',
      descriptionEn:
        'A two-day hands-on training: risk assessment, protecting e-mail and endpoints, backups, incident response. The second day is an exercise on the cyber range. A certificate of attendance for both days.',
      tags: ['cybersecurity'],
      organiser: 'trakia-uni',
      venue: 'Тракийски университет, Стара Загора, зала 214',
      capacity: 20,
      questions: [
        {
          id: 'level',
          labelBg: 'Опит с киберсигурността',
          labelEn: 'Experience with cybersecurity',
          kind: 'choice',
          required: true,
          options: [
            { id: 'none', labelBg: 'Начинаещ', labelEn: 'Beginner' },
            { id: 'some', labelBg: 'Среден', labelEn: 'Intermediate' },
            { id: 'expert', labelBg: 'Напреднал', labelEn: 'Advanced' },
          ],
        },
      ],
      certificateRule: 'all',
      valuePerParticipantCents: 150_00,
      aidBasis: 'de_minimis',
      published: true,
    },
    sessions: [
      {
        startsAt: '2027-03-16T09:00:00+02:00',
        endsAt: '2027-03-16T17:00:00+02:00',
        titleBg: 'Ден 1: основи',
        titleEn: 'Day 1: the basics',
      },
      {
        startsAt: '2027-03-17T09:00:00+02:00',
        endsAt: '2027-03-17T17:00:00+02:00',
        titleBg: 'Ден 2: упражнение на киберполигона',
        titleEn: 'Day 2: cyber-range exercise',
        location: 'Telelink Business Services, Стара Загора',
      },
    ],
  },
  {
    event: {
      slug: 'ai-in-manufacturing-workshop',
      type: 'workshop',
      titleBg: 'Изкуствен интелект в производството: работилница',
      titleEn: 'AI in manufacturing: a workshop',
      descriptionBg:
        'Работилница в малка група: разпознаване на дефекти с камера и прогнозна поддръжка върху данни от вашите машини. Местата са само три — при заето място се запишете в списъка на чакащите.',
      descriptionEn:
        'A small-group workshop: camera-based defect detection and predictive maintenance on data from your machines. There are only three seats — when they are taken, join the waiting list.',
      tags: ['ai'],
      organiser: 'brait',
      venue: 'BRAIT, Стара Загора',
      capacity: 3,
      valuePerParticipantCents: 90_00,
      published: true,
    },
    sessions: [{ startsAt: '2027-04-14T14:00:00+03:00', endsAt: '2027-04-14T18:00:00+03:00' }],
  },
  {
    event: {
      slug: 'digital-industry-matchmaking-forum',
      type: 'matchmaking',
      titleBg: 'Форум за партньорства: цифрови решения за индустрията',
      titleEn: 'Matchmaking forum: digital solutions for industry',
      descriptionBg:
        'Кратки срещи между производители и доставчици на цифрови решения от региона. При регистрацията опишете какво търсите; екипът на хъба подготвя графика на срещите и одобрява участниците.',
      descriptionEn:
        'Short meetings between manufacturers and digital solution providers of the region. Describe what you are looking for when you register; the hub team prepares the meeting schedule and approves participants.',
      tags: ['iot', 'robotics'],
      organiser: 'employers-club',
      venue: 'Регионален бизнес център, Стара Загора',
      capacity: 80,
      approvalRequired: true,
      questions: [
        {
          id: 'looking-for',
          labelBg: 'Какво търсите?',
          labelEn: 'What are you looking for?',
          kind: 'text',
          required: true,
        },
      ],
      aidBasis: 'none',
      noAidReason: 'Networking event open to all without a selective advantage',
      published: true,
    },
    sessions: [{ startsAt: '2027-05-20T10:00:00+03:00', endsAt: '2027-05-20T16:00:00+03:00' }],
  },
  {
    event: {
      slug: 'smart-city-hackathon',
      type: 'hackathon',
      titleBg: 'Хакатон „Умен град Стара Загора“',
      titleEn: 'Smart City Stara Zagora hackathon',
      descriptionBg:
        'Отбори до петима души решават задачи на общината с отворени данни: транспорт, енергия, градска среда. Награди за първите три отбора.',
      descriptionEn:
        'Teams of up to five solve the municipality’s challenges with open data: transport, energy, urban environment. Prizes for the top three teams.',
      tags: ['data_cloud', 'iot'],
      organiser: 'municipality',
      venue: 'Община Стара Загора, бул. „Цар Симеон Велики“ 107',
      capacity: 40,
      certificateRule: 'min',
      certificateMinSessions: 1,
      aidBasis: 'none',
      noAidReason: 'Open competition; prizes are not state aid to undertakings',
      published: true,
    },
    sessions: [
      {
        startsAt: '2027-06-05T09:00:00+03:00',
        endsAt: '2027-06-05T21:00:00+03:00',
        titleBg: 'Ден 1',
        titleEn: 'Day 1',
      },
      {
        startsAt: '2027-06-06T09:00:00+03:00',
        endsAt: '2027-06-06T15:00:00+03:00',
        titleBg: 'Ден 2 и награждаване',
        titleEn: 'Day 2 and awards',
      },
    ],
  },
  {
    event: {
      slug: 'consortium-general-meeting-2027',
      type: 'general_meeting',
      titleBg: 'Общо събрание на консорциума 2027',
      titleEn: 'Consortium general meeting 2027',
      descriptionBg:
        'Годишно общо събрание на партньорите: отчет за 2026 г., план и бюджет за 2027 г., ключови показатели.',
      descriptionEn:
        'The partners’ annual general meeting: the 2026 report, the 2027 plan and budget, key performance indicators.',
      organiser: 'trakia-uni',
      venue: 'Тракийски университет, Ректорат, Заседателна зала',
      visibility: 'internal',
      aidBasis: 'none',
      noAidReason: 'Internal meeting of the consortium',
      published: true,
    },
    sessions: [{ startsAt: '2027-02-25T10:00:00+02:00', endsAt: '2027-02-25T13:00:00+02:00' }],
  },
];

/** Loads the demo events with their sessions (no registrations: the demo accounts fill them in the app). */
export async function seedDemoEvents(db: Db, orgIds: Map<string, string>, staffId: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const { event, sessions } of EVENTS) {
      const { organiser, ...fields } = event;
      const [row] = await tx
        .insert(events)
        .values({ ...fields, organiserId: organiser ? (orgIds.get(organiser) ?? null) : null, createdBy: staffId })
        .returning({ id: events.id });
      await tx
        .insert(eventSessions)
        .values(
          sessions.map((s) => ({ ...s, eventId: row.id, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
        );
    }
  });
}
