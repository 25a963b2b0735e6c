/** A failure the BFF means to report as is: status, a sentence for the user, and the field at fault if any. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
