export * from './storage/paper-storage';
export { PostgresPaperStorage } from './storage/postgres-paper-storage';
