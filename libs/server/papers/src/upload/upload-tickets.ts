import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@convene/access';
import { conflict, notFound } from '@convene/errors';
import { hashToken, looksLikeToken, newToken } from '@convene/identity';

/** How long an upload ticket may be used. */
export const TICKET_MINUTES = 10;

/** The tables of single-use upload tickets, each with token_hash, person_id, max_bytes, expires_at and used_at. */
export type UploadTicketTable = 'paper_upload' | 'resource_upload' | 'foi_upload';

/**
 * A fresh ticket for one PUT: the token for the client, its hash for the row (tokens are kept
 * hashed), and when it stops working. The row's own columns are the caller's.
 */
export function newUploadTicket(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  const token = newToken('upload');
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TICKET_MINUTES * 60_000) };
}

/**
 * The actor's unused, unexpired ticket in `table`, as `columns` select it; a malformed, unknown,
 * used, expired or someone else's token is alike NOT_FOUND.
 */
export async function findUploadTicket<T>(db: DataSource, table: UploadTicketTable, columns: string, actor: Actor, token: string, now: Date): Promise<T> {
  if (!looksLikeToken(token, 'upload')) throw notFound('That upload');
  const [row]: T[] = await db.query(`SELECT ${columns} FROM ${table} WHERE token_hash = $1 AND person_id = $2 AND used_at IS NULL AND expires_at > $3`, [hashToken(token), actor.personId, now]);
  if (!row) throw notFound('That upload');
  return row;
}

/**
 * Uses the ticket up, inside the transaction that keeps its bytes: of two PUTs racing on one
 * ticket, the second is a CONFLICT and keeps nothing. (An UPDATE answers [rows, count].)
 */
export async function useUploadTicket(m: EntityManager, table: UploadTicketTable, ticketId: string, now: Date): Promise<void> {
  const [, count]: [unknown[], number] = await m.query(`UPDATE ${table} SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id`, [ticketId, now]);
  if (count === 0) throw conflict('This upload ticket has been used; ask for a new one.');
}
