export * from './storage/paper-storage';
export { PostgresPaperStorage } from './storage/postgres-paper-storage';
export { PapersModule, PAPERS_RESOLVERS } from './papers.module';
export { PaperConfidentiality, PaperModel } from './papers.models';
export { PapersService } from './papers.service';
// The upload pipeline, shared with the knowledge bank's files.
export { checkPaper, ACCEPTED_LIST, type CheckedPaper } from './upload/file-check';
export { readBounded } from './upload/bounded-body';
export { cleanFilename, disposition } from './upload/filename';
export { PaperRefusal } from './upload/refusal';
