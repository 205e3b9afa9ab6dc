import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashPassword } from 'better-auth/crypto';
import type { Db } from '../../../platform/db/client';
import { account, user, userInvitations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, notFound } from '../../../platform/errors';
import { translator } from '../../../platform/i18n/index';
import { composeMail } from '../../../platform/mail/compose';
import { enqueueMail } from '../../../platform/mail/outbox';
import { formatWhen } from '../../../platform/mail/format-when';
import { LIMITS, type TLocale, type TRole } from '../../../contract/common';
import { writeAudit } from '../../../platform/audit/write-audit';
import { isCommonPassword } from '../../../platform/auth/common-passwords';
import { normaliseEmail } from '../../../platform/auth/sign-in-backoff';

/** How long an invitation stays valid. */
export const INVITATION_DAYS = 7;

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export interface InviteUserOptions {
  db: Db;
  actor: TActor;
  email: string;
  role: TRole;
  locale: TLocale;
  publicUrl: string;
  now: Date;
}

/**
 * Invites someone by e-mail: an earlier open invitation to the same address is replaced, the mail (in the invitee's
 * language) goes through the outbox, and the whole step is audited in one transaction.
 */
export async function inviteUser(opts: InviteUserOptions) {
  const email = normaliseEmail(opts.email);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(opts.now.getTime() + INVITATION_DAYS * 24 * 3600_000);
  return opts.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: user.id })
      .from(user)
      .where(sql`lower(${user.email}) = ${email}`);
    if (existing) throw new AppError('conflict', 'This e-mail already has an account', { reason: 'user_exists' });
    await tx
      .update(userInvitations)
      .set({ revokedAt: opts.now })
      .where(
        and(eq(userInvitations.email, email), isNull(userInvitations.acceptedAt), isNull(userInvitations.revokedAt)),
      );
    const [row] = await tx
      .insert(userInvitations)
      .values({
        email,
        role: opts.role,
        locale: opts.locale,
        tokenHash: hashToken(token),
        invitedBy: opts.actor.userId,
        expiresAt,
      })
      .returning();
    const url = `${opts.publicUrl}/invitation?token=${encodeURIComponent(token)}`;
    await enqueueMail(
      tx,
      composeMail('user_invitation', opts.locale, {
        to: email,
        name: email,
        url,
        role: translator(opts.locale, 'web')(`roles.${opts.role}`),
        inviter: opts.actor.name,
        expires: formatWhen(opts.locale, expiresAt, null),
      }),
    );
    await writeAudit(tx, opts.actor, {
      action: 'user.invite',
      entityType: 'user_invitation',
      entityId: row!.id,
      after: { email, role: opts.role, locale: opts.locale, expiresAt: expiresAt.toISOString() },
    });
    return row!;
  });
}

export async function revokeInvitation(opts: { db: Db; actor: TActor; invitationId: string; now: Date }) {
  return opts.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(userInvitations)
      .where(eq(userInvitations.id, opts.invitationId))
      .for('update');
    if (!row) throw notFound('Invitation');
    if (row.acceptedAt) throw new AppError('conflict', 'The invitation was already accepted', { reason: 'accepted' });
    if (row.revokedAt) return row;
    const [after] = await tx
      .update(userInvitations)
      .set({ revokedAt: opts.now })
      .where(eq(userInvitations.id, row.id))
      .returning();
    await writeAudit(tx, opts.actor, {
      action: 'user.invitation_revoke',
      entityType: 'user_invitation',
      entityId: row.id,
      before: { email: row.email, role: row.role, revokedAt: null },
      after: { email: row.email, role: row.role, revokedAt: opts.now.toISOString() },
    });
    return after!;
  });
}

/** The open invitation a token belongs to, or a 404 that does not say whether it expired, was used or never existed. */
async function openInvitation(db: Pick<Db, 'select'>, token: string, now: Date, lock = false) {
  const query = db
    .select()
    .from(userInvitations)
    .where(
      and(
        eq(userInvitations.tokenHash, hashToken(token)),
        isNull(userInvitations.acceptedAt),
        isNull(userInvitations.revokedAt),
        gt(userInvitations.expiresAt, now),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row)
    throw new AppError('not_found', 'This invitation is not valid (it may have expired or been used)', {
      reason: 'invalid_invitation',
    });
  return row;
}

export async function previewInvitation(opts: { db: Db; token: string; now: Date }) {
  const row = await openInvitation(opts.db, opts.token, opts.now);
  return {
    email: row.email,
    role: row.role as TRole,
    locale: row.locale as TLocale,
    expiresAt: row.expiresAt.toISOString(),
  };
}

export interface AcceptInvitationOptions {
  db: Db;
  token: string;
  name: string;
  password: string;
  now: Date;
}

/** Creates the invited account (e-mail verified: the invitation proved it) with the admin's chosen role. */
export async function acceptInvitation(opts: AcceptInvitationOptions) {
  if (opts.password.length < LIMITS.passwordMin || opts.password.length > LIMITS.passwordMax) {
    throw new AppError('validation_failed', 'The password has the wrong length', {
      fields: [
        {
          field: 'password',
          code: 'too_small',
          message: `Between ${LIMITS.passwordMin} and ${LIMITS.passwordMax} characters`,
        },
      ],
    });
  }
  if (isCommonPassword(opts.password)) {
    throw new AppError('validation_failed', 'This password is among the most common ones', {
      fields: [{ field: 'password', code: 'password_too_common', message: 'Choose a less common password' }],
    });
  }
  const passwordHash = await hashPassword(opts.password);
  return opts.db.transaction(async (tx) => {
    const invitation = await openInvitation(tx, opts.token, opts.now, true);
    const [taken] = await tx
      .select({ id: user.id })
      .from(user)
      .where(sql`lower(${user.email}) = ${invitation.email}`);
    if (taken) throw new AppError('conflict', 'This e-mail already has an account', { reason: 'user_exists' });
    const userId = randomUUID();
    const [created] = await tx
      .insert(user)
      .values({
        id: userId,
        name: opts.name.trim(),
        email: invitation.email,
        emailVerified: true,
        role: invitation.role,
        locale: invitation.locale,
        createdAt: opts.now,
        updatedAt: opts.now,
      })
      .returning();
    await tx.insert(account).values({
      id: randomUUID(),
      accountId: userId,
      providerId: 'credential',
      userId,
      password: passwordHash,
      createdAt: opts.now,
      updatedAt: opts.now,
    });
    await tx
      .update(userInvitations)
      .set({ acceptedAt: opts.now, acceptedUserId: userId })
      .where(eq(userInvitations.id, invitation.id));
    const self: TActor = {
      userId,
      email: invitation.email,
      name: created!.name,
      role: invitation.role as TRole,
      locale: invitation.locale as TLocale,
      emailVerified: true,
      memberships: new Map(),
    };
    await writeAudit(tx, self, {
      action: 'user.invitation_accept',
      entityType: 'user',
      entityId: userId,
      after: { name: created!.name, email: invitation.email, role: invitation.role, invitationId: invitation.id },
    });
    return created!;
  });
}
