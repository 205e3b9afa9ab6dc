import type { Db } from '../client';
import { publicRegisterEntries } from '../schema';
import { demoEik } from './demo-eik';

/**
 * A demo extract of the public register: companies that exist "in the register" but are not yet in the hub. A
 * customer who registers one of these EIKs only claims the organisation until staff confirm it. Demo numbers again,
 * from stems far from the demo organisations' own.
 */
export const DEMO_REGISTER = [
  { stem: 20269001, nameBg: 'Тракия Агро Тех ООД' },
  { stem: 20269002, nameBg: 'Загоре Метал АД' },
  { stem: 20269003, nameBg: 'Казанлъшка Роза Био ЕООД' },
].map((e) => ({ eik: demoEik(e.stem), nameBg: e.nameBg }));

export async function seedDemoRegister(db: Db): Promise<void> {
  await db.insert(publicRegisterEntries).values(DEMO_REGISTER).onConflictDoNothing();
}
