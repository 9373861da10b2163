export const NOTIFICATION_OPTIONS = Symbol('NOTIFICATION_OPTIONS');

export interface NotificationOptions {
  publicWebUrl: string;
  smtpUrl: string;
  mailFrom: string;
  claimStaleSeconds?: number;
}
