/** Why an upload was refused: the HTTP status, a code for clients, words for the person. */
export type RefusalCode = 'BAD_USER_INPUT' | 'UNSUPPORTED_MEDIA_TYPE' | 'INFECTED' | 'PAYLOAD_TOO_LARGE' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

export class PaperRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: RefusalCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PaperRefusal';
  }
}

export const unsupported = (message: string) => new PaperRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', message, 'file');

/** The virus scanner found something: nothing is kept, and the uploader is told what. */
export const infectedRefusal = (signature: string) =>
  new PaperRefusal(422, 'INFECTED', `The virus scanner found ${signature} in this file, so it was not kept. Check the file with your IT support before trying again.`, 'file');

/** The virus scanner did not answer, where a file cannot wait in quarantine (bank files, FOI attachments). */
export const scannerSilentRefusal = () => new PaperRefusal(503, 'SERVICE_UNAVAILABLE', 'The virus scanner did not answer, so the file was not kept; try again in a few minutes.', 'file');
