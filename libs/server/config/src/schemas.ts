import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * A service address: the scheme, a host and, if given, a port from 1 to 65535. The value itself
 * is never repeated in the message: it may hold a password.
 */
export const serviceUrl = (protocols: string[], example: string) =>
  z.string().superRefine((value, ctx) => {
    const expected = `must be a URL like ${example}`;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `${expected} (it is not a URL, or its port is not a number from 1 to 65535)` });
      return;
    }
    const scheme = parsed.protocol.replace(/:$/, '');
    if (!protocols.includes(scheme)) {
      ctx.addIssue({ code: 'custom', message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}` });
      return;
    }
    // `redis:/6390` and `smtp:nohost` parse, but name no host: the `//` is missing.
    const socketDir = scheme.startsWith('postgres') && parsed.searchParams.get('host');
    if (!parsed.hostname && !socketDir) ctx.addIssue({ code: 'custom', message: `${expected} (no host: write ${scheme}://host)` });
    else if (parsed.port === '0') ctx.addIssue({ code: 'custom', message: `${expected} (port 0 is not a port to connect to)` });
  });

// 0 asks the OS for a free port (tests).
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const list = z.string().transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean));

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
/** Express's `trust proxy`: a boolean, or the hops to trust. Unknown words are refused at boot. */
const trustProxy = z
  .string()
  .default('false')
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .refine(
    (parts) => (parts.length === 1 && ['true', 'false'].includes(parts[0])) || (parts.length > 0 && parts.every((part) => PROXY_NAMES.has(part) || isIP(part.split('/')[0]) !== 0)),
    'must be true, false, or addresses, subnets and the names loopback, linklocal, uniquelocal, comma-separated',
  )
  .transform((parts): boolean | string[] => (parts[0] === 'true' ? true : parts[0] === 'false' ? false : parts));

export const baseSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: serviceUrl(['postgres', 'postgresql'], 'postgres://user:password@host:5432/database'),
  REDIS_URL: serviceUrl(['redis', 'rediss'], 'redis://host:6379'),
  /** Where people open the web client; used in emails and for the allowed socket origins. */
  PUBLIC_WEB_URL: serviceUrl(['http', 'https'], 'https://convene.example.org').default('http://localhost:4200'),
  /** Prefix for Redis keys and queues, so several deployments or test runs can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('convene'),
  /** Forum posts one person may make per minute, through the API and sockets together. */
  POSTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** A directory record not checked for this many months is stale: its contact is asked (at most once a calendar year) and pages warn. */
  DIRECTORY_CHECK_MONTHS: z.coerce.number().int().min(1).max(60).default(12),
});

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
/** An empty value counts as unset, so compose files can pass `${VAR:-}` through. */
const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Where paper bytes are kept: the API stores them, the worker reads them for packs. */
export const paperStorageFields = {
  /** `postgres` (the `stored_file` table, the default) or `s3` (an S3-compatible bucket, the S3_* variables). */
  PAPER_STORAGE: z.enum(['postgres', 's3'], { message: 'must be postgres or s3' }).default('postgres'),
  /** An S3-compatible endpoint (MinIO, Garage, a cloud's); unset for AWS itself. */
  S3_ENDPOINT: unsetIfBlank(serviceUrl(['http', 'https'], 'https://s3.example.org')),
  S3_BUCKET: unsetIfBlank(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3-63 lower-case letters, digits, dots and hyphens)')),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Unset: the SDK's own chain (instance role, AWS_* variables). */
  S3_ACCESS_KEY_ID: unsetIfBlank(z.string().min(1)),
  S3_SECRET_ACCESS_KEY: unsetIfBlank(z.string().min(1)),
  /** `true` for most self-hosted servers (`host/bucket/key` rather than `bucket.host/key`). */
  S3_FORCE_PATH_STYLE: bool.default(false),
};

