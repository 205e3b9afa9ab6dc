/** An invitation to join the hub's staff or experts. */
export const ACCOUNT_MAIL_KINDS = ['user_invitation'] as const;

declare module '../mail' {
  interface TMailKindRegistry extends Record<(typeof ACCOUNT_MAIL_KINDS)[number], true> {}
}
