/**
 * The socket.io contract between the forum service and its clients (the web client included).
 * Connect with `io(FORUM_URL, { auth: { token } })`, using a session token from `signIn`.
 */
export interface ServerToClientEvents {
  /** Sent once after the handshake is authorised. */
  ready: (payload: { personId: string; partnershipId: string }) => void;
  /** The session ended (signed out, deactivated, removed): the socket is about to close. */
  'session:ended': (payload: { reason: string }) => void;
}

export interface ClientToServerEvents {
  ping: (ack: (reply: { ok: true; at: string }) => void) => void;
}

/** Handshake errors arrive as `connect_error` with one of these messages. */
export const HANDSHAKE_ERRORS = {
  unauthenticated: 'UNAUTHENTICATED',
  forbiddenOrigin: 'FORBIDDEN_ORIGIN',
} as const;

export const rooms = {
  account: (accountId: string) => `account:${accountId}`,
  session: (sessionId: string) => `session:${sessionId}`,
};