/** PAPER_STORAGE=s3 needs a bucket, and keys come in pairs. */
function paperStorageComplete(config: { PAPER_STORAGE: string; S3_BUCKET?: string; S3_ACCESS_KEY_ID?: string; S3_SECRET_ACCESS_KEY?: string }, ctx: z.RefinementCtx): void {
  if (config.PAPER_STORAGE !== 's3') return;
  if (!config.S3_BUCKET) ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is needed when PAPER_STORAGE is s3' });
  if (!config.S3_ACCESS_KEY_ID !== !config.S3_SECRET_ACCESS_KEY) ctx.addIssue({ code: 'custom', path: ['S3_SECRET_ACCESS_KEY'], message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all' });
}

export const apiConfigSchema = baseSchema.extend({
  API_PORT: port(3000),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  /** Failed sign-ins for one account from one client address before each further try waits (30 s, doubling to 15 min). */
  THROTTLE_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  /** Failed sign-ins from one address (any accounts), and token attempts, per 15 minutes. */
  THROTTLE_PER_IP: z.coerce.number().int().min(1).default(50),
  /** Failed sign-ins for one account from all addresses per hour; past it only addresses that signed in before may try. */
  THROTTLE_ACCOUNT_CEILING: z.coerce.number().int().min(1).default(100),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(30).default(10),
  /** Calibrated by web-operations-cost.spec.ts: the web client's largest operation (the meeting pack, at 10 items of 10 files) costs about 5,700. */
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(6000),
  /**
   * Which proxy hops may tell the client's address in X-Forwarded-For (for throttling): `false`,
   * `true` (every hop: only when the edge overwrites the header), or addresses, subnets and the
   * names loopback, linklocal, uniquelocal, comma-separated. `npm start` uses loopback.
   */
  TRUST_PROXY: trustProxy,
  COOKIE_SECURE: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  ...paperStorageFields,
  /** The largest paper accepted, in bytes (25 MB). Bytes are held in memory while checked, so keep it modest. */
  PAPER_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(25 * 1024 * 1024),
  /** clamd's TCP socket (tcp://clamd:3310): every upload is scanned there before anyone may read it. Unset: no scanner, uploads count as clean. */
  CLAMD_URL: unsetIfBlank(serviceUrl(['tcp'], 'tcp://clamd:3310')),
  /** How long an upload waits for clamd's answer; past it the paper stays quarantined and is scanned again later. */
  CLAMD_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  /** Upload tickets (papers and bank files together) one person may ask for an hour. */
  PAPER_UPLOADS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(60),
}).superRefine(paperStorageComplete);

export const forumConfigSchema = baseSchema.extend({
  FORUM_PORT: port(3001),
  ALLOWED_ORIGINS: list.optional(),
});

export const workerConfigSchema = baseSchema.extend({
  SMTP_URL: serviceUrl(['smtp', 'smtps'], 'smtp://host:587'),
  MAIL_FROM: z.string().min(3).default('Convene <no-reply@convene.localhost>'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  /**
   * A job whose worker stops renewing its lock this long is taken over by another worker, and the
   * new run takes over the dead run's ledger claims at once: a dead worker's batch resumes
   * within about twice this.
   */
  JOB_LOCK_SECONDS: z.coerce.number().int().min(1).max(600).default(15),
  /** A ledger claim of another job this old belongs to a worker that died mid-send; another job may send it. */
  CLAIM_STALE_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(300),
  /** The Chromium that prints agenda pack and minutes PDFs; unset: /usr/bin/chromium, else the one @sparticuz/chromium unpacks. */
  CHROMIUM_PATH: z.string().min(1).optional(),
  /** Agenda pack PDFs up to this many bytes are attached to the pack email (5 MB); larger ones are linked only. */
  PACK_PDF_ATTACH_MAX_BYTES: z.coerce.number().int().min(0).max(50 * 1024 * 1024).default(5 * 1024 * 1024),
  /** Knowledge bank links one run of the weekly check opens; runs follow each other until the week's links are done. */
  BANK_LINK_CHECK_PER_RUN: z.coerce.number().int().min(1).max(5000).default(200),
  /** How long one link may take to answer. */
  BANK_LINK_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** The least time between two requests to the same host. */
  BANK_LINK_CHECK_HOST_GAP_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** Hosts the check may open on private or loopback addresses: for tests only, unset in production (SSRF). */
  BANK_LINK_CHECK_ALLOW_HOSTS: list.optional(),
  /** The inbound SMTP service (replies to reply+<key>@INBOUND_DOMAIN) listens here; unset: no inbound service in this worker. */
  INBOUND_SMTP_PORT: unsetIfBlank(z.coerce.number().int().min(0).max(65535)),
  /** The address it listens on: loopback by default, 0.0.0.0 behind a relay in a container. */
  INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  /** The domain of reply and bounce addresses; unset: outgoing mail carries no reply address. */
  INBOUND_DOMAIN: unsetIfBlank(z.string().regex(/^[a-z0-9.-]+$/i, 'must be a domain name like reply.convene.example.org')),
  /** Largest inbound message accepted (bytes, attachments included): 10 MB. */
  INBOUND_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Refuse replies that fail SPF, DKIM and DMARC (via mailauth). Unset: on in production, off elsewhere. */
  INBOUND_VERIFY_AUTH: unsetIfBlank(bool),
  ...paperStorageFields,
}).superRefine(paperStorageComplete);

export type BaseConfig = z.output<typeof baseSchema>;
export type ApiConfig = z.output<typeof apiConfigSchema>;
export type ForumConfig = z.output<typeof forumConfigSchema>;
export type WorkerConfig = z.output<typeof workerConfigSchema>;
