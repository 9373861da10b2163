import 'reflect-metadata';
import { Query, Resolver } from '@nestjs/graphql';
import { GUEST_OPERATIONS } from '@convene/access';
import { accessRules as accessMap } from '@convene/graphql-kit';
import { API_RESOLVERS } from './resolvers';

describe('deny by default', () => {
  const map = accessMap(API_RESOLVERS);

  it('finds the API’s operations (so this test cannot pass vacuously)', () => {
    expect(map['Query.me']).toBe('signed-in');
    expect(map['Mutation.signIn']).toBe('public');
    expect(map['Person.organisation']).toBe('signed-in');
    expect(Object.keys(map).length).toBeGreaterThan(30);
  });

  it('marks every query, mutation and field resolver @Public or @SignedIn', () => {
    expect(Object.entries(map).filter(([, rule]) => rule === 'NONE').map(([key]) => key)).toEqual([]);
  });

  it('keeps the public surface small and deliberate', () => {
    expect(Object.entries(map).filter(([, rule]) => rule === 'public').map(([key]) => key)).toEqual([
      // The service finder, signed out: only PUBLIC services, contacts redacted by the policy layer.
      'DirectoryService.contacts',
      'DirectoryService.location',
      'DirectoryService.slots',
      'Mutation.acceptInvitation',
      'Mutation.confirmEmail',
      'Mutation.requestPasswordReset',
      // Sign-in by email link: asking answers true to anyone; the emailed one-time token is the credential.
      'Mutation.requestSignInLink',
      'Mutation.resetPassword',
      'Mutation.signIn',
      'Mutation.signInWithLink',
      'Mutation.signOut',
      // A number from configuration: how old a directory entry may get before pages warn.
      'Query.directoryCheckMonths',
      'Query.directoryService',
      'Query.findServices',
      'Query.invitationPreview',
      'Query.publicGroup',
    ]);
  });

  it('would catch a resolver that forgot its rule', () => {
    @Resolver()
    class Forgetful {
      @Query(() => String)
      secret(): string {
        return 'leak';
      }
    }
    expect(accessMap([Forgetful])).toEqual({ 'Query.secret': 'NONE' });
  });

  it('matches the reviewed snapshot, so a permission change shows up as a diff', () => {
    expect(map).toMatchSnapshot();
  });

  it('lets forum guests call only reviewed operations and fields, each one the API has', () => {
    const guests = [...GUEST_OPERATIONS].sort();
    // Query, Mutation and field resolvers are in the map; the rest are plain fields.
    expect(guests.filter((key) => !(key in map))).toEqual([]);
    expect(guests).toMatchSnapshot();
  });
});
