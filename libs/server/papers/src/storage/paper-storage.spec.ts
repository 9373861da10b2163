import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { DataSource } from 'typeorm';
import { useTestDataSource } from '@convene/testing';
import { TestS3Server } from '../testing/s3-server';
import { sha256Of, type PaperStorage } from './paper-storage';
import { PostgresPaperStorage } from './postgres-paper-storage';
import { S3PaperStorage } from './s3-paper-storage';

const s3 = new TestS3Server();
let listing: S3Client;

beforeAll(async () => {
  await s3.start();
  listing = new S3Client({ ...s3.options, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
});
afterAll(async () => {
  listing.destroy();
  await s3.remove();
});

/** The keys in the bucket now, so a test sees where bytes really went. */
async function bucketKeys(): Promise<string[]> {
  const listed = await listing.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
  return (listed.Contents ?? []).map((o) => o.Key!).sort();
}

/** A paper version that refers to `sha256`, so the bytes count as in use. */
async function referTo(db: DataSource, sha256: string, size: number): Promise<void> {
  const [{ id: partnership }] = await db.query(`INSERT INTO partnership (name, slug) VALUES ('P', 'p-' || substr(md5(random()::text), 1, 8)) RETURNING id`);
  const [{ id: group }] = await db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'G', 'g', 'WORKING_GROUP', 'PARTNERSHIP') RETURNING id`, [partnership]);
  const [{ id: meeting }] = await db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'M', now(), now() + interval '1 hour') RETURNING id`, [group]);
  const [{ id: item }] = await db.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Item') RETURNING id`, [meeting]);
  const [{ id: paper }] = await db.query(`INSERT INTO paper (agenda_item_id, title, confidentiality) VALUES ($1, 'Paper', 'GROUP') RETURNING id`, [item]);
  await db.query(`INSERT INTO paper_version (paper_id, version, sha256, filename, content_type, size) VALUES ($1, 1, $2, 'kept.pdf', 'application/pdf', $3)`, [paper, sha256, size]);
}

interface Harness {
  make(db: DataSource): PaperStorage & { destroy?(): void };
  /** How many copies of the bytes the backing store holds. */
  copies(db: DataSource, sha256: string): Promise<number>;
}

const HARNESSES: [string, Harness][] = [
  [
    'PostgresPaperStorage',
    {
      make: (db) => new PostgresPaperStorage(db),
      copies: async (db, sha256) => (await db.query(`SELECT count(*)::int AS n FROM stored_file WHERE sha256 = $1 AND bytes IS NOT NULL`, [sha256]))[0].n,
    },
  ],
  [
    'S3PaperStorage (against s3rver)',
    {
      make: (db) => new S3PaperStorage(db, s3.options),
      copies: async (_db, sha256) => (await bucketKeys()).filter((k) => k === `papers/${sha256}`).length,
    },
  ],
];

describe.each(HARNESSES)('%s: the storage contract', (_name, harness) => {
  const db = useTestDataSource();
  let storage: ReturnType<Harness['make']>;
  beforeEach(() => (storage = harness.make(db())));
  afterEach(() => storage.destroy?.());

  it('keeps the same bytes once, by their sha256, and gives them back', async () => {
    const bytes = Buffer.from(`%PDF-1.4 minutes of the steering group ${_name}`);
    const hash = sha256Of(bytes);
    await db().transaction((m) => storage.put(m, hash, bytes));
    await db().transaction((m) => storage.put(m, hash, Buffer.from(bytes)));
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM stored_file WHERE sha256 = $1`, [hash]);
    expect(n).toBe(1);
    expect(await harness.copies(db(), hash)).toBe(1);
    expect((await storage.get(hash))?.equals(bytes)).toBe(true);
    expect(await storage.get(sha256Of(Buffer.from('never stored')))).toBeNull();
  });

  it('refuses a key that is not a sha256, before anything is written', async () => {
    await expect(db().transaction((m) => storage.put(m, '../etc/passwd', Buffer.from('x')))).rejects.toThrow(/check constraint/);
    expect(await harness.copies(db(), '../etc/passwd')).toBe(0);
  });

  it('deletes only bytes no paper version refers to, and the bytes go after the commit', async () => {
    const kept = Buffer.from(`still on an agenda ${_name}`);
    const loose = Buffer.from(`no longer on any agenda ${_name}`);
    await db().transaction((m) => storage.put(m, sha256Of(kept), kept));
    await db().transaction((m) => storage.put(m, sha256Of(loose), loose));
    await referTo(db(), sha256Of(kept), kept.length);
    await db().transaction((m) => storage.delete(m, [sha256Of(kept), sha256Of(loose)]));
    await storage.sweep?.([sha256Of(kept), sha256Of(loose)]);
    expect(await storage.get(sha256Of(kept))).not.toBeNull();
    expect(await storage.get(sha256Of(loose))).toBeNull();
    expect(await harness.copies(db(), sha256Of(kept))).toBe(1);
    expect(await harness.copies(db(), sha256Of(loose))).toBe(0);
  });

  it('keeps nothing of a put whose transaction rolls back, once swept', async () => {
    const bytes = Buffer.from(`an upload that failed half way ${_name}`);
    const hash = sha256Of(bytes);
    await expect(
      db().transaction(async (m) => {
        await storage.put(m, hash, bytes);
        throw new Error('the paper row could not be written');
      }),
    ).rejects.toThrow(/could not be written/);
    expect(await storage.get(hash)).toBeNull();
    // The grace period lets a slow upload commit; a test need not wait it out.
    await db().query(`UPDATE stored_file_orphan SET not_before = now() - interval '1 second' WHERE sha256 = $1`, [hash]);
    await storage.sweep?.();
    expect(await harness.copies(db(), hash)).toBe(0);
    expect(await db().query(`SELECT 1 FROM stored_file_orphan WHERE sha256 = $1`, [hash])).toEqual([]);
  });
});

describe('S3PaperStorage when the bucket is away', () => {
  const db = useTestDataSource();

  it('keeps the database change, and deletes the object on a later sweep', async () => {
    const storage = new S3PaperStorage(db(), s3.options);
    const bytes = Buffer.from('a paper deleted while the object store is down');
    const hash = sha256Of(bytes);
    await db().transaction((m) => storage.put(m, hash, bytes));
    await s3.stop();
    try {
      await db().transaction((m) => storage.delete(m, [hash]));
      await storage.sweep([hash]);
      expect(await db().query(`SELECT 1 FROM stored_file WHERE sha256 = $1`, [hash])).toEqual([]);
      const [orphan] = await db().query(`SELECT attempts, not_before > now() AS later FROM stored_file_orphan WHERE sha256 = $1`, [hash]);
      expect(orphan).toEqual({ attempts: 1, later: true });
    } finally {
      await s3.start();
    }
    expect(await bucketKeys()).toContain(`papers/${hash}`);
    await db().query(`UPDATE stored_file_orphan SET not_before = now() WHERE sha256 = $1`, [hash]);
    await storage.sweep();
    expect(await bucketKeys()).not.toContain(`papers/${hash}`);
    expect(await db().query(`SELECT 1 FROM stored_file_orphan WHERE sha256 = $1`, [hash])).toEqual([]);
    storage.destroy();
  });

  it('serves bytes written while storage was postgres from their row', async () => {
    const bytes = Buffer.from('uploaded before the switch to S3');
    const hash = sha256Of(bytes);
    await new PostgresPaperStorage(db()).put(db(), hash, bytes);
    const storage = new S3PaperStorage(db(), s3.options);
    expect((await storage.get(hash))?.equals(bytes)).toBe(true);
    storage.destroy();
  });
});
