import type { registryFailureCodes } from '../../contract/lifecycle';

/** Why an image could not be read from its registry; reported per image, never fatal. */
export type RegistryFailureCode = (typeof registryFailureCodes)[number];

export class RegistryFailure extends Error {
  constructor(
    readonly code: RegistryFailureCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'RegistryFailure';
  }
}

/** Any error met while reading, as a failure to report: the unexpected ones say only "unreachable". */
export function asRegistryFailure(error: unknown, registry: string): RegistryFailure {
  if (error instanceof RegistryFailure) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new RegistryFailure('timeout', { registry });
  }
  return new RegistryFailure('unreachable', { registry });
}
