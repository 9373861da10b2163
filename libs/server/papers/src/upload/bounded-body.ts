import type { Request } from 'express';
import { PaperRefusal } from './refusal';

/** Past the limit, the rest of a body is read and dropped up to this multiple, so the client hears 413; then the connection is cut. */
const DRAIN_FACTOR = 4;

/**
 * The request body, refused with 413 as soon as it passes `maxBytes` (a declared Content-Length
 * over it is refused before reading). Never holds more than `maxBytes` in memory.
 */
export function readBounded(req: Request, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new PaperRefusal(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB (${maxBytes.toLocaleString('en-GB')} bytes).`, 'file');
  // A JSON or form body has been read (and parsed) by the app's body parsers already: waiting
  // for it here would wait for good.
  if (req.readableEnded) {
    return Promise.reject(new PaperRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file’s bytes as they are, with Content-Type application/octet-stream or the file’s own type, not as JSON or a form.', 'file'));
  }
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      reject(tooLarge());
    };
    if (Number.isFinite(declared) && declared > maxBytes) refuse();
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (refused) {
        if (received > maxBytes * DRAIN_FACTOR) req.destroy();
        return;
      }
      if (received > maxBytes) return refuse();
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks, received));
    });
    req.on('error', (error) => {
      if (!refused) reject(error);
    });
  });
}
