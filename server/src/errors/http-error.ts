/** A failure with a code of its own and the values its sentence names (the plugin words it). */
export interface CodedFailure {
  code: string;
  params: Record<string, string | number | string[]>;
}

/**
 * A failure the BFF means to report as is: status, a sentence for the user (or a code with its
 * params, which the plugin words), and the field at fault if any.
 */
export class HttpError extends Error {
  readonly coded?: CodedFailure;

  constructor(
    readonly statusCode: number,
    problem: string | CodedFailure,
    readonly field?: string,
  ) {
    super(typeof problem === 'string' ? problem : problem.code);
    this.name = 'HttpError';
    if (typeof problem !== 'string') this.coded = problem;
  }
}
