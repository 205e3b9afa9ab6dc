import { z } from 'zod';
import { deMinimisWindow } from '../../domain/state-aid/de-minimis';
import { calendarDateInSofia, isCalendarDate } from '../../domain/state-aid/calendar-date';
import { DECLARED_REGULATIONS } from './aid.presenter';

import { ZCalendarDate } from '../../platform/http/schemas';

export { ZCalendarDate };

/** 100 000 000 EUR in cents: far above any de minimis ceiling, well inside a safe integer. */
export const CEILING_MAX_CENTS = 100_000_000 * 100;

/**
 * Limits of a declaration: each item at most EUR 100 000 000 (the ceiling's own maximum; no de minimis grant comes
 * near it) and at most 50 items, so the total (≤ EUR 5 000 000 000) and every sum with the ledger stay exact integers.
 */
export const DECLARATION_LIMITS = { itemAmountMaxCents: CEILING_MAX_CENTS, itemsMax: 50 } as const;

/**
 * A declaration as the customer signs it. Item dates must lie within the three years before today (older aid no
 * longer counts, future aid is not yet received); `today` is read per request, so the schema takes the clock.
 */
export function declarationInput(clock: () => Date) {
  const ZDeclaredDate = ZCalendarDate.superRefine((value, ctx) => {
    if (!isCalendarDate(value)) return;
    const today = calendarDateInSofia(clock());
    if (value > today) ctx.addIssue({ code: 'custom', message: 'must not be in the future' });
    else if (value < deMinimisWindow(today).start)
      ctx.addIssue({ code: 'custom', message: 'must lie within the three years before today' });
  });
  return z.object({
    items: z
      .array(
        z.object({
          grantor: z.string().trim().min(1).max(200),
          amountCents: z.number().int().min(0).max(DECLARATION_LIMITS.itemAmountMaxCents),
          grantDate: ZDeclaredDate,
          regulation: z.enum(DECLARED_REGULATIONS),
        }),
      )
      .max(DECLARATION_LIMITS.itemsMax),
    signerName: z.string().trim().min(2).max(200),
    confirm: z.literal(true, { message: 'the signer must confirm the statement' }),
  });
}

export const ZAidSettingsPatch = z
  .object({
    deMinimisCeilingCents: z.number().int().min(100).max(CEILING_MAX_CENTS),
    nationalSharePercent: z
      .number()
      .min(0)
      .max(100)
      .refine((v) => Math.abs(v * 10_000 - Math.round(v * 10_000)) < 1e-6, 'at most four decimals'),
  })
  .partial()
  .refine((v) => v.deMinimisCeilingCents !== undefined || v.nationalSharePercent !== undefined, 'nothing to change');
