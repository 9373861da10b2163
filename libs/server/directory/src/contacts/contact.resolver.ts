import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { ContactInput, ContactModel } from './contact.models';
import { ContactService } from './contact.service';

@SignedIn()
@Resolver(() => ContactModel)
export class ContactResolver {
  constructor(private readonly contacts: ContactService) {}

  @Mutation(() => ContactModel, { description: 'Coordinators and admins: adds a contact (no `id`) or changes one. Email and phone are never shown wider than the contact.' })
  saveDirectoryContact(@Args('id', { type: () => ID, nullable: true }) id: string | null, @Args('input') input: ContactInput, @CurrentActor() actor: Actor): Promise<ContactModel> {
    return this.contacts.save(actor, id ?? null, input);
  }

  @Mutation(() => Boolean, { description: 'Coordinators and admins.' })
  removeDirectoryContact(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.contacts.remove(actor, id);
  }
}
