export * from './core.module';
export * from './health';
