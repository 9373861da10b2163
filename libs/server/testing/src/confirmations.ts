import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * The token the worker would have emailed for the newest pending confirmation of `email`, for
 * API tests that run no worker: a fresh token is minted and only its hash stored, as the worker does.
 */
export async function confirmationTokenFor(db: DataSource, email: string): Promise<string> {
  const token = `cve_${randomBytes(32).toString('base64url')}`;
  const updated = await db.query(
    `UPDATE email_confirmation SET token_hash = $2, sent_at = now()
      WHERE id = (SELECT c.id FROM email_confirmation c JOIN account a ON a.id = c.account_id
                   WHERE a.email = lower($1) AND c.used_at IS NULL ORDER BY c.created_at DESC LIMIT 1)
      RETURNING id`,
    [email, createHash('sha256').update(token).digest('hex')],
  );
  // TypeORM answers an UPDATE … RETURNING with [rows, count].
  const found = Array.isArray(updated[0]) ? updated[0][0] : updated[0];
  if (!found) throw new Error('no pending confirmation for that address');
  return token;
}
