export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export interface IdentityOptions {
  publicWebUrl: string;
  redisPrefix: string;
  sessionTtlHours: number;
  invitationTtlDays: number;
  passwordResetTtlMinutes: number;
  throttlePerAccount: number;
  throttlePerIp: number;
}
