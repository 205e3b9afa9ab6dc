import type { Db } from '../client';
import { servicePartners, services } from '../schema';
import type { TOrganisationType } from '../../../contract/common';
import type { TAidBasis, TServiceFamily, TTechnologyArea, TValueUnit } from '../../../contract/services/enums';

interface TDemoService {
  slug: string;
  family: TServiceFamily;
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  technologies: TTechnologyArea[];
  customerTypes: TOrganisationType[];
  sectors: string[];
  /** Keys of the demo partner organisations (demo.ts). */
  partners: string[];
  /** Euros (whole); stored in cents. */
  value: number;
  unit: TValueUnit;
  price: number;
  aid: TAidBasis;
  gberArticle?: string;
  noAidReason?: string;
}

const SMES: TOrganisationType[] = ['sme', 'start_up', 'small_mid_cap'];

// The services the seed documents name (../shared/seeds/DIGEST.md), with market values of the kind
// Bulgarian hubs quote: training per participant-day, consulting per expert-day, HPC per hour.
const SERVICES: TDemoService[] = [
  {
    slug: 'cybersecurity-training',
    family: 'skills_training',
    titleBg: 'Обучение по киберсигурност',
    titleEn: 'Cybersecurity training',
    descriptionBg:
      'Практически курс за служители и ръководители: киберхигиена, разпознаване на фишинг, защита на пароли и устройства, реакция при инцидент и изисквания на NIS2.\n\nПровежда се в група до 16 участници в Стара Загора или в организацията ви; всеки участник получава удостоверение.',
    descriptionEn:
      'A hands-on course for staff and managers: cyber hygiene, spotting phishing, protecting passwords and devices, responding to an incident, and what NIS2 requires.\n\nHeld for groups of up to 16 participants in Stara Zagora or at your premises; every participant receives a certificate.',
    technologies: ['cybersecurity'],
    customerTypes: [...SMES, 'pso'],
    sectors: [],
    partners: ['telelink-bs', 'trakia-uni'],
    value: 450,
    unit: 'per_day',
    price: 0,
    aid: 'de_minimis',
  },
  {
    slug: 'artificial-intelligence-training',
    family: 'skills_training',
    titleBg: 'Обучение по изкуствен интелект',
    titleEn: 'Artificial intelligence training',
    descriptionBg:
      'Въведение в машинното обучение и генеративния изкуствен интелект за бизнеса и администрацията: къде носи полза, как се подготвят данните, рискове и изисквания на Акта за изкуствения интелект. Упражнения с реални данни от вашия отрасъл.',
    descriptionEn:
      'An introduction to machine learning and generative artificial intelligence for business and public administration: where it pays off, how to prepare the data, risks, and what the AI Act requires. Exercises with real data from your sector.',
    technologies: ['ai', 'data_cloud'],
    customerTypes: [...SMES, 'pso'],
    sectors: [],
    partners: ['trakia-uni'],
    value: 450,
    unit: 'per_day',
    price: 0,
    aid: 'de_minimis',
  },
  {
    slug: 'penetration-testing',
    family: 'test_before_invest',
    titleBg: 'Тестове за проникване',
    titleEn: 'Penetration testing',
    descriptionBg:
      'Контролирана атака срещу вашата мрежа, уеб приложения и облачни услуги, извършена от сертифицирани специалисти. Получавате доклад с откритите уязвимости, оценка по CVSS и препоръки за отстраняването им, както и повторна проверка.',
    descriptionEn:
      'A controlled attack on your network, web applications and cloud services by certified specialists. You receive a report of the vulnerabilities found, their CVSS scores and how to fix them, and a retest.',
    technologies: ['cybersecurity'],
    customerTypes: SMES,
    sectors: [],
    partners: ['telelink-bs'],
    value: 6_000,
    unit: 'fixed',
    price: 0,
    aid: 'de_minimis',
  },
  {
    slug: 'cyber-defence-advice',
    family: 'test_before_invest',
    titleBg: 'Експертни съвети за подобряване на киберзащитата',
    titleEn: 'Expert advice to improve cyber defence',
    descriptionBg:
      'Експерт преглежда политиките, архивирането, достъпите и мрежата ви и съставя план за подобряване на киберзащитата с приоритети и приблизителни разходи, съобразен с NIS2.',
    descriptionEn:
      'An expert reviews your policies, backups, access rights and network and draws up a plan to improve your cyber defence, with priorities and indicative costs, in line with NIS2.',
    technologies: ['cybersecurity'],
    customerTypes: [...SMES, 'pso'],
    sectors: [],
    partners: ['telelink-city'],
    value: 640,
    unit: 'per_day',
    price: 0,
    aid: 'de_minimis',
  },
  {
    slug: 'digital-transformation-consulting',
    family: 'test_before_invest',
    titleBg: 'Консултации за цифрова трансформация',
    titleEn: 'Digital transformation consulting',
    descriptionBg:
      'Въз основа на оценката на цифровата ви зрялост консултант съставя пътна карта за цифровизация: процеси за автоматизиране, подходящи технологии, нужни умения и ред на инвестициите.',
    descriptionEn:
      'Starting from your digital maturity assessment, a consultant draws up a digitalisation roadmap: processes to automate, suitable technologies, the skills needed and the order of investments.',
    technologies: ['data_cloud', 'ai', 'iot'],
    customerTypes: ['sme', 'start_up'],
    sectors: [],
    partners: ['brait', 'employers-club'],
    value: 640,
    unit: 'per_day',
    price: 0,
    aid: 'gber',
    gberArticle: 'Art. 28',
  },
  {
    slug: 'access-to-finance-consulting',
    family: 'investment_support',
    titleBg: 'Консултации за достъп до финансиране',
    titleEn: 'Access-to-finance consulting',
    descriptionBg:
      'Подбор на подходящи програми, покани, банкови и рискови инструменти за вашия проект за цифровизация, помощ при подготовката на проектно предложение и на представянето пред инвеститори.',
    descriptionEn:
      'Finding the programmes, calls, bank and venture instruments that fit your digitalisation project, and help with preparing the project proposal and the pitch to investors.',
    technologies: ['other'],
    customerTypes: [...SMES, 'pso'],
    sectors: [],
    partners: ['employers-club'],
    value: 640,
    unit: 'per_day',
    price: 0,
    aid: 'de_minimis',
  },
  {
    slug: 'cyber-range-exercises',
    family: 'skills_training',
    titleBg: 'Упражнения на киберполигон',
    titleEn: 'Cyber-range exercises',
    descriptionBg:
      'Екипът ви отблъсква реалистични атаки в изолирана учебна среда (киберполигон): откриване, анализ и реакция при инцидент, с оценка на представянето и разбор след упражнението.',
    descriptionEn:
      'Your team fends off realistic attacks in an isolated training environment (a cyber range): detecting, analysing and responding to an incident, with scoring and a debriefing after the exercise.',
    technologies: ['cybersecurity'],
    customerTypes: [...SMES, 'pso'],
    sectors: [],
    partners: ['telelink-bs', 'trakia-uni'],
    value: 900,
    unit: 'per_day',
    price: 0,
    aid: 'de_minimis',
  },
  {
    slug: 'hpc-access',
    family: 'test_before_invest',
    titleBg: 'Достъп до високопроизводителни изчисления',
    titleEn: 'High-performance computing access',
    descriptionBg:
      'Изчислително време на суперкомпютър за симулации, моделиране, обработка на сателитни данни и обучение на модели за изкуствен интелект, с помощ от специалист при подготовката на задачите.',
    descriptionEn:
      'Supercomputer time for simulations, modelling, satellite data processing and training of artificial intelligence models, with a specialist to help you prepare the jobs.',
    technologies: ['hpc', 'ai', 'data_cloud'],
    customerTypes: [...SMES, 'research_education'],
    sectors: [],
    partners: ['space-institute'],
    value: 60,
    unit: 'per_hour',
    price: 10,
    aid: 'de_minimis',
  },
  {
    slug: 'pre-investment-studies',
    family: 'investment_support',
    titleBg: 'Предынвестиционни проучвания',
    titleEn: 'Pre-investment studies',
    descriptionBg:
      'Анализ и оценка на инициатива преди инвестицията: пазар, технически решения, разходи и ползи, рискове. Резултатът е проучване, което можете да представите пред банка, фонд или програма.',
    descriptionEn:
      'Analysis and evaluation of an initiative before you invest: market, technical options, costs and benefits, risks. The result is a study you can present to a bank, a fund or a funding programme.',
    technologies: ['other'],
    customerTypes: SMES,
    sectors: [],
    partners: ['brait'],
    value: 3_500,
    unit: 'fixed',
    price: 350,
    aid: 'de_minimis',
  },
  {
    slug: 'product-innovation-testing',
    family: 'test_before_invest',
    titleBg: 'Изпитване на продуктови иновации',
    titleEn: 'Testing of product innovations',
    descriptionBg:
      'Изпитване на прототип в лаборатория и на опитно поле: сензори и свързаност (IoT), автоматизация и роботика, хидравлични системи, с протокол от изпитванията и препоръки преди серийното производство.',
    descriptionEn:
      'Testing a prototype in the lab and on a test field: sensors and connectivity (IoT), automation and robotics, hydraulic systems, with a test report and recommendations before series production.',
    technologies: ['iot', 'robotics'],
    customerTypes: SMES,
    sectors: [
      'metals_machinery',
      'electronics_electrical',
      'automotive_transport_equipment',
      'agriculture_forestry_fishing',
    ],
    partners: ['ms-hydraulic', 'space-institute'],
    value: 4_800,
    unit: 'fixed',
    price: 0,
    aid: 'de_minimis',
  },
  {
    slug: 'shared-workspace',
    family: 'ecosystem_networking',
    titleBg: 'Споделено работно пространство',
    titleEn: 'Shared workspace',
    descriptionBg:
      'Работно място в споделеното пространство на хъба в Стара Загора, със зала за срещи, бърз интернет и достъп до демонстрационната лаборатория — за стартиращи предприятия и екипи по проекти.',
    descriptionEn:
      "A desk in the hub's shared workspace in Stara Zagora, with a meeting room, fast internet and access to the demonstration lab — for start-ups and project teams.",
    technologies: [],
    customerTypes: ['start_up', 'sme'],
    sectors: [],
    partners: ['municipality'],
    value: 25,
    unit: 'per_day',
    price: 0,
    aid: 'de_minimis',
  },
  {
    slug: 'matchmaking-forum',
    family: 'ecosystem_networking',
    titleBg: 'Форум за срещи и партньорства',
    titleEn: 'Matchmaking forum',
    descriptionBg:
      'Еднодневен форум с панели, реални примери и двустранни срещи между предприятия, доставчици на технологии, университети и други цифрови хъбове от България и Европа.',
    descriptionEn:
      'A day-long forum with panels, real examples and one-to-one meetings between enterprises, technology providers, universities and other digital hubs from Bulgaria and Europe.',
    technologies: [],
    customerTypes: [],
    sectors: [],
    partners: ['employers-club', 'municipality'],
    value: 120,
    unit: 'fixed',
    price: 0,
    aid: 'none',
    noAidReason: 'Открито събитие за всички желаещи, без избирателно предимство за отделно предприятие.',
  },
];

