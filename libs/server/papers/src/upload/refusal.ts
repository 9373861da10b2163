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
