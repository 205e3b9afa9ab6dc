import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { deMinimisDeclarations, organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { calendarDateInSofia } from '../../../domain/state-aid/calendar-date';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockOrganisation } from '../../organisations/public';
import { signedStatement } from '../declaration-statement';
import type { TDeclaredItem } from '../queries/aid-records';
import { loadAidSettings } from '../queries/aid-settings';

export interface TSubmitDeclarationOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
  /** Validated: each dated within the three years before `now`, amounts in cents. */
  items: TDeclaredItem[];
  signerName: string;
  now: Date;
}

/**
 * Stores a signed de minimis declaration; it becomes the organisation's declaration in force. The organisation row is
 * locked so a grant being checked for its single undertaking (which locks every member) sees either the old
 * declaration or the new one, never half of it.
 */
export async function submitDeclaration(opts: TSubmitDeclarationOptions): Promise<string> {
  return opts.db.transaction(async (tx) => {
    await lockOrganisation(tx, opts.organisationId);
    const [org] = await tx
      .select({ name: organisations.legalNameBg, eik: organisations.eik, foreign: organisations.foreignRegistrationNo })
      .from(organisations)
      .where(eq(organisations.id, opts.organisationId));
    const settings = await loadAidSettings(tx);
    const totalCents = opts.items.reduce((sum, i) => sum + i.amountCents, 0);
    const statement = signedStatement({
      locale: opts.actor.locale,
      ceilingCents: settings.deMinimisCeilingCents,
      organisation: { name: org.name, identifier: org.eik ?? org.foreign },
      items: opts.items,
      signerName: opts.signerName,
      signedOn: calendarDateInSofia(opts.now),
    });
    const values = {
      organisationId: opts.organisationId,
      items: opts.items,
      totalCents,
      statement,
      locale: opts.actor.locale,
      signerName: opts.signerName,
    };
    const [row] = await tx
      .insert(deMinimisDeclarations)
      .values({ ...values, signedBy: opts.actor.userId, signedAt: opts.now })
      .returning({ id: deMinimisDeclarations.id });
    await writeAudit(tx, opts.actor, {
      action: 'aid.declare',
      entityType: 'de_minimis_declaration',
      entityId: row.id,
      after: values,
    });
    return row.id;
  });
}
