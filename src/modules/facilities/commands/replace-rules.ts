import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { availabilityRules, resources } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { fieldError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TRuleInput } from '../../../contract/facilities';
import { parseRRule, validateAvailabilityRule } from '../../../domain/calendar/rrule';

export interface ReplaceRulesOptions {
  db: Db;
  actor: TActor;
  resourceId: string;
  rules: TRuleInput[];
}

/** Each rule's own checks, the refusal naming the rule's index and field (e.g. `2.rrule`). */
export function checkRules(rules: TRuleInput[]): void {
  rules.forEach((r, i) => {
    const parsed = parseRRule(r.rrule);
    if (!parsed.ok) throw fieldError(`${i}.rrule`, parsed.message, 'invalid_rrule');
    const problem = validateAvailabilityRule(r);
    if (problem)
      throw fieldError(
        r.validUntil && r.validUntil < r.validFrom ? `${i}.validUntil` : `${i}.endTime`,
        problem,
        'invalid',
      );
  });
}

/** Replaces the resource's opening rules as a set (the editor always sends them all). */
export async function replaceRules(opts: ReplaceRulesOptions): Promise<void> {
  checkRules(opts.rules);
  await opts.db.transaction(async (tx) => {
    const [resource] = await tx
      .select({ id: resources.id })
      .from(resources)
      .where(eq(resources.id, opts.resourceId))
      .for('update');
    if (!resource) throw notFound('Resource');
    const before = await tx.select().from(availabilityRules).where(eq(availabilityRules.resourceId, resource.id));
    await tx.delete(availabilityRules).where(eq(availabilityRules.resourceId, resource.id));
    const after = opts.rules.map((r) => ({
      resourceId: resource.id,
      rrule: r.rrule.toUpperCase().replace(/^RRULE:/, ''),
      startTime: r.startTime,
      endTime: r.endTime,
      validFrom: r.validFrom,
      validUntil: r.validUntil ?? null,
      note: r.note ?? null,
    }));
    if (after.length) await tx.insert(availabilityRules).values(after);
    await writeAudit(tx, opts.actor, {
      action: 'resource.rules.replace',
      entityType: 'resource',
      entityId: resource.id,
      before: before.map(({ id: _id, ...rest }) => rest),
      after,
    });
  });
}
