import type { ErrorMessage } from '../../contract/errors';
import type { MachineSetProblem } from '../../contract/machinesets';

/** What a failure adds besides its code: the field at fault, what caused it, each MachineSet problem. */
export interface HttpErrorDetails {
  field?: string;
  cause?: ErrorMessage;
  problems?: MachineSetProblem[];
}

/**
 * A failure the BFF means to report as is: status, a code with its params the plugin words (or, where a
 * site has no code yet, an English sentence), and the field at fault if any.
 */
export class HttpError extends Error {
  readonly coded?: ErrorMessage;
  readonly field?: string;
  readonly details: HttpErrorDetails;

  constructor(
    readonly statusCode: number,
    problem: ErrorMessage | string,
    details: HttpErrorDetails | string = {},
  ) {
    super(typeof problem === 'string' ? problem : problem.code);
    this.name = 'HttpError';
    if (typeof problem !== 'string') this.coded = problem;
    this.details = typeof details === 'string' ? { field: details } : details;
    this.field = this.details.field;
  }
}
