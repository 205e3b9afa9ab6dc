import type { Db } from '../client';
import { aidGrants, deMinimisDeclarations, organisations } from '../schema';
import { eq } from 'drizzle-orm';
import { calendarDateInSofia } from '../../../domain/state-aid/calendar-date';
import { DE_MINIMIS_CEILING_CENTS } from '../../../domain/state-aid/de-minimis';
import { signedStatement } from '../../../modules/aid/declaration-statement';
import type { TDeclaredItem } from '../../../modules/aid/queries/aid-records';

/** The enterprise customers of the demo hub, with their signers and declared de minimis aid (the others declare none). */
const DECLARATIONS: { key: string; signerName: string; items: TDeclaredItem[] }[] = [
  {
    key: 'pro-drone',
    signerName: 'Иван Колев',
    items: [
      {
        grantor: 'Община Стара Загора — програма „Иновативни предприятия“ 2025',
        amountCents: 12_000_00,
        grantDate: '2025-06-16',
        regulation: '2023/2831',
      },
    ],
  },
  { key: 'medina-med', signerName: 'Д-р Стефка Маринова', items: [] },
  { key: 'almott', signerName: 'Николай Тодоров', items: [] },
  { key: 'adrona', signerName: 'Петя Златева', items: [] },
  { key: 'rose-valley', signerName: 'Христо Стоянов', items: [] },
];

/**
 * The demo ledger: the customers' signed de minimis declarations and one earlier grant of the hub to Almott under
 * Regulation 1407/2013 (still counted at its value), so the ledger and the aid statements have content.
 */
export async function seedDemoAid(
  db: Db,
  organisationIds: ReadonlyMap<string, string>,
  staffId: string,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const d of DECLARATIONS) {
      const organisationId = organisationIds.get(d.key)!;
      const [org] = await tx
        .select({ name: organisations.legalNameBg, eik: organisations.eik })
        .from(organisations)
        .where(eq(organisations.id, organisationId));
      await tx.insert(deMinimisDeclarations).values({
        organisationId,
        items: d.items,
        totalCents: d.items.reduce((sum, i) => sum + i.amountCents, 0),
        statement: signedStatement({
          locale: 'bg',
          ceilingCents: DE_MINIMIS_CEILING_CENTS,
          organisation: { name: org.name, identifier: org.eik },
          items: d.items,
          signerName: d.signerName,
          signedOn: calendarDateInSofia(now),
        }),
        locale: 'bg',
        signerName: d.signerName,
        signedAt: now,
      });
    }
    await tx.insert(aidGrants).values({
      organisationId: organisationIds.get('almott')!,
      description: 'Консултация по цифрова трансформация на производството (2023)',
      amountCents: 8_500_00,
      // Regulation 1407/2013 applied to aid granted until the end of 2023: late 2023 keeps it in the window longest.
      grantDate: '2023-12-20',
      basis: 'de_minimis_1407',
      createdBy: staffId,
    });
  });
}
