import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { hubSettings, organisationFigures, organisationMembers, organisations, ownershipLinks, user } from '../schema';
import type { TAuth } from '../../auth/auth';
import type { TOrganisationType, TRole } from '../../../contract/common';
import { findOblast, NUTS_VERSION } from '../../../domain/regions';
import { demoEik } from './demo-eik';
import { seedDemoAssessments } from './demo-assessments';
import { seedDemoServices } from './demo-services';
import { seedDemoAid } from './demo-aid';
import { seedDemoFacilities } from './demo-facilities';
import { seedDemoRegister } from './demo-register';
import { seedDemoEvents } from './demo-events';

export const DEMO_PASSWORD = 'zagore-demo-2026';

export interface TDemoAccount {
  role: TRole;
  email: string;
  name: string;
  password: string;
}

/** One account per role; the expert belongs to a partner, the member to a customer. */
export const DEMO_ACCOUNTS: TDemoAccount[] = [
  { role: 'admin', email: 'admin@zagore.demo', name: 'Мария Иванова', password: DEMO_PASSWORD },
  { role: 'staff', email: 'staff@zagore.demo', name: 'Георги Петров', password: DEMO_PASSWORD },
  { role: 'expert', email: 'expert@zagore.demo', name: 'Доц. Елена Димитрова', password: DEMO_PASSWORD },
  { role: 'member', email: 'member@zagore.demo', name: 'Иван Колев', password: DEMO_PASSWORD },
];

/**
 * One expert for every other partner that delivers services (demo-services.ts), so each catalogue service can
 * be accepted and assigned; they sign in with the demo password. The main demo expert is Trakia University's.
 */
export const DEMO_PARTNER_EXPERTS: { partner: string; email: string; name: string }[] = [
  { partner: 'municipality', email: 'expert.municipality@zagore.demo', name: 'Инж. Петя Стоянова' },
  { partner: 'employers-club', email: 'expert.employers@zagore.demo', name: 'Николай Тодоров' },
  { partner: 'space-institute', email: 'expert.space@zagore.demo', name: 'Доц. Стефан Георгиев' },
  { partner: 'brait', email: 'expert.brait@zagore.demo', name: 'Десислава Маринова' },
  { partner: 'telelink-bs', email: 'expert.telelink@zagore.demo', name: 'Калин Христов' },
  { partner: 'telelink-city', email: 'expert.telelink-city@zagore.demo', name: 'Радостина Илиева' },
  { partner: 'ms-hydraulic', email: 'expert.mshydraulic@zagore.demo', name: 'Инж. Димитър Ангелов' },
];

interface TDemoOrg {
  key: string;
  nameBg: string;
  nameEn: string;
  type: TOrganisationType;
  city: string;
  oblast: string;
  sector?: string;
  /** DMA Module 1: an enterprise's second sector; a public body's kind of authority and EU PIC (demo numbers). */
  secondarySector?: string;
  psoLevel?: 'national' | 'regional' | 'municipal' | 'other';
  pic?: string;
  partner?: boolean;
  website?: string;
  figures?: [year: number, staff: number, turnover: number, balance: number][];
}

