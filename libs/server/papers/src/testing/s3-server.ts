import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/**
 * A real S3-compatible server (s3rver, in this process, files under a temp folder) for storage
 * tests. `stop` and `start` keep the folder and port, so a test can take the bucket away and
 * bring it back.
 */
export class TestS3Server {
  readonly bucket = 'convene-papers';
  private readonly directory = mkdtempSync(join(tmpdir(), 'convene-s3-'));
  private server: S3rver | null = null;
  port = 0;

  async start(): Promise<void> {
    const server = new S3rver({ address: '127.0.0.1', port: this.port, silent: true, directory: this.directory, configureBuckets: [{ name: this.bucket, configs: [] }] });
    const address = (await server.run()) as AddressInfo;
    this.port = address.port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const http = (this.server as unknown as { httpServer?: { closeAllConnections(): void } } | null)?.httpServer;
    http?.closeAllConnections();
    await this.server?.close();
    this.server = null;
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }

  get options() {
    return { endpoint: `http://127.0.0.1:${this.port}`, bucket: this.bucket, region: 'eu-west-2', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };
  }
}
