import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { organisationMembers, organisations, serviceRequests, services, user } from '../../platform/db/schema';
import { composeMail } from '../../platform/mail/compose';
import type { TRequestMailKind } from '../../contract/requests/mail';
import { enqueueMail } from '../../platform/mail/outbox';
import { asLocale } from '../../platform/i18n/index';
import { formatEur } from '../../domain/state-aid/money';

/** The customer's link to the request page (the web app's route). */
export const requestUrl = (publicUrl: string, requestId: string) => `${publicUrl}/requests/${requestId}`;

interface TRecipient {
  email: string;
  name: string;
  locale: string;
}

/**
 * Who hears about a request: the person who asked; when staff filed it on the customer's behalf, the
 * organisation's owners (the customer), since the staff member already knows.
 */
async function recipients(
  tx: Tx,
  request: { organisationId: string; requestedBy: string | null; onBehalf: boolean },
): Promise<TRecipient[]> {
  const person = { email: user.email, name: user.name, locale: user.locale };
  if (!request.onBehalf && request.requestedBy) {
    return tx.select(person).from(user).where(eq(user.id, request.requestedBy));
  }
  const members = await tx
    .select({ ...person, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(user, eq(user.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, request.organisationId))
    .orderBy(asc(user.email));
  const owners = members.filter((m) => m.role === 'owner');
  return owners.length ? owners : members;
}

export interface EnqueueRequestMailOptions {
  kind: TRequestMailKind;
  requestId: string;
  publicUrl: string;
  reason?: string | null;
  expertName?: string | null;
  /** Appended to the request link, e.g. `#feedback`. */
  anchor?: string;
  /** De minimis aid revoked with this step (cancellation or rejection after acceptance), in cents. */
  releasedAidCents?: number;
}

/** Writes the message about a request to the outbox, in each recipient's language; call it inside the command's transaction. */
export async function enqueueRequestMail(tx: Tx, opts: EnqueueRequestMailOptions): Promise<void> {
  const [r] = await tx
    .select({
      ref: serviceRequests.ref,
      organisationId: serviceRequests.organisationId,
      requestedBy: serviceRequests.requestedBy,
      onBehalf: serviceRequests.onBehalf,
      organisation: organisations.legalNameBg,
      titleBg: services.titleBg,
      titleEn: services.titleEn,
    })
    .from(serviceRequests)
    .innerJoin(organisations, eq(organisations.id, serviceRequests.organisationId))
    .innerJoin(services, eq(services.id, serviceRequests.serviceId))
    .where(eq(serviceRequests.id, opts.requestId));
  for (const to of await recipients(tx, r)) {
    const locale = asLocale(to.locale);
    await enqueueMail(
      tx,
      composeMail(opts.kind, locale, {
        to: to.email,
        name: to.name,
        url: requestUrl(opts.publicUrl, opts.requestId) + (opts.anchor ?? ''),
        organisation: r.organisation,
        ref: Number(r.ref),
        service: locale === 'en' ? r.titleEn : r.titleBg,
        reason: opts.reason ?? undefined,
        expert: opts.expertName ?? undefined,
        ...(opts.releasedAidCents
          ? { notes: [{ key: 'aid_released', amount: formatEur(opts.releasedAidCents, locale) }] }
          : {}),
      }),
    );
  }
}