// Consortium partners are the ones the seed documents name (../shared/seeds/DIGEST.md); EIKs are
// demo numbers that pass the checksum, not the companies' real identifiers.
const ORGS: TDemoOrg[] = [
  {
    key: 'trakia-uni',
    nameBg: 'Тракийски университет',
    nameEn: 'Trakia University',
    type: 'research_education',
    city: 'Стара Загора',
    oblast: 'BG344',
    sector: 'cofog_09',
    partner: true,
    website: 'https://uni-sz.bg',
  },
  {
    key: 'municipality',
    nameBg: 'Община Стара Загора',
    nameEn: 'Stara Zagora Municipality',
    type: 'pso',
    city: 'Стара Загора',
    oblast: 'BG344',
    sector: 'cofog_01',
    psoLevel: 'municipal',
    pic: '999000017',
    partner: true,
  },
  {
    key: 'employers-club',
    nameBg: 'Клуб на работодателите – Стара Загора',
    nameEn: "Employers' Club Stara Zagora",
    type: 'ngo',
    city: 'Стара Загора',
    oblast: 'BG344',
    partner: true,
  },
  {
    key: 'space-institute',
    nameBg: 'Институт за космически изследвания и технологии – БАН',
    nameEn: 'Space Research and Technology Institute – BAS',
    type: 'research_education',
    city: 'Стара Загора',
    oblast: 'BG344',
    partner: true,
  },
  {
    key: 'brait',
    nameBg: 'Браншова асоциация на работодателите в иновативните технологии (БРАИТ)',
    nameEn: "Bulgarian Employers' Association for Innovative Technologies (BRAIT)",
    type: 'ngo',
    city: 'София',
    oblast: 'BG411',
    partner: true,
  },
  {
    key: 'biotech-cluster',
    nameBg: 'Клъстер за биотехнологии и здраве',
    nameEn: 'Biotech and Health Cluster',
    type: 'ngo',
    city: 'Стара Загора',
    oblast: 'BG344',
    partner: true,
  },
  {
    key: 'telelink-bs',
    nameBg: 'Телелинк Бизнес Сървисис',
    nameEn: 'Telelink Business Services',
    type: 'large_enterprise',
    city: 'София',
    oblast: 'BG411',
    sector: 'ict',
    partner: true,
    figures: [
      [2024, 520, 140_000_000, 90_000_000],
      [2025, 560, 155_000_000, 98_000_000],
    ],
  },
  {
    key: 'telelink-city',
    nameBg: 'Телелинк Сити',
    nameEn: 'Telelink City',
    type: 'sme',
    city: 'София',
    oblast: 'BG411',
    sector: 'ict',
    partner: true,
    figures: [
      [2024, 60, 9_000_000, 6_000_000],
      [2025, 70, 11_000_000, 7_000_000],
    ],
  },
  {
    key: 'ms-hydraulic',
    nameBg: 'М+С Хидравлик',
    nameEn: 'M+S Hydraulic',
    type: 'large_enterprise',
    city: 'Казанлък',
    oblast: 'BG344',
    sector: 'metals_machinery',
    partner: true,
    figures: [
      [2024, 1100, 95_000_000, 110_000_000],
      [2025, 1080, 98_000_000, 112_000_000],
    ],
  },
  {
    key: 'pro-drone',
    nameBg: 'Про Дрон Сис',
    nameEn: 'Pro Drone Sys',
    type: 'start_up',
    city: 'Стара Загора',
    oblast: 'BG344',
    sector: 'automotive_transport_equipment',
    figures: [
      [2024, 6, 400_000, 250_000],
      [2025, 9, 900_000, 500_000],
    ],
  },
  {
    key: 'medina-med',
    nameBg: 'Медина Мед',
    nameEn: 'Medina Med',
    type: 'sme',
    city: 'Стара Загора',
    oblast: 'BG344',
    sector: 'health_social_work',
    secondarySector: 'wholesale_retail',
    figures: [
      [2024, 35, 3_200_000, 2_100_000],
      [2025, 38, 3_600_000, 2_400_000],
    ],
  },
  {
    key: 'almott',
    nameBg: 'Алмот',
    nameEn: 'Almott',
    type: 'sme',
    city: 'Стара Загора',
    oblast: 'BG344',
    sector: 'metals_machinery',
    figures: [
      [2024, 120, 18_000_000, 12_000_000],
      [2025, 130, 21_000_000, 14_000_000],
    ],
  },
  {
    key: 'adrona',
    nameBg: 'Адрона',
    nameEn: 'Adrona',
    type: 'sme',
    city: 'Стара Загора',
    oblast: 'BG344',
    sector: 'construction',
    figures: [
      [2024, 42, 6_500_000, 4_000_000],
      [2025, 48, 7_200_000, 4_300_000],
    ],
  },
  {
    key: 'kazanlak',
    nameBg: 'Община Казанлък',
    nameEn: 'Kazanlak Municipality',
    type: 'pso',
    city: 'Казанлък',
    oblast: 'BG344',
    sector: 'cofog_01',
    psoLevel: 'municipal',
    pic: '999000024',
  },
  {
    key: 'rose-valley',
    nameBg: 'Розова долина Агро',
    nameEn: 'Rose Valley Agro',
    type: 'sme',
    city: 'Казанлък',
    oblast: 'BG344',
    sector: 'agriculture_forestry_fishing',
    figures: [
      [2024, 8, 1_100_000, 900_000],
      [2025, 9, 1_300_000, 950_000],
    ],
  },
];

