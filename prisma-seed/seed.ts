import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import DEMO_ACCOUNTS from './demo-accounts.json';
import { seedBank } from './demo-bank';
import { seedBounces } from './demo-bounces';
import { seedReplies } from './demo-replies';
import { seedDirectory } from './demo-directory';
import { seedFoi } from './demo-foi';
import { seedFoiAnswers } from './demo-foi-answers';
import { seedForums } from './demo-forums';
import { DEMO_GUEST, seedGuests } from './demo-guests';
import { seedFollowing } from './demo-following';
import { seedGuard } from './demo-guard';
import { seedGroups } from './demo-groups';
import { DEMO_DEFAULT_PASSWORD, DEMO_ORGANISATIONS, DEMO_PARTNERSHIP, DEMO_PEOPLE } from './demo-data';

const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

function demoPasswords(): Map<string, string> {
  return new Map(DEMO_ACCOUNTS.map((a) => [a.email, a.password]));
}

/**
 * Loads the demo partnership. Idempotent: rows are matched by their natural keys (slug,
 * organisation name, email) and only inserted when missing, so running it again changes nothing
 * and never overwrites what people changed while trying the product.
 */
export async function seedDemo(db: DataSource): Promise<{ partnershipId: string; created: number }> {
  return db.transaction(async (m) => {
    let created = 0;
    // One seeder at a time, even if several processes start together.
    await m.query(`SELECT pg_advisory_xact_lock(7401250003)`);
    const [partnership] = await m.query(
      `INSERT INTO partnership (name, slug) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id, (xmax = 0) AS inserted`,
      [DEMO_PARTNERSHIP.name, DEMO_PARTNERSHIP.slug],
    );
    if (partnership.inserted) created++;
    const partnershipId: string = partnership.id;

    const organisationIds = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const [row] = await m.query(
        `INSERT INTO organisation (partnership_id, name, kind, area, themes) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (partnership_id, name) DO UPDATE SET name = EXCLUDED.name RETURNING id, (xmax = 0) AS inserted`,
        [partnershipId, o.name, o.kind, o.area, o.themes],
      );
      if (row.inserted) created++;
      organisationIds.set(o.key, row.id);
    }

    const personIds = new Map<string, string>();
    const passwords = demoPasswords();
    for (const person of DEMO_PEOPLE) {
      const [existing] = await m.query(`SELECT id FROM account WHERE email = $1`, [person.email]);
      let accountId: string = existing?.id;
      if (!accountId) {
        const hash = await argon2.hash(passwords.get(person.email) ?? DEMO_DEFAULT_PASSWORD, HASH_OPTIONS);
        [{ id: accountId }] = await m.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [person.email, person.name, hash]);
        created++;
      }
      const inserted = await m.query(
        `INSERT INTO person (partnership_id, account_id, organisation_id, role, job_title) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (partnership_id, account_id) DO NOTHING RETURNING id`,
        [partnershipId, accountId, organisationIds.get(person.organisation), person.role, person.jobTitle],
      );
      created += inserted.length;
      const [{ id: personId }] = await m.query(`SELECT id FROM person WHERE partnership_id = $1 AND account_id = $2`, [partnershipId, accountId]);
      personIds.set(person.email, personId);
    }
    created += await seedGroups(m, partnershipId, personIds);
    created += await seedForums(m, partnershipId, (email) => personIds.get(email)!);
    created += await seedFollowing(m, partnershipId, (email) => personIds.get(email)!);
    created += await seedBounces(m, (email) => personIds.get(email)!);
    created += await seedReplies(m, partnershipId, (email) => personIds.get(email)!);
    created += await seedGuests(m, partnershipId, () => argon2.hash(passwords.get(DEMO_GUEST.email) ?? DEMO_DEFAULT_PASSWORD, HASH_OPTIONS));
    created += await seedGuard(m, partnershipId, (email) => personIds.get(email)!);
    created += await seedBank(m, partnershipId, organisationIds, personIds.get('coordinator@demo.convene.localhost')!);
    created += await seedDirectory(m, partnershipId, organisationIds, personIds.get('coordinator@demo.convene.localhost')!);
    created += await seedFoi(m, partnershipId, personIds.get('coordinator@demo.convene.localhost')!);
    // After the FOI campaigns: their replies.
    created += await seedFoiAnswers(m, partnershipId, personIds.get('coordinator@demo.convene.localhost')!);
    return { partnershipId, created };
  });
}
