import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The EICAR test file, put together here so no file in the repository is itself "infected". */
export const EICAR = Buffer.from(['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''), 'latin1');
export const EICAR_SIGNATURE = 'Convene-Test-EICAR';

const CANDIDATES = ['/usr/sbin/clamd', '/usr/bin/clamd', '/usr/local/sbin/clamd'];

/** Where clamd is installed, or why the tests that need it cannot run. */
export function findClamd(): { path: string } | { missing: string } {
  const path = CANDIDATES.find((p) => existsSync(p));
  return path ? { path } : { missing: `clamd is not installed (looked in ${CANDIDATES.join(', ')}; Debian: apt-get install clamav-daemon)` };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A clamd of the test's own: a temp config (TCP on `port`, foreground), and a database of one
 * signature, the MD5 of the EICAR file (.hdb), so no public signatures (freshclam) are needed.
 */
export class TestClamd {
  private readonly directory = mkdtempSync(join(tmpdir(), 'convene-clamd-'));
  private child: ChildProcess | null = null;

  constructor(
    private readonly binary: string,
    readonly port: number,
  ) {
    const md5 = createHash('md5').update(EICAR).digest('hex');
    writeFileSync(join(this.directory, 'convene-test.hdb'), `${md5}:${EICAR.length}:${EICAR_SIGNATURE}\n`);
    writeFileSync(
      join(this.directory, 'clamd.conf'),
      [
        'Foreground yes',
        `TCPSocket ${port}`,
        'TCPAddr 127.0.0.1',
        `DatabaseDirectory ${this.directory}`,
        `TemporaryDirectory ${this.directory}`,
        'LogFile /dev/null',
        'LogTime no',
        // Above the largest upload, so a 25 MB paper is scanned whole rather than refused.
        'StreamMaxLength 30M',
        'SelfCheck 0',
      ].join('\n') + '\n',
    );
  }

  get url(): string {
    return `tcp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(this.binary, ['--config-file', join(this.directory, 'clamd.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    this.child = child;
    const deadline = Date.now() + 30_000;
    while (!(await this.ping())) {
      if (child.exitCode !== null) throw new Error(`clamd exited (${child.exitCode}): ${stderr.trim()}`);
      if (Date.now() > deadline) throw new Error(`clamd did not answer PING within 30 s: ${stderr.trim()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private ping(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: this.port });
      let reply = '';
      socket.on('data', (c) => (reply += c.toString()));
      socket.on('connect', () => socket.end('zPING\0'));
      socket.on('close', () => resolve(reply.startsWith('PONG')));
      socket.on('error', () => resolve(false));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
