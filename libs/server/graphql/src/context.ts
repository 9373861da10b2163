import type { Request, Response } from 'express';
import type { Actor } from '@convene/access';

/** Built once per GraphQL request. Loaders are created here so batching is per request. */
export interface RequestContext {
  req: Request;
  res: Response;
  actor: Actor | null;
  /** The raw session token the request came with, for sign-out. */
  sessionToken: string | null;
  /** A bearer token came with the request but no longer opens a session (see endedSessionPlugin). */
  sessionEnded?: boolean;
  ip: string;
  requestId: string;
  loaders: Record<string, unknown>;
  /** Values read ahead for loaders not created yet (see primeLoader). */
  primed?: Map<string, Map<unknown, unknown>>;
}
