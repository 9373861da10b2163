import { useTestDataSource } from '@convene/testing';
import { sha256Of } from './paper-storage';
import { PostgresPaperStorage } from './postgres-paper-storage';

describe('PostgresPaperStorage', () => {
  const db = useTestDataSource();

  it('keeps the same bytes once, by their sha256, and gives them back', async () => {
    const storage = new PostgresPaperStorage(db());
    const bytes = Buffer.from('%PDF-1.4 minutes of the steering group');
    const hash = sha256Of(bytes);
    await storage.put(db(), hash, bytes);
    await storage.put(db(), hash, Buffer.from(bytes));
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM stored_file WHERE sha256 = $1`, [hash]);
    expect(n).toBe(1);
    expect((await storage.get(hash))?.equals(bytes)).toBe(true);
    expect(await storage.get(sha256Of(Buffer.from('never stored')))).toBeNull();
  });

  it('refuses a key that is not a sha256', async () => {
    const storage = new PostgresPaperStorage(db());
    await expect(storage.put(db(), '../etc/passwd', Buffer.from('x'))).rejects.toThrow(/check constraint/);
  });

  it('deletes only bytes no paper version refers to', async () => {
    const storage = new PostgresPaperStorage(db());
    const kept = Buffer.from('still on an agenda');
    const loose = Buffer.from('no longer on any agenda');
    await storage.put(db(), sha256Of(kept), kept);
    await storage.put(db(), sha256Of(loose), loose);
    const [{ id: partnership }] = await db().query(`INSERT INTO partnership (name, slug) VALUES ('P', 'p-storage') RETURNING id`);
    const [{ id: group }] = await db().query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'G', 'g', 'WORKING_GROUP', 'PARTNERSHIP') RETURNING id`, [partnership]);
    const [{ id: meeting }] = await db().query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'M', now(), now() + interval '1 hour') RETURNING id`, [group]);
    const [{ id: item }] = await db().query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Item') RETURNING id`, [meeting]);
    const [{ id: paper }] = await db().query(`INSERT INTO paper (agenda_item_id, title, confidentiality) VALUES ($1, 'Paper', 'GROUP') RETURNING id`, [item]);
    await db().query(`INSERT INTO paper_version (paper_id, version, sha256, filename, content_type, size) VALUES ($1, 1, $2, 'kept.pdf', 'application/pdf', $3)`, [paper, sha256Of(kept), kept.length]);
    await storage.delete(db(), [sha256Of(kept), sha256Of(loose)]);
    expect(await storage.get(sha256Of(kept))).not.toBeNull();
    expect(await storage.get(sha256Of(loose))).toBeNull();
  });
});
