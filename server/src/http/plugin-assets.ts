import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { ConsoleBuildChoice } from './console-build';

// Webpack names bundles after their content hash, so a changed bundle always has a new name.
const contentHashed = /[.-][0-9a-f]{16,}[.-]/;

/**
 * Serves the plugin build the cluster's console loads: `distDir` holds one build per console line, and
 * `choice` says which one this cluster's console needs. The manifest and entry must be revalidated on every
 * load, or a console keeps an old plugin after an upgrade; hashed chunks can be cached for good.
 */
export async function servePluginAssets(
  app: FastifyInstance,
  distDir: string,
  choice: ConsoleBuildChoice,
): Promise<void> {
  if (!existsSync(distDir)) {
    app.log.warn({ distDir }, 'no plugin build found: serving the API only');
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    serve: false,
    index: false,
    cacheControl: false,
    setHeaders(reply, filePath) {
      reply.header(
        'Cache-Control',
        contentHashed.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get<{ Params: { '*': string } }>('/*', { schema: { hide: true } }, async (request, reply) => {
    const build = await choice.current();
    return reply.sendFile(request.params['*'], path.join(distDir, build));
  });
}
