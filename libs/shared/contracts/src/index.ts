export * from './roles';
export * from './jobs';
export * from './realtime';
