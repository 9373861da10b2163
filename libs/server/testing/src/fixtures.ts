import argon2 from 'argon2';
import type { DataSource } from 'typeorm';

export interface SeededPerson {
  personId: string;
  accountId: string;
  email: string;
  password: string;
  role: 'ADMIN' | 'COORDINATOR' | 'MEMBER';
}

export interface SeededPartnership {
  partnershipId: string;
  organisationId: string;
  admin: SeededPerson;
  coordinator: SeededPerson;
  member: SeededPerson;
}

let cachedHash: Promise<string> | undefined;
const PASSWORD = 'correct horse battery';

/** A partnership with one organisation and one person per role, written straight to the database. */
export async function seedPartnership(db: DataSource, slug: string): Promise<SeededPartnership> {
  cachedHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const hash = await cachedHash;
  const [{ id: partnershipId }] = await db.query(`INSERT INTO partnership (name, slug) VALUES ($1, $2) RETURNING id`, [`Partnership ${slug}`, slug]);
  const [{ id: organisationId }] = await db.query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, $2, 'CHARITY') RETURNING id`, [partnershipId, `Charity ${slug}`]);
  const person = async (role: SeededPerson['role']): Promise<SeededPerson> => {
    const email = `${role.toLowerCase()}@${slug}.test`;
    const [{ id: accountId }] = await db.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [email, `${role} of ${slug}`, hash]);
    const [{ id: personId }] = await db.query(`INSERT INTO person (partnership_id, account_id, organisation_id, role) VALUES ($1, $2, $3, $4) RETURNING id`, [partnershipId, accountId, organisationId, role]);
    return { personId, accountId, email, password: PASSWORD, role };
  };
  return { partnershipId, organisationId, admin: await person('ADMIN'), coordinator: await person('COORDINATOR'), member: await person('MEMBER') };
}
