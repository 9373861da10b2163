import { Args, ID, Int, Mutation, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { ErasureMode, SubjectAccessService } from './subject-access.service';

registerEnumType(ErasureMode, { name: 'ErasureMode', description: 'ERASE removes the contact rows; PSEUDONYMISE keeps them without name, role, email or phone.' });

@SignedIn()
@Resolver()
export class SubjectAccessResolver {
  constructor(private readonly subjects: SubjectAccessService) {}

  @Query(() => String, { description: 'Coordinators and admins: everything held about a contact (and contacts with the same email, and a linked person), as JSON. Audited.' })
  contactSubjectAccess(@Args('contactId', { type: () => ID }, UuidPipe) contactId: string, @CurrentActor() actor: Actor): Promise<string> {
    return this.subjects.exportContact(actor, contactId);
  }

  @Query(() => String, { description: 'Coordinators and admins: everything held about a person, from every table that names them, as JSON. Audited.' })
  personSubjectAccess(@Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<string> {
    return this.subjects.exportPerson(actor, personId);
  }

  @Mutation(() => Int, { description: 'Coordinators and admins: erases or pseudonymises the contact and every contact row with its email; how many. Minutes and the audit log are untouched. Audited.' })
  eraseDirectoryContact(
    @Args('contactId', { type: () => ID }, UuidPipe) contactId: string,
    @Args('mode', { type: () => ErasureMode }) mode: ErasureMode,
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    return this.subjects.eraseContact(actor, contactId, mode);
  }
}
