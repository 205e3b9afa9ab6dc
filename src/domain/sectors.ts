/**
 * Sector reference data for the DMA questionnaire: 24 enterprise sectors grouped from NACE Rev. 2
 * divisions, and the 10 COFOG divisions for public-sector organisations. Also NACE code normalisation.
 */
import { ENTERPRISE_TYPES, type TOrganisationType } from '../contract/common';

export interface TEnterpriseSector {
  /** Stable id stored in the database; never rename. */
  id: string;
  nameBg: string;
  nameEn: string;
  /** NACE Rev. 2 divisions (two digits) covered by this sector. */
  naceDivisions: readonly string[];
}

export interface TPublicSector {
  id: string;
  nameBg: string;
  nameEn: string;
}

/** Inclusive list of two-digit division codes from `from` to `to`. */
function divisions(from: number, to: number): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d++) out.push(String(d).padStart(2, '0'));
  return out;
}

/** NACE Rev. 2 sections with their division ranges (gaps such as 04, 34, 40 are unused codes). */
export const NACE_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  A: divisions(1, 3),
  B: divisions(5, 9),
  C: divisions(10, 33),
  D: ['35'],
  E: divisions(36, 39),
  F: divisions(41, 43),
  G: divisions(45, 47),
  H: divisions(49, 53),
  I: divisions(55, 56),
  J: divisions(58, 63),
  K: divisions(64, 66),
  L: ['68'],
  M: divisions(69, 75),
  N: divisions(77, 82),
  O: ['84'],
  P: ['85'],
  Q: divisions(86, 88),
  R: divisions(90, 93),
  S: divisions(94, 96),
  T: divisions(97, 98),
  U: ['99'],
};

