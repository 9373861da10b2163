import { Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn } from '@convene/graphql-kit';
import { TaskModel } from './tasks.models';
import { TasksService } from './tasks.service';

@SignedIn()
@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(private readonly tasks: TasksService) {}

  @Query(() => [TaskModel], { description: 'What is waiting for you, overdue first, then by when it is due.' })
  myTasks(@CurrentActor() actor: Actor): Promise<TaskModel[]> {
    return this.tasks.forActor(actor);
  }
}
