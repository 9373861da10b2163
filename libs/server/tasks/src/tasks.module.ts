import { Module, type DynamicModule } from '@nestjs/common';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

/** Tasks: what is waiting for a person, derived on the server (never stored). */
@Module({})
export class TasksModule {
  static forRoot(): DynamicModule {
    return { module: TasksModule, providers: [TasksService, TasksResolver], exports: [TasksService] };
  }
}
