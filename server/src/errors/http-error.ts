import type { ErrorMessage } from '../../contract/errors';
import type { MachineSetProblem } from '../../contract/machinesets';

/** What a failure adds besides its code: the field at fault, what caused it, each MachineSet problem. */
export interface HttpErrorDetails {
  field?: string;
  cause?: ErrorMessage;
  problems?: MachineSetProblem[];
}

/**
 * A failure the BFF means to report as is: status, a code with the values it names (the plugin words
 * it in the reader's language), and the field at fault if any. Its `message` is the code, for the log.
 */
export class HttpError extends Error {
  readonly details: HttpErrorDetails;

  constructor(
    readonly statusCode: number,
    readonly coded: ErrorMessage,
    details: HttpErrorDetails | string = {},
  ) {
    super(coded.code);
    this.name = 'HttpError';
    this.details = typeof details === 'string' ? { field: details } : details;
  }
}
