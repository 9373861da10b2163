import { DirectoryVisibility, type Actor } from '@convene/access';
import { PartnershipRole } from '@convene/contracts';
import { LawfulBasis } from '../taxonomy';
import type { ContactModel } from './contact.models';
import { redactContact } from './contact.service';

const actor = (role: PartnershipRole): Actor => ({ accountId: 'a', personId: 'p', partnershipId: 'x', role, sessionId: 's' });
const { PUBLIC, PARTNERSHIP, COORDINATORS } = DirectoryVisibility;

const contact = (visibility: DirectoryVisibility, emailVisibility: DirectoryVisibility, phoneVisibility: DirectoryVisibility): ContactModel => ({
  id: 'c',
  organisationId: 'o',
  serviceId: null,
  partnershipId: 'x',
  personId: 'person',
  name: 'Amina',
  role: 'Lead',
  email: 'amina@example.org',
  phone: '020 7946 0000',
  visibility,
  emailVisibility,
  phoneVisibility,
  lawfulBasis: LawfulBasis.CONSENT,
  lastCheckedAt: null,
});

/** What each reader keeps of a contact: [contact shown, email, phone, lawful basis]. */
function seen(reader: Actor | null, row: ContactModel): [boolean, boolean, boolean, boolean] {
  const out = redactContact(reader, row);
  return [out !== null, !!out?.email, !!out?.phone, !!out?.lawfulBasis];
}

describe('contact fields by reader', () => {
  const readers: [string, Actor | null][] = [
    ['signed out', null],
    ['member', actor(PartnershipRole.MEMBER)],
    ['coordinator', actor(PartnershipRole.COORDINATOR)],
    ['admin', actor(PartnershipRole.ADMIN)],
  ];

  it.each([
    // contact, email, phone → signed out, member, coordinator, admin
    [[PUBLIC, PUBLIC, PARTNERSHIP], [[true, true, false, false], [true, true, true, false], [true, true, true, true], [true, true, true, true]]],
    [[PARTNERSHIP, PARTNERSHIP, COORDINATORS], [[false, false, false, false], [true, true, false, false], [true, true, true, true], [true, true, true, true]]],
    [[COORDINATORS, COORDINATORS, COORDINATORS], [[false, false, false, false], [false, false, false, false], [true, true, true, true], [true, true, true, true]]],
    // A field stored wider than its contact is still never shown beyond the contact's readers.
    [[PARTNERSHIP, PUBLIC, PUBLIC], [[false, false, false, false], [true, true, true, false], [true, true, true, true], [true, true, true, true]]],
  ] as [[DirectoryVisibility, DirectoryVisibility, DirectoryVisibility], boolean[][]][])('%j', (levels, expected) => {
    const row = contact(...levels);
    expect(readers.map(([, reader]) => seen(reader, row))).toEqual(expected);
  });

  it('keeps who the contact is (their person) from everyone but coordinators and admins', () => {
    const row = contact(PUBLIC, PUBLIC, PUBLIC);
    expect(redactContact(actor(PartnershipRole.MEMBER), row)?.personId).toBeNull();
    expect(redactContact(actor(PartnershipRole.COORDINATOR), row)?.personId).toBe('person');
  });
});
