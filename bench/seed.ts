/**
 * The benchmark's data, loaded with set-based SQL (generate_series, INSERT … SELECT): organisations with realistic
 * Bulgarian and English names (so trigram search has near misses to sort through), services, requests with their aid
 * grants and deliveries, events with sessions and registrations, facilities with bookings. Ids are derived from the
 * row number (md5 → uuid), so every table can refer to the others without lookups. `scale` shrinks every volume.
 */
import type pg from 'pg';
import { OBLASTS } from '../src/domain/regions';

export interface TVolumes {
  organisations: number;
  requests: number;
  services: number;
  events: number;
  registrations: number;
  bookings: number;
}

export const FULL_VOLUMES: TVolumes = {
  organisations: 100_000,
  requests: 20_000,
  services: 1_000,
  events: 5_000,
  registrations: 200_000,
  bookings: 100_000,
};

export function scaledVolumes(scale: number): TVolumes {
  const v = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    organisations: v(FULL_VOLUMES.organisations, 200),
    requests: v(FULL_VOLUMES.requests, 50),
    services: v(FULL_VOLUMES.services, 20),
    events: v(FULL_VOLUMES.events, 20),
    registrations: v(FULL_VOLUMES.registrations, 100),
    bookings: v(FULL_VOLUMES.bookings, 100),
  };
}

/** The organisation every per-organisation endpoint asks about: it has requests, registrations and bookings. */
export const BUSY_ORGANISATION = 1;
/** Consortium partners: the first organisations. */
const PARTNERS = 12;
const RESOURCES = 100;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: readonly string[]) => `array[${xs.map(lit).join(', ')}]`;

/** Deterministic uuid of row `n` of `kind` (same expression in every statement). */
export const uuidOf = (kind: string, n: string | number) => `md5('${kind}-' || (${n})::text)::uuid`;

// Name parts: prefix, core and surname words combine into ~70 000 distinct names per legal form.
const PREFIX_BG = [
  'Техно',
  'Агро',
  'Кибер',
  'Дигитал',
  'Инфо',
  'Софт',
  'Строй',
  'Мед',
  'Енерго',
  'Логистик',
  'Еко',
  'Смарт',
  'Био',
  'Транс',
  'Мега',
  'Нова',
  'Бяла',
  'Тракия',
  'Загоре',
  'Родопи',
  'Балкан',
  'Дунав',
  'Пирин',
  'Марица',
];
const PREFIX_EN = [
  'Techno',
  'Agro',
  'Cyber',
  'Digital',
  'Info',
  'Soft',
  'Stroy',
  'Med',
  'Energo',
  'Logistic',
  'Eco',
  'Smart',
  'Bio',
  'Trans',
  'Mega',
  'Nova',
  'Byala',
  'Trakia',
  'Zagore',
  'Rodopi',
  'Balkan',
  'Danube',
  'Pirin',
  'Maritsa',
];
const CORE_BG = [
  'Систем',
  'Консулт',
  'Солюшънс',
  'Инженеринг',
  'Трейд',
  'Груп',
  'Проект',
  'Лаб',
  'Сервиз',
  'Дизайн',
  'Комерс',
  'Инвест',
  'Мениджмънт',
  'Продукт',
  'Фарм',
  'Текстил',
  'Машини',
  'Мебел',
  'Вино',
  'Транспорт',
];
const CORE_EN = [
  'Systems',
  'Consult',
  'Solutions',
  'Engineering',
  'Trade',
  'Group',
  'Project',
  'Lab',
  'Service',
  'Design',
  'Commerce',
  'Invest',
  'Management',
  'Product',
  'Pharm',
  'Textile',
  'Machines',
  'Furniture',
  'Wine',
  'Transport',
];
const SURNAME_BG = [
  'Иванов',
  'Петров',
  'Георгиев',
  'Димитров',
  'Николов',
  'Стоянов',
  'Христов',
  'Тодоров',
  'Илиев',
  'Василев',
  'Атанасов',
  'Петков',
  'Ангелов',
  'Колев',
  'Йорданов',
  'Маринов',
  'Стефанов',
  'Попов',
  'Михайлов',
  'Костов',
  'Русев',
  'Кирилов',
  'Янев',
  'Станев',
  'Златев',
  'Вълчев',
  'Радев',
  'Генов',
  'Борисов',
  'Киров',
];
const SURNAME_EN = [
  'Ivanov',
  'Petrov',
  'Georgiev',
  'Dimitrov',
  'Nikolov',
  'Stoyanov',
  'Hristov',
  'Todorov',
  'Iliev',
  'Vasilev',
  'Atanasov',
  'Petkov',
  'Angelov',
  'Kolev',
  'Yordanov',
  'Marinov',
  'Stefanov',
  'Popov',
  'Mihaylov',
  'Kostov',
  'Rusev',
  'Kirilov',
  'Yanev',
  'Stanev',
  'Zlatev',
  'Valchev',
  'Radev',
  'Genov',
  'Borisov',
  'Kirov',
];
const FORM_BG = ['ООД', 'ЕООД', 'АД', 'ЕАД', 'ЕТ'];
const FORM_EN = ['Ltd', 'EOOD', 'JSC', 'EAD', 'Sole Trader'];
const CITIES = ['Стара Загора', 'Пловдив', 'София', 'Варна', 'Бургас', 'Русе', 'Плевен', 'Сливен', 'Хасково', 'Ямбол'];
const SECTORS = ['ict', 'manufacturing', 'agriculture_forestry_fishing', 'construction', 'trade', 'health_social'];

