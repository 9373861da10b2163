import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `resource.organisation_ids` follows `resource_organisation` whoever writes it (the bank's
 * service, an import, an organisation merge), so the organisation facet never counts stale ids.
 */
export class BankOrganisationIdsTrigger1765200000003 implements MigrationInterface {
  name = 'BankOrganisationIdsTrigger1765200000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION resource_organisation_ids_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE resource r SET organisation_ids = coalesce((SELECT array_agg(ro.organisation_id ORDER BY ro.position) FROM resource_organisation ro WHERE ro.resource_id = r.id), '{}')
         WHERE r.id IN (SELECT resource_id FROM changed_rows);
        RETURN NULL;
      END $$`);
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const table = op === 'DELETE' ? 'OLD TABLE AS changed_rows' : 'NEW TABLE AS changed_rows';
      await q.query(`CREATE TRIGGER resource_organisation_ids_${op.toLowerCase()} AFTER ${op} ON resource_organisation REFERENCING ${table} FOR EACH STATEMENT EXECUTE FUNCTION resource_organisation_ids_sync()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER resource_organisation_ids_${op} ON resource_organisation`);
    await q.query(`DROP FUNCTION resource_organisation_ids_sync()`);
  }
}
