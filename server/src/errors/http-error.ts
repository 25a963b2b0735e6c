/** A failure named by a code and the values it names; the plugin words it in the user's language. */
export interface CodedProblem {
  code: string;
  params: Record<string, string | number | string[]>;
}

/**
 * A failure the BFF means to report as is: status, a code with its params (or, where a site has no
 * code yet, a sentence for the user), and the field at fault if any.
 */
export class HttpError extends Error {
  readonly coded?: CodedProblem;

  constructor(
    readonly statusCode: number,
    problem: CodedProblem | string,
    readonly field?: string,
  ) {
    super(typeof problem === 'string' ? problem : problem.code);
    this.name = 'HttpError';
    if (typeof problem !== 'string') this.coded = problem;
  }
}
