import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { FoiCorrespondenceInput, FoiCorrespondenceModel, FoiUploadTicketModel } from './correspondence.models';
import { CorrespondenceService } from './correspondence.service';

@SignedIn()
@Resolver(() => FoiCorrespondenceModel)
export class CorrespondenceResolver {
  constructor(private readonly correspondence: CorrespondenceService) {}

  @Mutation(() => ID, { description: 'Coordinators: logs a letter, email or call on a request; answers the new entry’s id (attach files to it).' })
  addFoiCorrespondence(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @Args('input') input: FoiCorrespondenceInput, @CurrentActor() actor: Actor): Promise<string> {
    return this.correspondence.add(actor, requestId, input);
  }

  @Mutation(() => FoiUploadTicketModel, { description: 'Coordinators: a single-use ticket to attach a file to an entry (the papers’ types, scan and size limit).' })
  createFoiAttachmentUpload(@Args('correspondenceId', { type: () => ID }, UuidPipe) correspondenceId: string, @CurrentActor() actor: Actor): Promise<FoiUploadTicketModel> {
    return this.correspondence.createUpload(actor, correspondenceId);
  }
}
