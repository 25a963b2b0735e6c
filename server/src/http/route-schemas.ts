import { ErrorResponse } from '../../contract/errors';

/** Response schemas every route shares: errors are documented and serialised the same way everywhere. */
export const errorResponses = { '4xx': ErrorResponse, '5xx': ErrorResponse } as const;
