import yauzl from 'yauzl';
import { unsupported } from './refusal';

/** Caps read from the central directory, before anything is inflated. */
export const ZIP_LIMITS = {
  entries: 5_000,
  /** What every entry together may inflate to. */
  uncompressedBytes: 256 * 1024 * 1024,
  /** Inflated size over compressed size, for the whole archive and for any entry past 1 MiB. */
  ratio: 100,
} as const;

/** What the archive holds, for the type checks that follow. */
export interface ZipSummary {
  names: string[];
}

/**
 * Reads a zip's central directory (Office and OpenDocument files are zips) with yauzl and refuses
 * encrypted entries and what would inflate past the caps: a zip bomb is refused by its directory.
 */
export function inspectZip(bytes: Buffer): Promise<ZipSummary> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(unsupported('The file looks like an archive but cannot be read.'));
      if (zip.entryCount > ZIP_LIMITS.entries) return reject(unsupported(`The file holds more than ${ZIP_LIMITS.entries.toLocaleString('en-GB')} parts; it is refused as a possible zip bomb.`));
      const names: string[] = [];
      let compressed = 0;
      let uncompressed = 0;
      zip.on('error', () => reject(unsupported('The file looks like an archive but cannot be read.')));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.isEncrypted()) {
          zip.close();
          return reject(unsupported('The file is encrypted or password-protected; upload it without a password.'));
        }
        compressed += entry.compressedSize;
        uncompressed += entry.uncompressedSize;
        const entryRatio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (uncompressed > ZIP_LIMITS.uncompressedBytes || (entry.uncompressedSize > 1024 * 1024 && entryRatio > ZIP_LIMITS.ratio)) {
          zip.close();
          return reject(unsupported('The file would expand to far more than its size; it is refused as a possible zip bomb.'));
        }
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => {
        if (uncompressed > 1024 * 1024 && uncompressed / Math.max(1, compressed) > ZIP_LIMITS.ratio) return reject(unsupported('The file would expand to far more than its size; it is refused as a possible zip bomb.'));
        resolve({ names });
      });
      zip.readEntry();
    });
  });
}

/** True when the bytes end like a zip (an end-of-central-directory record in the last 64 KiB). */
export function endsLikeZip(bytes: Buffer): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
  return tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}
