import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PartnershipRole, QUEUES } from '@convene/contracts';
import { OUTAGE_RETRY_AFTER_SECONDS, outageOf } from '@convene/errors';
import { JobQueue } from '@convene/jobs';
import { SESSION_COOKIE, SessionService } from '@convene/identity';
import { queuesBoardCsp } from '../http-headers';

export const QUEUES_BOARD_PATH = '/admin/queues';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Convene</title></head>` +
  `<body style="font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.5;max-width:640px;margin:0 auto;padding:24px 16px;color:#0b0c0c"><main><h1>${title}</h1>${body}</main></body></html>`;

/**
 * Admins only: a session (bearer token or the web client's cookie) of a partnership ADMIN.
 * The cookie is SameSite=Lax, so another site cannot post to the board's retry buttons.
 */
function adminOnly(sessions: SessionService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    try {
      const actor = await sessions.resolve(token);
      if (!actor) return void res.status(401).type('html').send(page('Sign in first', '<p>The job queues are for admins. <a href="/sign-in">Sign in</a> as an admin, then come back to this page.</p>'));
      if (actor.role !== PartnershipRole.ADMIN) return void res.status(403).type('html').send(page('Admins only', '<p>Only admins can see the job queues.</p>'));
      next();
    } catch (error: unknown) {
      // PostgreSQL unreachable: say so (Express would print the stack and answer 500).
      if (outageOf(error)) return void res.status(503).set('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS)).type('html').send(page('Try again shortly', '<p>The job queues cannot be shown just now. Try again in a few seconds.</p>'));
      next(error);
    }
  };
}

/**
 * bull-board over every queue in the catalogue: failed jobs, their errors and progress of large
 * sends. Read-only apart from retrying: payloads are ids, and the worker's tick recreates any
 * job from the database, so nothing here can lose an email.
 */
export function mountQueuesBoard(app: INestApplication): void {
  const board = new ExpressAdapter();
  board.setBasePath(QUEUES_BOARD_PATH);
  const jobs = app.get(JobQueue);
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullMQAdapter(jobs.queue(name), { readOnlyMode: true, allowRetries: true })),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Convene jobs' } },
  });
  app.use(QUEUES_BOARD_PATH, queuesBoardCsp(), adminOnly(app.get(SessionService)), board.getRouter());
}
