import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Words of a resource's file text join its word list (`resource_word`, summarised in
 * `bank_word`), so typo tolerance and "did you mean" know the words the search itself matches
 * at weight C, not only those of the title, summary and authors. The file's words keep the same
 * rule (3 to 40 characters once folded) and must hold a letter: page numbers, dates and figures
 * are not words anyone misspells.
 */
export class BankFileWords1765500000001 implements MigrationInterface {
  name = 'BankFileWords1765500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(reindex(true));
    // Resources whose text was read before: their file's words join the list now.
    await q.query(`
      INSERT INTO resource_word (resource_id, word)
        SELECT DISTINCT r.id, w FROM resource r, regexp_split_to_table(bank_fold(left(r.file_text, 200000)), '[^[:alnum:]]+') w
         WHERE r.file_text <> '' AND length(w) BETWEEN 3 AND 40 AND w ~ '[[:alpha:]]'
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(reindex(false));
  }
}

/** `resource_reindex` as 1765200000002 left it, with or without the file's words. */
const reindex = (fileWords: boolean) => `
  CREATE OR REPLACE FUNCTION resource_reindex(target uuid) RETURNS void LANGUAGE sql AS $$
    UPDATE resource r SET
        organisation_ids = coalesce((SELECT array_agg(ro.organisation_id ORDER BY ro.position) FROM resource_organisation ro WHERE ro.resource_id = r.id), '{}'),
        search =
        setweight(to_tsvector('bank', r.title), 'A')
     || setweight(to_tsvector('bank', r.summary || ' ' || array_to_string(r.outside_authors, ' ') || ' ' ||
          coalesce((SELECT string_agg(o.name, ' ') FROM resource_organisation ro JOIN organisation o ON o.id = ro.organisation_id WHERE ro.resource_id = r.id), '')), 'B')
     || setweight(to_tsvector('bank', left(r.file_text, 200000)), 'C')
     WHERE r.id = target;
    DELETE FROM resource_word WHERE resource_id = target;
    INSERT INTO resource_word (resource_id, word)
      SELECT DISTINCT r.id, w FROM resource r,
             regexp_split_to_table(bank_fold(r.title || ' ' || r.summary || ' ' || array_to_string(r.outside_authors, ' ')), '[^[:alnum:]]+') w
       WHERE r.id = target AND length(w) BETWEEN 3 AND 40${
         fileWords
           ? `
      UNION
      SELECT r.id, w FROM resource r, regexp_split_to_table(bank_fold(left(r.file_text, 200000)), '[^[:alnum:]]+') w
       WHERE r.id = target AND length(w) BETWEEN 3 AND 40 AND w ~ '[[:alpha:]]'`
           : ''
       };
  $$`;
