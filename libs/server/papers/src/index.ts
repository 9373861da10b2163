export * from './storage/paper-storage';
export { PostgresPaperStorage } from './storage/postgres-paper-storage';
export { PapersModule, PAPERS_RESOLVERS } from './papers.module';
export { PaperConfidentiality, PaperModel } from './papers.models';
export { PapersService } from './papers.service';
