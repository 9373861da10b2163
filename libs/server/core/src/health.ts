import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { OUTAGE_RETRY_AFTER_SECONDS } from '@convene/errors';
import { errorSummary } from '@convene/logging';
import { REDIS } from '@convene/redis';

const CHECK_TIMEOUT_MS = 1000;

export interface DependencyHealth {
  state: 'up' | 'down';
  /** Round trip of the check, when it answered. */
  latencyMs?: number;
  /** Why it is down, in a few words (no addresses or credentials). */
  reason?: string;
}

async function check(work: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([work(), timeout]);
    return { state: 'up', latencyMs: Date.now() - started };
  } catch (error: unknown) {
    const { message, code } = errorSummary(error);
    return { state: 'down', reason: code ?? message };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health`: 200 when PostgreSQL and Redis both answer within a second, else 503 with
 * Retry-After. Each dependency's state is in `dependencies`; `postgres` and `redis` say ok/down.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [postgres, redis] = await Promise.all([check(() => this.db.query('SELECT 1')), check(() => this.redis.ping())]);
    const ok = postgres.state === 'up' && redis.state === 'up';
    if (!ok) res.setHeader('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
    res.setHeader('cache-control', 'no-store');
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'degraded',
      postgres: postgres.state === 'up' ? 'ok' : 'down',
      redis: redis.state === 'up' ? 'ok' : 'down',
      dependencies: { postgres, redis: { ...redis, connection: this.redis.status } },
    });
  }
}