/** Loads the demo hub (EDIH "Zagore", Stara Zagora, BG34) once; returns false when data already exists. */
export async function seedDemoData(db: Db, auth: TAuth): Promise<boolean> {
  const [existing] = await db.select({ id: hubSettings.id }).from(hubSettings);
  if (existing) return false;

  const userIds = new Map<TRole, string>();
  for (const account of DEMO_ACCOUNTS) {
    const res = await auth.api.signUpEmail({
      body: { email: account.email, password: account.password, name: account.name },
    });
    await db.update(user).set({ role: account.role, emailVerified: true }).where(eq(user.id, res.user.id));
    userIds.set(account.role, res.user.id);
  }
  const partnerExpertIds = new Map<string, string>();
  for (const expert of DEMO_PARTNER_EXPERTS) {
    const res = await auth.api.signUpEmail({
      body: { email: expert.email, password: DEMO_PASSWORD, name: expert.name },
    });
    await db.update(user).set({ role: 'expert', emailVerified: true }).where(eq(user.id, res.user.id));
    partnerExpertIds.set(expert.partner, res.user.id);
  }

  const orgIds = await db.transaction(async (tx) => {
    await tx.insert(hubSettings).values({
      id: 1,
      nameBg: 'ЕЦИХ „Загоре“',
      nameEn: 'EDIH "Zagore"',
      city: 'Стара Загора',
      nuts2: 'BG34',
      descriptionBg:
        'Европейски цифров иновационен хъб за Югоизточния регион: високопроизводителни изчисления, обучения по цифрови умения, киберсигурност, данни и изкуствен интелект за малки и средни предприятия и публичния сектор.',
      descriptionEn:
        'The European Digital Innovation Hub of the South-East region: high-performance computing, digital skills training, cybersecurity, data and artificial intelligence for SMEs and the public sector.',
      email: 'info@zagore.demo',
      website: 'https://zagore.demo',
    });
    const ids = new Map<string, string>();
    let stem = 20260101;
    for (const o of ORGS) {
      const region = findOblast(o.oblast)!;
      const [row] = await tx
        .insert(organisations)
        .values({
          legalNameBg: o.nameBg,
          legalNameEn: o.nameEn,
          type: o.type,
          country: 'BG',
          eik: demoEik(stem++),
          city: o.city,
          oblast: region.code,
          nuts2: region.nuts2,
          nutsVersion: NUTS_VERSION,
          sector: o.sector ?? null,
          secondarySector: o.secondarySector ?? null,
          psoLevel: o.psoLevel ?? null,
          pic: o.pic ?? null,
          isPartner: o.partner ?? false,
          website: o.website ?? null,
          createdBy: userIds.get('staff'),
        })
        .returning({ id: organisations.id });
      ids.set(o.key, row.id);
      for (const [year, staff, turnover, balanceSheet] of o.figures ?? []) {
        await tx.insert(organisationFigures).values({ organisationId: row.id, year, staff, turnover, balanceSheet });
      }
    }
    // Telelink City is controlled by Telelink Business Services: linked, one single undertaking.
    await tx.insert(ownershipLinks).values({
      ownerId: ids.get('telelink-bs')!,
      ownedId: ids.get('telelink-city')!,
      capitalShare: 70,
      votingShare: 70,
    });
    // Almott holds 30 % of Adrona: partner enterprises.
    await tx
      .insert(ownershipLinks)
      .values({ ownerId: ids.get('almott')!, ownedId: ids.get('adrona')!, capitalShare: 30, votingShare: 30 });
    await tx.insert(organisationMembers).values([
      { organisationId: ids.get('trakia-uni')!, userId: userIds.get('expert')!, role: 'member' },
      { organisationId: ids.get('pro-drone')!, userId: userIds.get('member')!, role: 'owner' },
      ...[...partnerExpertIds].map(([key, userId]) => ({
        organisationId: ids.get(key)!,
        userId,
        role: 'member' as const,
      })),
    ]);
    return ids;
  });
  // Pro Drone Sys (the demo member's company) is left without assessments, to be taken from T0 in the app.
  const staffId = userIds.get('staff')!;
  await seedDemoServices(db, orgIds, staffId);
  await seedDemoAid(db, orgIds, staffId, new Date());
  await seedDemoFacilities(db, orgIds);
  await seedDemoRegister(db);
  await seedDemoEvents(db, orgIds, staffId);
  await seedDemoAssessments(
    db,
    [
      {
        organisationId: orgIds.get('medina-med')!,
        questionnaire: 'sme',
        stages: { T0: [11, 0.3, 300], T1: [12, 0.55, 40] },
        staffId,
      },
      {
        organisationId: orgIds.get('almott')!,
        questionnaire: 'sme',
        stages: { T0: [21, 0.45, 280], T1: [22, 0.6, 60], T2: [23, 0.8, 5] },
        staffId,
      },
      { organisationId: orgIds.get('adrona')!, questionnaire: 'sme', stages: { T0: [31, 0.25, 200] }, staffId },
      { organisationId: orgIds.get('rose-valley')!, questionnaire: 'sme', stages: { T0: [41, 0.15, 150] }, staffId },
      {
        organisationId: orgIds.get('kazanlak')!,
        questionnaire: 'pso',
        stages: { T0: [51, 0.35, 120], T1: [52, 0.5, 10] },
        staffId,
      },
    ],
    new Date(),
  );
  return true;
}
