import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@convene/access';
import type { PartnershipRole } from '@convene/contracts';
import { PartnershipEntity } from '../entities';
import { PeopleService } from '../people/people.service';
import { toPartnership, toPerson } from './mappers';
import type { MeModel } from './models';

@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleService,
  ) {}

  async me(actor: Actor): Promise<MeModel> {
    const person = await this.people.get(actor, actor.personId);
    const memberships: (PartnershipEntity & { role: PartnershipRole })[] = await this.db.query(
      `SELECT pa.id, pa.name, pa.slug, pa.time_zone AS "timeZone", p.role FROM person p JOIN partnership pa ON pa.id = p.partnership_id
        WHERE p.account_id = $1 AND p.deactivated_at IS NULL ORDER BY p.created_at`,
      [actor.accountId],
    );
    const current = memberships.find((m) => m.id === actor.partnershipId);
    if (!current) throw new Error('Session partnership has no active membership');
    return {
      ...toPerson(person),
      // Everyone may read their own contact details, so this is the account's address.
      email: person.email ?? '',
      partnership: toPartnership(current),
      memberships: memberships.map((m) => ({ partnership: toPartnership(m), role: m.role })),
    };
  }
}
