export * from './roles';
export * from './jobs';
