import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { EmailReplyModel, MeetingEmailCommentModel } from './email-replies.models';
import { EmailRepliesService } from './email-replies.service';

@SignedIn()
@Resolver()
export class EmailRepliesResolver {
  constructor(private readonly replies: EmailRepliesService) {}

  @Query(() => [MeetingEmailCommentModel], { description: "The meeting's managers (chair, secretary, coordinators): replies to its agenda pack that were comments. At most 200." })
  meetingEmailComments(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @CurrentActor() actor: Actor): Promise<MeetingEmailCommentModel[]> {
    return this.replies.meetingComments(actor, meetingId);
  }

  @Query(() => [EmailReplyModel], { description: 'Your own replies by email, newest first, and what each did. At most 50.' })
  myEmailReplies(@Args('first', { type: () => Int, defaultValue: 20 }) first: number, @CurrentActor() actor: Actor): Promise<EmailReplyModel[]> {
    return this.replies.mine(actor, first);
  }
}
