/**
 * NUTS reference data for Bulgaria, keyed by oblast (NUTS 3) and versioned: Bulgaria plans new
 * planning regions from 2027, so a new version is added as data, not as code.
 */

export interface TNuts2Region {
  code: string;
  nameBg: string;
  nameEn: string;
}

export interface TOblast {
  /** NUTS 3 code, e.g. 'BG344'. */
  code: string;
  nameBg: string;
  nameEn: string;
  /** NUTS 2 code of the region the oblast belongs to in this version. */
  nuts2: string;
}

export interface TRegionVersion {
  nuts2: readonly TNuts2Region[];
  oblasts: readonly TOblast[];
}

export const NUTS_VERSION = '2024';

/** All known NUTS versions for Bulgaria; add a key to introduce a new classification. */
export const REGION_VERSIONS: Readonly<Record<string, TRegionVersion>> = {
  '2024': {
    nuts2: [
      { code: 'BG31', nameBg: 'Северозападен', nameEn: 'Severozapaden' },
      { code: 'BG32', nameBg: 'Северен централен', nameEn: 'Severen tsentralen' },
      { code: 'BG33', nameBg: 'Североизточен', nameEn: 'Severoiztochen' },
      { code: 'BG34', nameBg: 'Югоизточен', nameEn: 'Yugoiztochen' },
      { code: 'BG41', nameBg: 'Югозападен', nameEn: 'Yugozapaden' },
      { code: 'BG42', nameBg: 'Южен централен', nameEn: 'Yuzhen tsentralen' },
    ],
    oblasts: [
      { code: 'BG311', nameBg: 'Видин', nameEn: 'Vidin', nuts2: 'BG31' },
      { code: 'BG312', nameBg: 'Монтана', nameEn: 'Montana', nuts2: 'BG31' },
      { code: 'BG313', nameBg: 'Враца', nameEn: 'Vratsa', nuts2: 'BG31' },
      { code: 'BG314', nameBg: 'Плевен', nameEn: 'Pleven', nuts2: 'BG31' },
      { code: 'BG315', nameBg: 'Ловеч', nameEn: 'Lovech', nuts2: 'BG31' },
      { code: 'BG321', nameBg: 'Велико Търново', nameEn: 'Veliko Tarnovo', nuts2: 'BG32' },
      { code: 'BG322', nameBg: 'Габрово', nameEn: 'Gabrovo', nuts2: 'BG32' },
      { code: 'BG323', nameBg: 'Русе', nameEn: 'Ruse', nuts2: 'BG32' },
      { code: 'BG324', nameBg: 'Разград', nameEn: 'Razgrad', nuts2: 'BG32' },
      { code: 'BG325', nameBg: 'Силистра', nameEn: 'Silistra', nuts2: 'BG32' },
      { code: 'BG331', nameBg: 'Варна', nameEn: 'Varna', nuts2: 'BG33' },
      { code: 'BG332', nameBg: 'Добрич', nameEn: 'Dobrich', nuts2: 'BG33' },
      { code: 'BG333', nameBg: 'Шумен', nameEn: 'Shumen', nuts2: 'BG33' },
      { code: 'BG334', nameBg: 'Търговище', nameEn: 'Targovishte', nuts2: 'BG33' },
      { code: 'BG341', nameBg: 'Бургас', nameEn: 'Burgas', nuts2: 'BG34' },
      { code: 'BG342', nameBg: 'Сливен', nameEn: 'Sliven', nuts2: 'BG34' },
      { code: 'BG343', nameBg: 'Ямбол', nameEn: 'Yambol', nuts2: 'BG34' },
      { code: 'BG344', nameBg: 'Стара Загора', nameEn: 'Stara Zagora', nuts2: 'BG34' },
      { code: 'BG411', nameBg: 'София (столица)', nameEn: 'Sofia (capital)', nuts2: 'BG41' },
      { code: 'BG412', nameBg: 'София', nameEn: 'Sofia', nuts2: 'BG41' },
      { code: 'BG413', nameBg: 'Благоевград', nameEn: 'Blagoevgrad', nuts2: 'BG41' },
      { code: 'BG414', nameBg: 'Перник', nameEn: 'Pernik', nuts2: 'BG41' },
      { code: 'BG415', nameBg: 'Кюстендил', nameEn: 'Kyustendil', nuts2: 'BG41' },
      { code: 'BG421', nameBg: 'Пловдив', nameEn: 'Plovdiv', nuts2: 'BG42' },
      { code: 'BG422', nameBg: 'Хасково', nameEn: 'Haskovo', nuts2: 'BG42' },
      { code: 'BG423', nameBg: 'Пазарджик', nameEn: 'Pazardzhik', nuts2: 'BG42' },
      { code: 'BG424', nameBg: 'Смолян', nameEn: 'Smolyan', nuts2: 'BG42' },
      { code: 'BG425', nameBg: 'Кърджали', nameEn: 'Kardzhali', nuts2: 'BG42' },
    ],
  },
};

export const NUTS2_REGIONS: readonly TNuts2Region[] = REGION_VERSIONS[NUTS_VERSION].nuts2;
export const OBLASTS: readonly TOblast[] = REGION_VERSIONS[NUTS_VERSION].oblasts;

/** Codes are stored upper-case; tolerate user/URL input in any case with stray spaces. */
function normaliseCode(code: string): string {
  return typeof code === 'string' ? code.trim().toUpperCase() : '';
}

/** Oblast by NUTS 3 code in the given version, or null when unknown. */
export function findOblast(code: string, version: string = NUTS_VERSION): TOblast | null {
  const data = REGION_VERSIONS[version];
  if (!data) return null;
  const wanted = normaliseCode(code);
  return data.oblasts.find((o) => o.code === wanted) ?? null;
}

/** NUTS 2 region by code in the given version, or null when unknown. */
export function findNuts2(code: string, version: string = NUTS_VERSION): TNuts2Region | null {
  const data = REGION_VERSIONS[version];
  if (!data) return null;
  const wanted = normaliseCode(code);
  return data.nuts2.find((r) => r.code === wanted) ?? null;
}

/** NUTS 2 code of an oblast in the given version, or null when the oblast is unknown. */
export function nuts2ForOblast(code: string, version: string = NUTS_VERSION): string | null {
  return findOblast(code, version)?.nuts2 ?? null;
}

/** Oblasts of a NUTS 2 region in the given version (empty when unknown). */
export function oblastsInNuts2(nuts2: string, version: string = NUTS_VERSION): TOblast[] {
  const data = REGION_VERSIONS[version];
  if (!data) return [];
  const wanted = normaliseCode(nuts2);
  return data.oblasts.filter((o) => o.nuts2 === wanted);
}
