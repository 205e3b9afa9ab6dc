/**
 * One name per thing: the translation key of every enum value the UI shows, so each value is named from one
 * place in each language (the families, the Commission's delivery categories that mirror them, technology areas).
 */
import type { TFunction } from 'i18next';
import { TECHNOLOGY_AREAS, type TServiceFamily } from '../../../src/contract/services/enums';

/** The Commission's delivery categories (src/db/schema/requests.ts) name the same four families. */
const FAMILY_OF_CATEGORY: Record<string, TServiceFamily> = {
  test_before_invest: 'test_before_invest',
  training_skills: 'skills_training',
  investment_support: 'investment_support',
  ecosystem_networking: 'ecosystem_networking',
};

/** The key of a service family's name. */
export const familyKey = (family: string): string => `services.families.${family}`;

/** A delivery category is named as the family it stands for. */
export const deliveryCategoryKey = (category: string): string => familyKey(FAMILY_OF_CATEGORY[category] ?? category);

/** The key of a technology area's name. */
export const technologyKey = (area: string): string => `services.technologies.${area}`;

const isTechnology = (v: string): boolean => (TECHNOLOGY_AREAS as readonly string[]).includes(v);

/** An event tag: technology codes (the seed and the form suggest them) read as their names; free text stays as typed. */
export function tagLabel(t: TFunction, tag: string): string {
  return isTechnology(tag) ? t(technologyKey(tag)) : tag;
}
