import { Client } from 'pg';
import { StartupError } from '@convene/errors';
import { CONNECT_TIMEOUT_MS } from './data-source';

// Why a connection failed, in words, without the driver's stack or the URL's password.
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  '28P01': 'password authentication failed',
  '28000': 'not allowed to connect',
  '3D000': 'the database does not exist',
  '57P03': 'the server is starting up',
  '53300': 'too many connections',
};

function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; errors?: unknown[]; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code && REASONS[code]) return REASONS[code];
  const inner = Array.isArray(e?.errors) ? e.errors[0] : undefined;
  if (inner) return reasonOf(inner);
  const message = typeof e?.message === 'string' ? e.message : '';
  if (/timeout/i.test(message)) return `no answer within ${CONNECT_TIMEOUT_MS / 1000}s`;
  return message.split('\n')[0] || 'unknown error';
}

/** Where a PostgreSQL URL points, as `host:port` (or the socket directory). */
export function postgresAddress(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
  return `${host}:${parsed.port || '5432'}`;
}

/**
 * Connects once before the app boots, so an unreachable database ends the process with one
 * line naming the variable and the address, not a retry loop of stack traces.
 */
export async function assertPostgresReachable(url: string, variable = 'DATABASE_URL'): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A failed connect can also emit 'error'; the rejection below already carries it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error: unknown) {
    throw new StartupError(`Cannot reach PostgreSQL at ${variable} (${postgresAddress(url)}): ${reasonOf(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