export const ENTERPRISE_SECTORS: readonly TEnterpriseSector[] = [
  {
    id: 'agriculture_forestry_fishing',
    nameBg: 'Селско, горско и рибно стопанство',
    nameEn: 'Agriculture, forestry and fishing',
    naceDivisions: NACE_SECTIONS.A,
  },
  {
    id: 'mining_quarrying',
    nameBg: 'Добивна промишленост',
    nameEn: 'Mining and quarrying',
    naceDivisions: NACE_SECTIONS.B,
  },
  {
    id: 'food_beverages',
    nameBg: 'Производство на храни, напитки и тютюневи изделия',
    nameEn: 'Food, beverages and tobacco products',
    naceDivisions: divisions(10, 12),
  },
  {
    id: 'textiles_apparel_leather',
    nameBg: 'Производство на текстил, облекло и кожени изделия',
    nameEn: 'Textiles, apparel and leather products',
    naceDivisions: divisions(13, 15),
  },
  {
    id: 'wood_paper_printing',
    nameBg: 'Дървообработване, производство на хартия и печатна дейност',
    nameEn: 'Wood, paper and printing',
    naceDivisions: divisions(16, 18),
  },
  {
    id: 'chemicals_pharma_plastics',
    nameBg: 'Химическа и фармацевтична промишленост, каучук и пластмаси',
    nameEn: 'Chemicals, pharmaceuticals, rubber and plastics',
    naceDivisions: divisions(19, 22),
  },
  {
    id: 'metals_machinery',
    nameBg: 'Металургия, метални изделия и машиностроене',
    nameEn: 'Metals, metal products and machinery',
    naceDivisions: ['24', '25', '28'],
  },
  {
    id: 'electronics_electrical',
    nameBg: 'Електроника и електрическо оборудване',
    nameEn: 'Electronics and electrical equipment',
    naceDivisions: ['26', '27'],
  },
  {
    id: 'automotive_transport_equipment',
    nameBg: 'Автомобили и други превозни средства',
    nameEn: 'Automotive and other transport equipment',
    naceDivisions: ['29', '30'],
  },
  {
    id: 'other_manufacturing',
    nameBg: 'Друга преработваща промишленост',
    nameEn: 'Other manufacturing',
    // Non-metallic minerals, furniture, other manufacturing, repair and installation of machinery.
    naceDivisions: ['23', '31', '32', '33'],
  },
  {
    id: 'energy',
    nameBg: 'Енергетика',
    nameEn: 'Energy supply',
    naceDivisions: NACE_SECTIONS.D,
  },
  {
    id: 'water_waste',
    nameBg: 'Водоснабдяване, управление на отпадъци и възстановяване',
    nameEn: 'Water supply, waste management and remediation',
    naceDivisions: NACE_SECTIONS.E,
  },
  {
    id: 'construction',
    nameBg: 'Строителство',
    nameEn: 'Construction',
    naceDivisions: NACE_SECTIONS.F,
  },
  {
    id: 'wholesale_retail',
    nameBg: 'Търговия на едро и дребно',
    nameEn: 'Wholesale and retail trade',
    naceDivisions: NACE_SECTIONS.G,
  },
  {
    id: 'transport_logistics',
    nameBg: 'Транспорт, складиране и логистика',
    nameEn: 'Transport, storage and logistics',
    naceDivisions: NACE_SECTIONS.H,
  },
  {
    id: 'accommodation_food_service',
    nameBg: 'Хотелиерство и ресторантьорство',
    nameEn: 'Accommodation and food service',
    naceDivisions: NACE_SECTIONS.I,
  },
  {
    id: 'ict',
    nameBg: 'Информационни и комуникационни технологии',
    nameEn: 'Information and communication technology',
    naceDivisions: NACE_SECTIONS.J,
  },
  {
    id: 'finance_insurance',
    nameBg: 'Финансови и застрахователни дейности',
    nameEn: 'Financial and insurance activities',
    naceDivisions: NACE_SECTIONS.K,
  },
  {
    id: 'real_estate',
    nameBg: 'Операции с недвижими имоти',
    nameEn: 'Real estate activities',
    naceDivisions: NACE_SECTIONS.L,
  },
  {
    id: 'professional_scientific_technical',
    nameBg: 'Професионални, научни и технически дейности',
    nameEn: 'Professional, scientific and technical activities',
    naceDivisions: NACE_SECTIONS.M,
  },
  {
    id: 'administrative_support',
    nameBg: 'Административни и спомагателни дейности',
    nameEn: 'Administrative and support services',
    naceDivisions: NACE_SECTIONS.N,
  },
  {
    id: 'education',
    nameBg: 'Образование',
    nameEn: 'Education',
    naceDivisions: NACE_SECTIONS.P,
  },
  {
    id: 'health_social_work',
    nameBg: 'Хуманно здравеопазване и социална работа',
    nameEn: 'Human health and social work',
    naceDivisions: NACE_SECTIONS.Q,
  },
  {
    id: 'arts_culture_other_services',
    nameBg: 'Култура, спорт, развлечения и други услуги',
    nameEn: 'Arts, culture, recreation and other services',
    naceDivisions: [...NACE_SECTIONS.R, ...NACE_SECTIONS.S],
  },
];

/** COFOG divisions (Classification of the Functions of Government). */
export const PUBLIC_SECTORS: readonly TPublicSector[] = [
  { id: 'cofog_01', nameBg: 'Общи държавни служби', nameEn: 'General public services' },
  { id: 'cofog_02', nameBg: 'Отбрана', nameEn: 'Defence' },
  { id: 'cofog_03', nameBg: 'Обществен ред и безопасност', nameEn: 'Public order and safety' },
  { id: 'cofog_04', nameBg: 'Икономически дейности', nameEn: 'Economic affairs' },
  { id: 'cofog_05', nameBg: 'Опазване на околната среда', nameEn: 'Environmental protection' },
  { id: 'cofog_06', nameBg: 'Жилищно строителство и благоустройство', nameEn: 'Housing and community amenities' },
  { id: 'cofog_07', nameBg: 'Здравеопазване', nameEn: 'Health' },
  { id: 'cofog_08', nameBg: 'Отдих, култура и религия', nameEn: 'Recreation, culture and religion' },
  { id: 'cofog_09', nameBg: 'Образование', nameEn: 'Education' },
  { id: 'cofog_10', nameBg: 'Социална защита', nameEn: 'Social protection' },
];

