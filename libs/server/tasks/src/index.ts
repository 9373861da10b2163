export * from './tasks.module';
export * from './tasks.service';
export { TasksResolver } from './tasks.resolver';
export { TaskModel, TaskKind } from './tasks.models';