// Services: topic × kind × audience = 1 000 distinct titles.
const TOPIC_BG = [
  'Киберсигурност',
  'Изкуствен интелект',
  'Облачни услуги',
  'Анализ на данни',
  'Интернет на нещата',
  'Роботика',
  'Блокчейн',
  'Виртуална реалност',
  'Зелени технологии',
  'Високопроизводителни изчисления',
];
const TOPIC_EN = [
  'Cybersecurity',
  'Artificial intelligence',
  'Cloud services',
  'Data analytics',
  'Internet of things',
  'Robotics',
  'Blockchain',
  'Virtual reality',
  'Green technologies',
  'High-performance computing',
];
const TOPIC_SLUG = ['cyber', 'ai', 'cloud', 'data', 'iot', 'robotics', 'blockchain', 'vr', 'green', 'hpc'];
const TOPIC_TECH = [
  'cybersecurity',
  'ai',
  'data_cloud',
  'data_cloud',
  'iot',
  'robotics',
  'blockchain',
  'ar_vr',
  'green_tech',
  'hpc',
];
const KIND_BG = [
  'Одит',
  'Обучение',
  'Консултация',
  'Тестване',
  'Прототипиране',
  'Оценка на зрелостта',
  'Менторство',
  'Демонстрация',
  'Работилница',
  'Подготовка за финансиране',
];
const KIND_EN = [
  'Audit',
  'Training',
  'Consulting',
  'Testing',
  'Prototyping',
  'Maturity assessment',
  'Mentoring',
  'Demonstration',
  'Workshop',
  'Funding readiness',
];
const KIND_SLUG = [
  'audit',
  'training',
  'consulting',
  'testing',
  'prototyping',
  'maturity',
  'mentoring',
  'demo',
  'workshop',
  'funding',
];
const KIND_FAMILY = [
  'test_before_invest',
  'skills_training',
  'investment_support',
  'test_before_invest',
  'test_before_invest',
  'investment_support',
  'skills_training',
  'ecosystem_networking',
  'skills_training',
  'investment_support',
];
const AUDIENCE_BG = [
  'за малки фирми',
  'за общини',
  'за производители',
  'за земеделци',
  'за стартъпи',
  'за болници',
  'за училища',
  'за търговци',
  'за логистични фирми',
  'за туризма',
];
const AUDIENCE_EN = [
  'for small firms',
  'for municipalities',
  'for manufacturers',
  'for farmers',
  'for start-ups',
  'for hospitals',
  'for schools',
  'for retailers',
  'for logistics firms',
  'for tourism',
];
const AUDIENCE_SLUG = [
  'sme',
  'municipal',
  'manufacturing',
  'farming',
  'startup',
  'health',
  'schools',
  'retail',
  'logistics',
  'tourism',
];

