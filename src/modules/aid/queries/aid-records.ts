import { and, desc, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { aidGrants, deMinimisDeclarations } from '../../../platform/db/schema';
import type { TAidBasis } from '../../../domain/state-aid/aid';
import type { TAidDeclaration, TAidGrant } from '../../../domain/state-aid/de-minimis';

/** One declared item, as stored in de_minimis_declarations.items. */
export interface TDeclaredItem {
  grantor: string;
  amountCents: number;
  grantDate: string;
  regulation: string;
}

export interface TDeclarationInForce {
  id: string;
  organisationId: string;
  items: TDeclaredItem[];
}

export interface TAidRecords {
  grants: (TAidGrant & { id: string })[];
  /** Every item of each organisation's latest declaration, one entry per item (it counts on its own date). */
  declared: (TAidDeclaration & { declarationId: string; grantor: string; regulation: string })[];
  /** The organisations that have a declaration on file. */
  declaring: Set<string>;
}

/** The latest declaration of each of the given organisations: the one in force. */
export async function loadDeclarationsInForce(
  executor: Executor,
  organisationIds: string[],
): Promise<TDeclarationInForce[]> {
  if (!organisationIds.length) return [];
  const rows = await executor
    .select({
      id: deMinimisDeclarations.id,
      organisationId: deMinimisDeclarations.organisationId,
      items: deMinimisDeclarations.items,
    })
    .from(deMinimisDeclarations)
    .where(inArray(deMinimisDeclarations.organisationId, organisationIds))
    .orderBy(desc(deMinimisDeclarations.signedAt), desc(deMinimisDeclarations.id));
  const latest = new Map<string, TDeclarationInForce>();
  for (const r of rows) {
    if (!latest.has(r.organisationId))
      latest.set(r.organisationId, { id: r.id, organisationId: r.organisationId, items: r.items as TDeclaredItem[] });
  }
  return [...latest.values()];
}

/** Every grant of the given organisations that has not been revoked, and the declared aid in force, shaped for the de minimis rules. */
export async function loadAidRecords(executor: Executor, organisationIds: string[]): Promise<TAidRecords> {
  if (!organisationIds.length) return { grants: [], declared: [], declaring: new Set() };
  // Sequential, as the executor may be a transaction's single connection.
  const grantRows = await executor
    .select({
      id: aidGrants.id,
      organisationId: aidGrants.organisationId,
      amountCents: aidGrants.amountCents,
      grantDate: aidGrants.grantDate,
      basis: aidGrants.basis,
    })
    .from(aidGrants)
    // A revoked grant (the request was cancelled before delivery) never counts: it is left out of every computation.
    .where(and(inArray(aidGrants.organisationId, organisationIds), isNull(aidGrants.revokedAt)));
  const declarations = await loadDeclarationsInForce(executor, organisationIds);
  return {
    grants: grantRows.map((g) => ({ ...g, amountCents: Number(g.amountCents), basis: g.basis as TAidBasis })),
    declared: declarations.flatMap((d) =>
      d.items.map((item, index) => ({
        id: `${d.id}:${index}`,
        declarationId: d.id,
        organisationId: d.organisationId,
        amountCents: item.amountCents,
        grantDate: item.grantDate,
        grantor: item.grantor,
        regulation: item.regulation,
      })),
    ),
    declaring: new Set(declarations.map((d) => d.organisationId)),
  };
}
