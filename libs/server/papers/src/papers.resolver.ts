import { Args, GraphQLISODateTime, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { assertUuid } from '@convene/database';
import { notFound } from '@convene/errors';
import { actorOf, CurrentActor, loadList, requestLoader, SignedIn, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { AgendaItemModel, MinutesModel } from '@convene/groups';
import { loadPerson, PeopleService, PersonModel } from '@convene/identity';
import { PaperConfidentiality, PaperModel, PaperUploadModel, PaperVersionModel, PaperViewerCanModel } from './papers.models';
import { PapersService } from './papers.service';

@SignedIn()
@Resolver(() => AgendaItemModel)
export class AgendaItemFilesResolver {
  constructor(private readonly papers: PapersService) {}

  @ResolveField(() => [PaperModel], { description: 'Files on the item that you may read (links stay in `papers`).' })
  files(item: AgendaItemModel, _args: unknown, ctx: RequestContext): MaybePromise<PaperModel[]> {
    const actor = actorOf(ctx);
    return loadList(ctx, 'agenda-item-files', (ids) => this.papers.ofItems(actor, ids), item.id);
  }
}

@SignedIn()
@Resolver(() => MinutesModel)
export class MinutesFilesResolver {
  constructor(private readonly papers: PapersService) {}

  @ResolveField(() => [PaperModel], { description: 'Files attached to the minutes that you may read.' })
  files(minutes: MinutesModel, _args: unknown, ctx: RequestContext): MaybePromise<PaperModel[]> {
    const actor = actorOf(ctx);
    return loadList(ctx, 'minutes-files', (ids) => this.papers.ofMinutes(actor, ids), minutes.id);
  }
}

@SignedIn()
@Resolver(() => PaperVersionModel)
export class PaperVersionsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who uploaded this version.' })
  author(version: PaperVersionModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, version.authorPersonId);
  }
}

@SignedIn()
@Resolver(() => PaperModel)
export class PapersResolver {
  constructor(
    private readonly papers: PapersService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => PaperModel, { description: 'One paper you may read (for its list of versions); NOT_FOUND otherwise, missing or forbidden alike.' })
  async paper(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<PaperModel> {
    const [paper] = await this.papers.byIds(actor, [id]);
    if (!paper) throw notFound('That paper');
    return paper;
  }

  @ResolveField(() => GraphQLISODateTime, { description: 'When the current version was uploaded (the paper’s `createdAt` is its first).' })
  versionCreatedAt(paper: PaperModel): Date {
    return paper.versionCreatedAt;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who uploaded the current version.' })
  versionAuthor(paper: PaperModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, paper.versionAuthorPersonId);
  }

  @ResolveField(() => [PaperVersionModel], { description: 'Every upload, newest first.' })
  versions(paper: PaperModel, _args: unknown, ctx: RequestContext): MaybePromise<PaperVersionModel[]> {
    return loadList(ctx, 'paper-versions', (ids) => this.papers.versions(ids), paper.id);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who uploaded the first version.' })
  author(paper: PaperModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, paper.authorPersonId);
  }

  @ResolveField(() => PaperViewerCanModel)
  async viewerCan(paper: PaperModel, _args: unknown, ctx: RequestContext): Promise<PaperViewerCanModel> {
    const actor = actorOf(ctx);
    // One policy check for every paper of the request.
    const manage = await requestLoader(ctx, 'paper-manage', async (ids: readonly string[]) => {
      const managed = await this.papers.managed(actor, ids);
      return ids.map((id) => managed.has(id));
    }).load(paper.id);
    return { manage: manage === true };
  }

  @ResolveField(() => [PersonModel], { description: 'The named readers of a RESTRICTED paper: shown to those who manage the paper, empty for everyone else.' })
  async readers(paper: PaperModel, _args: unknown, ctx: RequestContext): Promise<PersonModel[]> {
    const actor = actorOf(ctx);
    if (!(await this.papers.managed(actor, [paper.id])).has(paper.id)) return [];
    const people = await Promise.all((await this.papers.readerIds(paper.id)).map((id) => loadPerson(ctx, this.people, id)));
    return people.filter((p): p is PersonModel => Boolean(p));
  }

  @ResolveField(() => [PersonModel], { description: 'Who may be named a reader (people who can read the item or minutes): for those who manage the paper, empty for everyone else.' })
  async readerChoices(paper: PaperModel, _args: unknown, ctx: RequestContext): Promise<PersonModel[]> {
    const actor = actorOf(ctx);
    const people = await Promise.all((await this.papers.readerChoices(actor, paper.id)).map((id) => loadPerson(ctx, this.people, id)));
    return people.filter((p): p is PersonModel => Boolean(p)).sort((a, b) => a.name.localeCompare(b.name));
  }

  @Mutation(() => PaperUploadModel, {
    description: 'A ticket for one `PUT /papers/uploads/<token>` within 10 minutes: a new paper on the minutes (you manage the minutes), or with `replacePaperId` a new version of that paper (you manage the paper).',
  })
  async createMinutesPaperUpload(
    @Args('minutesId', { type: () => ID }, UuidPipe) minutesId: string,
    @Args('title') title: string,
    @Args('confidentiality', { type: () => PaperConfidentiality }) confidentiality: PaperConfidentiality,
    @Args('replacePaperId', { type: () => ID, nullable: true }) replacePaperId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<PaperUploadModel> {
    if (replacePaperId !== null && replacePaperId !== undefined) assertUuid(replacePaperId, 'replacePaperId');
    const { token, expiresAt, maxBytes } = await this.papers.createUpload(actor, { minutesId, title, confidentiality, replacePaperId });
    return { uploadUrl: `/papers/uploads/${token}`, expiresAt, maxBytes };
  }

  @Mutation(() => PaperUploadModel, {
    description: 'A ticket for one `PUT /papers/uploads/<token>` within 10 minutes: a new paper on the item (you manage the item), or with `replacePaperId` a new version of that paper (you manage the paper).',
  })
  async createPaperUpload(
    @Args('agendaItemId', { type: () => ID }, UuidPipe) agendaItemId: string,
    @Args('title') title: string,
    @Args('confidentiality', { type: () => PaperConfidentiality }) confidentiality: PaperConfidentiality,
    @Args('replacePaperId', { type: () => ID, nullable: true }) replacePaperId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<PaperUploadModel> {
    if (replacePaperId !== null && replacePaperId !== undefined) assertUuid(replacePaperId, 'replacePaperId');
    const { token, expiresAt, maxBytes } = await this.papers.createUpload(actor, { agendaItemId, title, confidentiality, replacePaperId });
    return { uploadUrl: `/papers/uploads/${token}`, expiresAt, maxBytes };
  }

  @Mutation(() => PaperModel, { description: 'Sets who may read a paper; `readerIds` names the readers of a RESTRICTED paper (people who can read the item).' })
  setPaperConfidentiality(
    @Args('paperId', { type: () => ID }, UuidPipe) paperId: string,
    @Args('confidentiality', { type: () => PaperConfidentiality }) confidentiality: PaperConfidentiality,
    @Args('readerIds', { type: () => [ID], nullable: true }) readerIds: string[] | null,
    @CurrentActor() actor: Actor,
  ): Promise<PaperModel> {
    for (const id of readerIds ?? []) assertUuid(id, 'readerIds');
    return this.papers.setConfidentiality(actor, paperId, confidentiality, readerIds);
  }

  @Mutation(() => Boolean, { description: 'Deletes a paper and all its versions.' })
  deletePaper(@Args('paperId', { type: () => ID }, UuidPipe) paperId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.papers.remove(actor, paperId);
  }
}
