import { connect } from 'node:net';

/** What clamd said about some bytes. */
export type ClamdVerdict = { clean: true } | { clean: false; signature: string };

/** clamd could not be asked, or did not answer in time: the bytes are neither clean nor infected. */
export class ClamdUnavailable extends Error {
  constructor(reason: string) {
    super(`clamd did not answer: ${reason}`);
    this.name = 'ClamdUnavailable';
  }
}

/** clamd reads INSTREAM in chunks of at most StreamMaxLength; 64 KiB keeps each write small. */
const CHUNK = 64 * 1024;

/**
 * Scans `bytes` with clamd's INSTREAM command over TCP: `zINSTREAM\0`, then chunks each led by
 * its length (4 bytes, big-endian), then a zero length; clamd answers `stream: OK` or
 * `stream: <signature> FOUND`, NUL-terminated. The whole exchange is bounded by `timeoutMs`.
 * (The npm clients on offer shell out to clamdscan or wrap this same exchange in a larger
 * configuration surface; this is the protocol, and it is all Convene needs.)
 */
export function clamdScan(url: string, bytes: Buffer, timeoutMs: number): Promise<ClamdVerdict> {
  const { hostname, port } = new URL(url);
  return new Promise<ClamdVerdict>((resolve, reject) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || 3310) });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (error: Error | null, verdict?: ClamdVerdict) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(verdict!);
    };
    const timer = setTimeout(() => finish(new ClamdUnavailable(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.on('error', (error) => finish(new ClamdUnavailable(error.message)));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      const reply = Buffer.concat(chunks);
      const end = reply.indexOf(0);
      if (end >= 0) finish(...parse(reply.subarray(0, end).toString('utf8')));
    });
    socket.on('end', () => finish(...parse(Buffer.concat(chunks).toString('utf8'))));
    socket.on('connect', async () => {
      try {
        await write(socket, Buffer.from('zINSTREAM\0'));
        for (let start = 0; start < bytes.length && !settled; start += CHUNK) {
          const part = bytes.subarray(start, start + CHUNK);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(part.length);
          await write(socket, Buffer.concat([length, part]));
        }
        await write(socket, Buffer.alloc(4));
      } catch (error: unknown) {
        // clamd may close early (an over-long stream); its reply, if any, has already arrived.
        if (!settled) finish(new ClamdUnavailable((error as Error).message));
      }
    });
  }).catch((error: unknown) => {
    throw error instanceof ClamdUnavailable ? error : new ClamdUnavailable(String(error));
  });

  function parse(reply: string): [Error | null, ClamdVerdict?] {
    const text = reply.replace(/^stream: /, '').trim();
    if (text === 'OK') return [null, { clean: true }];
    const found = /^(.+) FOUND$/.exec(text);
    if (found) return [null, { clean: false, signature: found[1] }];
    // `INSTREAM size limit exceeded. ERROR` and the like: not a verdict.
    return [new ClamdUnavailable(text || 'empty reply')];
  }
}

function write(socket: import('node:net').Socket, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.write(data, (error) => (error ? reject(error) : resolve()));
  });
}
