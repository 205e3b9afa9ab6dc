import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../contract/common';
import { user } from './auth';
import { sqlList } from './sql-list';

/**
 * An admin's invitation by e-mail: only the SHA-256 of the token is stored; the token itself travels in the mail.
 * Accepting it creates the account (name and password chosen by the invitee) with the role the admin chose.
 */
export const userInvitations = pgTable(
  'user_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    role: text('role').notNull(),
    locale: text('locale').notNull().default('bg'),
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedUserId: text('accepted_user_id').references(() => user.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('user_invitations_token_unique').on(t.tokenHash),
    index('user_invitations_email_idx').on(t.email),
    check('user_invitations_role', sql`${t.role} in (${sqlList(ROLES)})`),
  ],
);
