export * from './storage/paper-storage';
export { PostgresPaperStorage } from './storage/postgres-paper-storage';
export { S3PaperStorage, type S3StorageOptions } from './storage/s3-paper-storage';
export { createPaperStorage } from './storage/create-paper-storage';
export { paperOptionsOf, paperStorageOptionsOf, type PaperStorageConfig } from './papers.options';
export { PapersHousekeeping } from './papers-housekeeping';
export { PapersModule, PAPERS_RESOLVERS } from './papers.module';
export { PaperConfidentiality, PaperModel, PaperScanStatus } from './papers.models';
export { PapersService } from './papers.service';
export { PaperScanner } from './scan/paper-scanner';
// The upload pipeline, shared with the knowledge bank's files.
export { checkPaper, ACCEPTED_LIST, type CheckedPaper } from './upload/file-check';
export { readBounded } from './upload/bounded-body';
export { cleanFilename, disposition } from './upload/filename';
export { infectedRefusal, PaperRefusal, scannerSilentRefusal } from './upload/refusal';
export { findUploadTicket, newUploadTicket, TICKET_MINUTES, useUploadTicket, type UploadTicketTable } from './upload/upload-tickets';
export { actorOf, answerUploadFailure, credentialOf, readUpload, sendFile, sendRefusal, uploaderOf } from './upload/http-upload';
export { UploadAllowance } from './upload/upload-allowance';
