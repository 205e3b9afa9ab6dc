import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { deMinimisDeclarations } from '../../../platform/db/schema';
import type { TDeclaration } from '../../../contract/aid';
import type { TDeclaredItem } from './aid-records';

type TRow = typeof deMinimisDeclarations.$inferSelect;

export function presentDeclaration(r: TRow): TDeclaration {
  return {
    id: r.id,
    items: r.items as TDeclaredItem[],
    totalCents: Number(r.totalCents),
    statement: r.statement,
    locale: r.locale,
    signerName: r.signerName,
    signedAt: r.signedAt.toISOString(),
  };
}

/** An organisation's declarations, newest first: the first is the one in force. */
export async function listDeclarations(executor: Executor, organisationId: string): Promise<TDeclaration[]> {
  const rows = await executor
    .select()
    .from(deMinimisDeclarations)
    .where(eq(deMinimisDeclarations.organisationId, organisationId))
    .orderBy(desc(deMinimisDeclarations.signedAt), desc(deMinimisDeclarations.id));
  return rows.map(presentDeclaration);
}

/** One declaration by id. */
export async function getDeclaration(executor: Executor, id: string): Promise<TDeclaration> {
  const [row] = await executor.select().from(deMinimisDeclarations).where(eq(deMinimisDeclarations.id, id));
  return presentDeclaration(row);
}
