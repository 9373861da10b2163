import type { Response } from 'express';

export const SESSION_COOKIE = 'convene_session';

/** httpOnly so scripts cannot read it; SameSite=Lax plus Apollo's CSRF check guard mutations. */
export function setSessionCookie(res: Response | undefined, token: string, expiresAt: Date, secure: boolean): void {
  res?.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, expires: expiresAt, path: '/' });
}

export function clearSessionCookie(res: Response | undefined, secure: boolean): void {
  res?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