const EVENT_TYPES = ['training', 'workshop', 'seminar', 'conference', 'hackathon', 'matchmaking', 'training'];

/** Each statement with its label, run in order; returns the time each took. */
function statements(v: TVolumes): [string, string][] {
  const org = (n: string) => uuidOf('org', n);
  const pick = (list: readonly string[], index: string) => `(${arr(list)})[1 + ((${index}) % ${list.length})]`;
  const oblasts = OBLASTS.map((o) => o.code);
  const nuts2 = OBLASTS.map((o) => o.nuts2);
  return [
    [
      'hub settings',
      `insert into hub_settings (id, name_bg, name_en, city, nuts2, description_bg, description_en)
       values (1, 'ЕЦДИ „Загоре“', 'EDIH Zagore', 'Стара Загора', 'BG34',
         'Европейски цифров иновационен хъб за Югоизточна България.', 'European Digital Innovation Hub for South-East Bulgaria.')
       on conflict (id) do nothing`,
    ],
    [
      `${v.organisations} organisations`,
      `insert into organisations (id, legal_name_bg, legal_name_en, type, country, eik, city, oblast, nuts2,
         nuts_version, sector, is_partner, website, created_at, updated_at)
       select ${org('g')},
         ${pick(PREFIX_BG, 'g')} || ' ' || ${pick(CORE_BG, 'g / 24')} || ' ' || ${pick(SURNAME_BG, 'g / 480')} || ' ' || ${pick(FORM_BG, 'g / 7')},
         case when g % 5 < 3 then
           ${pick(PREFIX_EN, 'g')} || ' ' || ${pick(CORE_EN, 'g / 24')} || ' ' || ${pick(SURNAME_EN, 'g / 480')} || ' ' || ${pick(FORM_EN, 'g / 7')}
         end,
         case when g % 50 = 0 then 'research_education' when g % 97 = 0 then 'pso' else 'sme' end,
         'BG', '1' || lpad(g::text, 8, '0'), ${pick(CITIES, 'g / 3')},
         ${pick(oblasts, '(hashint4(g) & 2147483647)')}, ${pick(nuts2, '(hashint4(g) & 2147483647)')}, '2024', ${pick(SECTORS, 'g / 11')},
         g <= ${PARTNERS}, case when g <= ${PARTNERS} then 'https://partner' || g || '.example.bg' end,
         now() - make_interval(days => (g % 1500), mins => g % 1440), now() - make_interval(days => (g % 700))
       from generate_series(1, ${v.organisations}) g`,
    ],
    [
      'figures of half the organisations',
      `insert into organisation_figures (organisation_id, year, staff, turnover, balance_sheet)
       select ${org('g')}, 2024, 1 + (g % 240), 50000 + (g % 997) * 40000, 40000 + (g % 991) * 30000
       from generate_series(1, ${v.organisations}, 2) g`,
    ],
    [
      'ownership links',
      `insert into ownership_links (owner_id, owned_id, capital_share, voting_share, status)
       select ${org('g + 1')}, ${org('g')}, 20 + (g % 60), 20 + (g % 60), 'active'
       from generate_series(1, least(${v.organisations} - 1, 4000), 2) g`,
    ],
    [
      `${v.services} services`,
      `insert into services (id, slug, family, title_bg, title_en, description_bg, description_en, technologies,
         market_value_cents, value_unit, price_cents, aid_basis, published, created_at)
       select ${uuidOf('svc', 'g')},
         ${pick(KIND_SLUG, 'g / 10')} || '-' || ${pick(TOPIC_SLUG, 'g')} || '-' || ${pick(AUDIENCE_SLUG, 'g / 100')} || '-' || g,
         ${pick(KIND_FAMILY, 'g / 10')},
         ${pick(KIND_BG, 'g / 10')} || ': ' || lower(${pick(TOPIC_BG, 'g')}) || ' ' || ${pick(AUDIENCE_BG, 'g / 100')},
         ${pick(KIND_EN, 'g / 10')} || ': ' || lower(${pick(TOPIC_EN, 'g')}) || ' ' || ${pick(AUDIENCE_EN, 'g / 100')},
         'Практическа услуга в областта „' || ${pick(TOPIC_BG, 'g')} || '“ ' || ${pick(AUDIENCE_BG, 'g / 100')} ||
           ': ' || lower(${pick(KIND_BG, 'g / 10')}) || ' с експерти на хъба и партньорите, с доклад, препоръки и план за ' ||
           'следващите стъпки. Подходяща за организации, които започват или разширяват дигиталната си трансформация.',
         'A hands-on service in ' || lower(${pick(TOPIC_EN, 'g')}) || ' ' || ${pick(AUDIENCE_EN, 'g / 100')} ||
           ': ' || lower(${pick(KIND_EN, 'g / 10')}) || ' with the experts of the hub and its partners, with a report, ' ||
           'recommendations and a plan for the next steps, for organisations starting or widening their digital transformation.',
         array[${pick(TOPIC_TECH, 'g')}],
         (5 + g % 40) * 10000, 'fixed', 0, 'de_minimis', g % 23 <> 0, now() - make_interval(days => g % 900)
       from generate_series(1, ${v.services}) g`,
    ],
    [
      'service partners',
      `insert into service_partners (service_id, organisation_id)
       select ${uuidOf('svc', 'g')}, ${org(`1 + (g % ${PARTNERS})`)} from generate_series(1, ${v.services}) g
       union
       select ${uuidOf('svc', 'g')}, ${org(`1 + ((g + 5) % ${PARTNERS})`)} from generate_series(1, ${v.services}, 3) g`,
    ],
    [
      `${v.requests} requests`,
      // States: 15 % submitted, 10 % accepted, 10 % assigned, 10 % in progress, 10 % delivered, 35 % closed,
      // 5 % rejected, 5 % cancelled. Every 1 000th request is the busy organisation's.
      `insert into service_requests (id, organisation_id, service_id, need, quantity, status, partner_id, accepted_at,
         grant_date, reason, created_at, updated_at)
       select ${uuidOf('req', 'g')},
         case when g % 1000 = 0 then ${org(String(BUSY_ORGANISATION))} else ${org(`1 + ((g * 37) % ${v.organisations})`)} end,
         ${uuidOf('svc', `1 + (g % ${v.services})`)},
         'Искаме помощ с ' || lower(${pick(TOPIC_BG, 'g')}) || ' в нашата фирма: ' || ${pick(KIND_BG, 'g / 10')} ||
           ' за екип от ' || (3 + g % 40) || ' души.',
         1, s.status,
         case when s.status in ('assigned', 'in_progress', 'delivered', 'closed') then ${org(`1 + (g % ${PARTNERS})`)} end,
         case when s.status not in ('submitted', 'rejected') then created + interval '2 days' end,
         case when s.status not in ('submitted', 'rejected') then (created + interval '2 days')::date end,
         case when s.status in ('rejected', 'cancelled') then 'Не отговаря на условията.' end,
         created, created + interval '3 days'
       from generate_series(1, ${v.requests}) g
       cross join lateral (select now() - make_interval(days => (g * 7) % 730, mins => g % 1440) as created) c
       cross join lateral (select case
         when g % 20 < 3 then 'submitted' when g % 20 < 5 then 'accepted' when g % 20 < 7 then 'assigned'
         when g % 20 < 9 then 'in_progress' when g % 20 < 11 then 'delivered' when g % 20 < 18 then 'closed'
         when g % 20 = 18 then 'rejected' else 'cancelled' end as status) s`,
    ],
    [
      'aid grants of accepted requests',
      `insert into aid_grants (id, organisation_id, request_id, service_id, description, amount_cents, grant_date, basis,
         created_at, revoked_at, revoke_reason)
       select ${uuidOf('grant', 'r.ref')}, r.organisation_id, r.id, r.service_id, s.title_bg, s.market_value_cents,
         r.grant_date, 'de_minimis', r.accepted_at,
         case when r.status = 'cancelled' then r.updated_at end,
         case when r.status = 'cancelled' then 'Заявката е отменена.' end
       from service_requests r join services s on s.id = r.service_id
       where r.grant_date is not null`,
    ],
    [
      'deliveries of delivered requests',
      `insert into service_deliveries (request_id, organisation_id, service_id, category, description, technology,
         start_date, end_date, value_cents, price_paid_cents, aid_basis, aid_cents, national_share_cents, recorded_at)
       select r.id, r.organisation_id, r.service_id,
         case s.family when 'skills_training' then 'training_skills' else s.family end,
         s.title_bg, s.technologies[1], r.grant_date, r.grant_date + 1, s.market_value_cents, 0, 'de_minimis',
         s.market_value_cents, s.market_value_cents / 2, r.updated_at
       from service_requests r join services s on s.id = r.service_id
       where r.status in ('delivered', 'closed')`,
    ],
    [
      'feedback on closed requests',
      `insert into service_feedback (request_id, rating, comment, created_at)
       select r.id, 3 + (r.ref % 3), case when r.ref % 4 = 0 then 'Много полезно, благодарим!' end, r.updated_at
       from service_requests r where r.status = 'closed' and r.ref % 2 = 0`,
    ],
    [
      `${v.events} events`,
      // First sessions spread from two years ago to one year ahead: about a third have not ended yet.
      `insert into events (id, slug, type, title_bg, title_en, description_bg, description_en, tags, venue, capacity,
         value_per_participant_cents, visibility, published, created_at)
       select ${uuidOf('evt', 'g')}, 'event-' || g, ${pick(EVENT_TYPES, 'g')},
         ${pick(TOPIC_BG, 'g')} || ' ' || ${pick(AUDIENCE_BG, 'g / 10')} || ' — ' || ${pick(KIND_BG, 'g / 100')},
         ${pick(TOPIC_EN, 'g')} || ' ' || ${pick(AUDIENCE_EN, 'g / 10')} || ' — ' || ${pick(KIND_EN, 'g / 100')},
         'Събитие на хъба: ' || lower(${pick(TOPIC_BG, 'g')}) || ', практически примери и дискусия.',
         'A hub event on ' || lower(${pick(TOPIC_EN, 'g')}) || ', with practical examples and discussion.',
         array[${pick(TOPIC_TECH, 'g')}], ${pick(CITIES, 'g')} || ', зала ' || (1 + g % 5), 60, 20000,
         case when g % 20 < 16 then 'public' when g % 20 < 19 then 'members' else 'internal' end,
         g % 10 <> 0, now() - interval '800 days'
       from generate_series(1, ${v.events}) g`,
    ],
    [
      'event sessions (1–3 per event)',
      `insert into event_sessions (id, event_id, starts_at, ends_at, title_bg, title_en)
       select ${uuidOf('ses', 'g * 10 + d')}, ${uuidOf('evt', 'g')},
         start + make_interval(days => d - 1), start + make_interval(days => d - 1, hours => 8),
         'Ден ' || d, 'Day ' || d
       from generate_series(1, ${v.events}) g
       cross join lateral (select date_trunc('hour', now()) - interval '730 days'
         + make_interval(hours => ((g::bigint * 1095 * 24) / ${v.events})::int) as start) s
       cross join lateral generate_series(1, 1 + g % 3) d`,
    ],
    [
      // The capacity trigger checks each row against the event's seats: the generated data keeps within them
      // (40 registrations of one seat per 60-seat event), so it is switched off for the load.
      'capacity guard off for the load',
      'alter table event_registrations disable trigger event_registrations_capacity',
    ],
    [
      `${v.registrations} registrations`,
      `insert into event_registrations (id, event_id, organisation_id, contact_name, contact_email, seats, status,
         waitlist_rank, code, token, created_at)
       select ${uuidOf('reg', 'g')}, ${uuidOf('evt', `1 + (g % ${v.events})`)},
         case when g % 5000 = 0 then ${org(String(BUSY_ORGANISATION))} else ${org(`1 + ((g * 13) % ${v.organisations})`)} end,
         ${pick(SURNAME_BG, 'g')} || 'а ' || ${pick(['Мария', 'Елена', 'Иван', 'Георги', 'Петя', 'Николай'], 'g / 30')},
         'person' || g || '@example.bg', 1,
         case when g % 20 < 17 then 'confirmed' when g % 20 < 19 then 'cancelled' else 'waitlisted' end,
         case when g % 20 = 19 then g end,
         'B' || lpad(g::text, 9, '0'), md5('tok-' || g), now() - make_interval(days => 800 - (g % 800))
       from generate_series(1, ${v.registrations}) g`,
    ],
    ['capacity guard on again', 'alter table event_registrations enable trigger event_registrations_capacity'],
    [
      'check-ins at past sessions',
      `insert into event_check_ins (registration_id, session_id, people, checked_in_at)
       select r.id, s.id, 1, s.starts_at + interval '10 minutes'
       from event_registrations r
       join lateral (select id, starts_at from event_sessions where event_id = r.event_id order by starts_at limit 1) s on true
       where r.status = 'confirmed' and s.starts_at < now() and (right(r.code, 1) in ('0', '5'))`,
    ],
    [
      `${RESOURCES} facility resources`,
      `insert into resources (id, slug, kind, title_bg, title_en, description_bg, description_en, location, owner_id,
         capacity, value_per_hour_cents)
       select ${uuidOf('res', 'g')}, 'resource-' || g,
         ${pick(['cyber_range', 'hpc', 'lab_equipment', 'meeting_room', 'shared_desk'], 'g')},
         'Ресурс ' || g, 'Resource ' || g, 'Оборудване на хъба.', 'Equipment of the hub.', 'Стара Загора',
         ${org(`1 + (g % ${PARTNERS})`)}, case when g % 5 = 4 then 10 else 1 end, 5000
       from generate_series(1, ${RESOURCES}) g`,
    ],
    [
      `${v.bookings} bookings`,
      // Each resource's bookings are 9 hours apart and 2 hours long: exclusive ones never overlap.
      `insert into bookings (id, resource_id, organisation_id, period, starts_at, ends_at, seats, exclusive, status,
         purpose, created_at)
       select ${uuidOf('bkg', 'g')}, ${uuidOf('res', `1 + (g % ${RESOURCES})`)},
         case when g % 5000 = 0 then ${org(String(BUSY_ORGANISATION))} else ${org(`1 + ((g * 17) % ${v.organisations})`)} end,
         tstzrange(t.starts, t.starts + interval '2 hours', '[)'), t.starts, t.starts + interval '2 hours', 1,
         (1 + (g % ${RESOURCES})) % 5 <> 4,
         case when g % 20 < 16 then 'confirmed' when g % 20 < 19 then 'cancelled' else 'pending' end,
         'Тест на прототип', t.starts - interval '5 days'
       from generate_series(1, ${v.bookings}) g
       cross join lateral (select date_trunc('hour', now()) - interval '365 days'
         + make_interval(hours => (g / ${RESOURCES}) * 9) as starts) t`,
    ],
  ];
}

/** Loads every table; returns the seconds each step took. */
export async function seedBenchData(client: pg.ClientBase, volumes: TVolumes, log: (line: string) => void) {
  for (const [label, text] of statements(volumes)) {
    const t0 = performance.now();
    const res = await client.query(text);
    log(`  ${label}: ${res.rowCount ?? 0} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const t0 = performance.now();
  await client.query('vacuum analyze');
  log(`  vacuum analyze in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The row id of the busy organisation, and of a published service's slug, for the endpoints' URLs. */
export async function benchTargets(client: pg.ClientBase) {
  const { rows: orgRows } = await client.query<{ id: string }>(`select ${uuidOf('org', BUSY_ORGANISATION)} as id`);
  const { rows: svcRows } = await client.query<{ slug: string }>(
    `select slug from services where published and title_bg ilike '%киберсигурност%' order by slug limit 1`,
  );
  return { organisationId: orgRows[0].id, serviceSlug: svcRows[0].slug };
}
