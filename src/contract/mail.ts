/**
 * The kinds of transactional mail. The platform's own (account mails) are here; each capability adds its kinds in
 * `contract/<capability>/mail.ts` by merging into `TMailKindRegistry`, and lists them in its manifest.
 */
export const PLATFORM_MAIL_KINDS = ['verify_email', 'password_reset', 'sign_up_existing'] as const;

export interface TMailKindRegistry extends Record<(typeof PLATFORM_MAIL_KINDS)[number], true> {}

export type TMailKind = keyof TMailKindRegistry;
