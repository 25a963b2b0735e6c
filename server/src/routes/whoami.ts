import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { WhoAmI } from '../../contract/whoami';
import { errorResponses } from '../http/route-schemas';

export const whoamiRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/whoami',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Who the API server says the caller is (SelfSubjectReview with the caller’s token)',
        response: { 200: WhoAmI, ...errorResponses },
      },
    },
    // The caller was identified by a SelfSubjectReview with their own token before this handler ran.
    async (request) => request.caller,
  );
};
