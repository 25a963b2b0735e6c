import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { WindowsMirrorsResponse } from '../../contract/mirrors';
import { readWindowsMirrors } from '../cluster/mirrors/windows-mirrors-reader';
import { routeOptions } from '../http/route-schemas';

export const mirrorsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mirrors',
    routeOptions(
      ['overview'],
      'The per-registry hosts.toml WMCO writes to Windows nodes from ImageDigestMirrorSets and ImageTagMirrorSets, and the entries that will not work there',
      { response: WindowsMirrorsResponse },
    ),
    async (request) => readWindowsMirrors(request.reader),
  );
};
