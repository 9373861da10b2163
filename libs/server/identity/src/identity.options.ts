export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export interface IdentityOptions {
  publicWebUrl: string;
  redisPrefix: string;
  sessionTtlHours: number;
  invitationTtlDays: number;
  passwordResetTtlMinutes: number;
  /** Free failed sign-ins for one account from one address before each try waits longer. */
  throttlePerAccount: number;
  /** Failed sign-ins (and token attempts) from one address per 15 minutes. */
  throttlePerIp: number;
  /** Failed sign-ins for one account from all addresses per hour before only known addresses may try. */
  throttleAccountCeiling: number;
}
