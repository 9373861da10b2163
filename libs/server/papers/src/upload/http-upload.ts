import type { Request, Response } from 'express';
import type { Actor } from '@convene/access';
import { AppError } from '@convene/errors';
import { SESSION_COOKIE, type SessionService } from '@convene/identity';
import { readBounded } from './bounded-body';
import { checkPaper, type CheckedPaper } from './file-check';
import { cleanFilename, disposition } from './filename';
import { PaperRefusal } from './refusal';

/**
 * The plain-HTTP side of every file the papers' pipeline keeps (papers, the knowledge bank's
 * resources, FOI attachments): who is asking, reading and checking a PUT body, the JSON
 * refusal, and serving bytes. One copy, so an upload is refused and a file served alike everywhere.
 */

/** The refusal as the GraphQL-shaped JSON clients already read (`errors[0].extensions.code`). */
export const sendRefusal = (res: Response, refusal: PaperRefusal) =>
  res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...(refusal.field ? { field: refusal.field } : {}) } }] });

/** The request's bearer token (wins) and session cookie. */
export function credentialOf(req: Request): { bearer: string | null; cookie: string | undefined } {
  const header = req.headers.authorization;
  return { bearer: header?.startsWith('Bearer ') ? header.slice(7).trim() : null, cookie: (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] };
}

/** The signed-in actor, or null (signed out and unknown sessions alike). */
export function actorOf(req: Request, sessions: SessionService): Promise<Actor | null> {
  const { bearer, cookie } = credentialOf(req);
  return sessions.resolve(bearer || cookie || null);
}

/**
 * The actor of an upload (or of a download that needs one). A cookie only counts on an upload
 * from the web client's origin, so another site cannot make a signed-in browser upload.
 */
export async function uploaderOf(req: Request, sessions: SessionService, publicWebUrl: string, { upload = true }: { upload?: boolean } = {}): Promise<Actor> {
  const { bearer, cookie } = credentialOf(req);
  if (!bearer && upload && cookie && req.headers.origin !== new URL(publicWebUrl).origin) {
    throw new PaperRefusal(403, 'FORBIDDEN', 'Uploads with a browser session must come from the Convene web client.');
  }
  const actor = await sessions.resolve(bearer || cookie || null);
  if (!actor) throw new PaperRefusal(401, 'UNAUTHENTICATED', 'Sign in to continue.');
  return actor;
}

/** The PUT body, at most `maxBytes`, under its cleaned name (`X-Filename` or `?filename=`), checked by type from the bytes. */
export async function readUpload(req: Request, maxBytes: number): Promise<{ filename: string; bytes: Buffer; checked: CheckedPaper }> {
  const raw = req.headers['x-filename'] ?? req.query.filename;
  const filename = cleanFilename(typeof raw === 'string' ? raw : undefined);
  const bytes = await readBounded(req, maxBytes);
  return { filename, bytes, checked: await checkPaper(bytes, filename) };
}

const STATUS_OF: Record<string, number> = { NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400, FORBIDDEN: 404, UNAUTHENTICATED: 401, TOO_MANY_REQUESTS: 429 };

/**
 * Answers a failed upload: a refusal as itself, a domain error by its code (forbidden answers as
 * not found); anything else is rethrown. Whatever is left of a refused body is dropped so the
 * answer reaches the client; the connection then closes rather than read an unbounded rest.
 */
export function answerUploadFailure(req: Request, res: Response, error: unknown): void {
  if (!req.complete) {
    res.setHeader('connection', 'close');
    req.resume();
  }
  if (error instanceof PaperRefusal) return void sendRefusal(res, error);
  if (error instanceof AppError) {
    const status = STATUS_OF[error.code as string] ?? 400;
    return void sendRefusal(res, new PaperRefusal(status, error.code === 'FORBIDDEN' ? 'NOT_FOUND' : (error.code as PaperRefusal['code']), error.message, (error.details?.field as string | undefined) ?? undefined));
  }
  throw error;
}

/** Kept bytes to a reader: never sniffed, never cached, and sandboxed should a browser render them. */
export function sendFile(res: Response, found: { bytes: Buffer; contentType: string; filename: string }, as: 'inline' | 'attachment'): void {
  res
    .status(200)
    .setHeader('content-type', found.contentType)
    .setHeader('content-length', String(found.bytes.length))
    .setHeader('content-disposition', disposition(as, found.filename))
    .setHeader('x-content-type-options', 'nosniff')
    .setHeader('content-security-policy', "sandbox; default-src 'none'")
    .setHeader('cache-control', 'private, no-store')
    .end(found.bytes);
}
