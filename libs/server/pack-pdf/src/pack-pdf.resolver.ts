import { ResolveField, Resolver } from '@nestjs/graphql';
import { actorOf, SignedIn, type RequestContext } from '@convene/graphql-kit';
import { MeetingModel, MinutesModel } from '@convene/groups';
import { PackPdfModel } from './pack-pdf.models';
import { PackPdfService } from './pack-pdf.service';

@SignedIn()
@Resolver(() => MeetingModel)
export class MeetingPackPdfResolver {
  constructor(private readonly packs: PackPdfService) {}

  @ResolveField(() => PackPdfModel, {
    nullable: true,
    description: 'The latest published agenda as one PDF with the papers you may read; null before an agenda is published. Asking for it starts the build. One meeting at a time: each asks its own questions.',
  })
  packPdf(meeting: MeetingModel, _args: unknown, ctx: RequestContext): Promise<PackPdfModel | null> {
    return this.packs.agendaPdf(actorOf(ctx), meeting.id);
  }
}

@SignedIn()
@Resolver(() => MinutesModel)
export class MinutesPdfResolver {
  constructor(private readonly packs: PackPdfService) {}

  @ResolveField(() => PackPdfModel, { nullable: true, description: 'Approved minutes as one PDF; null until they are approved.' })
  pdf(minutes: MinutesModel, _args: unknown, ctx: RequestContext): Promise<PackPdfModel | null> {
    return this.packs.minutesPdf(actorOf(ctx), minutes.id);
  }
}
