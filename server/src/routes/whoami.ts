import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuthenticationV1Api } from '@kubernetes/client-node';
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
    async (request) => {
      const review = await request.callerKube
        .makeApiClient(AuthenticationV1Api)
        .createSelfSubjectReview({
          body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
        });
      const user = review.status?.userInfo;
      return { username: user?.username ?? '', groups: user?.groups ?? [] };
    },
  );
};