const ENTERPRISE_SECTOR_IDS = new Set(ENTERPRISE_SECTORS.map((s) => s.id));
const PUBLIC_SECTOR_IDS = new Set(PUBLIC_SECTORS.map((s) => s.id));

/** Which sector list an organisation type draws from: 'enterprise', 'public' or 'any'. */
export function sectorListFor(orgType: TOrganisationType): 'enterprise' | 'public' | 'any' {
  if (ENTERPRISE_TYPES.includes(orgType)) return 'enterprise';
  if (orgType === 'pso') return 'public';
  return 'any';
}

/** True when the sector id belongs to a list the organisation type may use. */
export function isSectorAllowed(sector: string, orgType: TOrganisationType): boolean {
  switch (sectorListFor(orgType)) {
    case 'enterprise':
      return ENTERPRISE_SECTOR_IDS.has(sector);
    case 'public':
      return PUBLIC_SECTOR_IDS.has(sector);
    default:
      return ENTERPRISE_SECTOR_IDS.has(sector) || PUBLIC_SECTOR_IDS.has(sector);
  }
}

/**
 * Accepted input shapes for a NACE Rev. 2 code (case-insensitive, after removing spaces): a section
 * letter 'C'; a division '62', group '62.0' or class '62.01', optionally prefixed by the section letter
 * ('J62.01'); the dot may be omitted ('6201').
 */
export const NACE_CODE_PATTERN = /^(?:[A-U]|[A-U]?\d{2}(?:\.?\d{1,2})?)$/i;

/** Stored form: a section letter alone, or the dotted numeric code without the section letter. */
export const NACE_NORMALISED_PATTERN = /^(?:[A-U]|\d{2}(?:\.\d{1,2})?)$/;

/** Section letter of a division ('62' → 'J'), or null for unused division numbers. */
export function naceSectionOf(division: string): string | null {
  for (const [section, divs] of Object.entries(NACE_SECTIONS)) {
    if (divs.includes(division)) return section;
  }
  return null;
}

/** Normalises a NACE Rev. 2 code to 'C' | '62' | '62.0' | '62.01'; null if malformed, unused or contradicting its section letter. */
export function normaliseNace(input: string): string | null {
  if (typeof input !== 'string') return null;
  const s = input.replace(/\s+/g, '').toUpperCase();
  if (!NACE_CODE_PATTERN.test(s)) return null;
  if (/^[A-U]$/.test(s)) return s;
  const m = /^([A-U])?(\d{2})\.?(\d{1,2})?$/.exec(s);
  if (!m) return null;
  const [, letter, division, rest] = m;
  const section = naceSectionOf(division);
  if (section === null) return null;
  // The letter is redundant; a mismatching one means the code was mistyped, so refuse to guess.
  if (letter && letter !== section) return null;
  return rest ? `${division}.${rest}` : division;
}

/** Enterprise sector for a NACE code; a bare section letter resolves only when one sector covers it. */
export function sectorForNace(input: string): TEnterpriseSector | null {
  const code = normaliseNace(input);
  if (code === null) return null;
  if (/^[A-U]$/.test(code)) {
    const divs = NACE_SECTIONS[code];
    const matches = ENTERPRISE_SECTORS.filter((s) => divs.every((d) => s.naceDivisions.includes(d)));
    return matches.length === 1 ? matches[0] : null;
  }
  const division = code.slice(0, 2);
  return ENTERPRISE_SECTORS.find((s) => s.naceDivisions.includes(division)) ?? null;
}