/** Loads the demo catalogue, every service published, delivered by the demo partners (keys of demo.ts). */
export async function seedDemoServices(
  db: Db,
  organisationIds: ReadonlyMap<string, string>,
  staffId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const s of SERVICES) {
      const [row] = await tx
        .insert(services)
        .values({
          slug: s.slug,
          family: s.family,
          titleBg: s.titleBg,
          titleEn: s.titleEn,
          descriptionBg: s.descriptionBg,
          descriptionEn: s.descriptionEn,
          technologies: s.technologies,
          customerTypes: s.customerTypes,
          sectors: s.sectors,
          marketValueCents: s.value * 100,
          valueUnit: s.unit,
          priceCents: s.price * 100,
          aidBasis: s.aid,
          gberArticle: s.gberArticle ?? null,
          noAidReason: s.noAidReason ?? null,
          published: true,
          createdBy: staffId,
        })
        .returning({ id: services.id });
      const partnerIds = s.partners.map((key) => {
        const id = organisationIds.get(key);
        if (!id) throw new Error(`Demo service ${s.slug} names an unknown partner "${key}"`);
        return id;
      });
      await tx
        .insert(servicePartners)
        .values(partnerIds.map((organisationId) => ({ serviceId: row.id, organisationId })));
    }
  });
}
