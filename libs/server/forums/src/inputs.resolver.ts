import { ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Permission } from '@convene/access';
import { actorOf, requestLoader, SignedIn, type RequestContext } from '@convene/graphql-kit';
import { AgendaItemModel, AgendaService } from '@convene/groups';
import { ThreadModel } from './models';
import { ThreadsService } from './threads.service';

/** The agenda pack lists each item's inputs thread, for readers of the group's forum. */
@SignedIn()
@Resolver(() => AgendaItemModel)
export class AgendaItemInputsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => ThreadModel, { nullable: true, description: 'Members’ inputs for this item, if a coordinator opened a thread for them and you are in the group’s forum.' })
  async inputsThread(item: AgendaItemModel, _args: unknown, ctx: RequestContext): Promise<ThreadModel | null> {
    const actor = actorOf(ctx);
    const loader = requestLoader(ctx, 'inputs-thread', async (itemIds: readonly string[]) => {
      const found = await this.threads.inputsFor(itemIds);
      const readable = await this.access.requireAccess({ actor, permission: Permission.threadRead, ids: [...found.values()].map((t) => t.id) });
      return itemIds.map((id) => {
        const thread = found.get(id);
        return thread && readable.has(thread.id) ? thread : null;
      });
    });
    return loader.load(item.id);
  }
}

/** An inputs thread links back to its agenda item (and through it to the meeting), for readers of both. */
@SignedIn()
@Resolver(() => ThreadModel)
export class ThreadAgendaItemResolver {
  constructor(private readonly agenda: AgendaService) {}

  @ResolveField(() => AgendaItemModel, { nullable: true, description: 'The agenda item this thread collects inputs for, if you may read it.' })
  agendaItem(thread: ThreadModel, _args: unknown, ctx: RequestContext): Promise<AgendaItemModel | null> | null {
    if (!thread.agendaItemId) return null;
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'agenda-item-by-id', (ids: readonly string[]) => this.agenda.byIds(actor, ids)).load(thread.agendaItemId);
  }
}
