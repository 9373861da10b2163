import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { closedPort, testRedis } from '@convene/testing';

const ROOT = join(__dirname, '../../..');

/** Runs an app's main as deployed and collects what it printed and how it ended. */
function boot(main: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'tools/test/run-ts.js'), join(ROOT, main)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', API_PORT: '0', FORUM_PORT: '0', SMTP_URL: 'smtp://127.0.0.1:2525', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('booting with a dependency or setting that is wrong', () => {
  const redis = testRedis();

  it.each(['apps/api/src/main.ts', 'apps/forum/src/main.ts', 'apps/worker/src/main.ts'])(
    '%s: an unreachable PostgreSQL ends with one line naming DATABASE_URL and exit code 1',
    async (main) => {
      const port = await closedPort();
      const started = Date.now();
      const { code, stdout, stderr } = await boot(main, { DATABASE_URL: `postgres://convene:secret-pw@127.0.0.1:${port}/convene`, REDIS_URL: redis.url });
      expect(code).toBe(1);
      expect(stderr).toBe(`Cannot reach PostgreSQL at DATABASE_URL (127.0.0.1:${port}): connection refused\n`);
      expect(stdout).toBe('');
      expect(Date.now() - started).toBeLessThan(20_000);
    },
    30_000,
  );

  it('a Redis URL without a host is refused before anything connects, naming REDIS_URL', async () => {
    const { code, stdout, stderr } = await boot('apps/api/src/main.ts', { DATABASE_URL: 'postgres://convene@127.0.0.1:5432/convene', REDIS_URL: 'redis:/6390' });
    expect(code).toBe(78);
    expect(stderr).toBe('Invalid configuration:\n  - REDIS_URL: must be a URL like redis://host:6379 (no host: write redis://host)\n');
    expect(stdout).toBe('');
  }, 30_000);
});
