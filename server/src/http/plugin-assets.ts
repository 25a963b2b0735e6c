import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

// Webpack names bundles after their content hash, so a changed bundle always has a new name.
const contentHashed = /[.-][0-9a-f]{16,}[.-]/;

/**
 * Serves the plugin build the console loads. The manifest and entry must be revalidated on every load,
 * or a console keeps an old plugin after an upgrade; hashed chunks can be cached for good.
 */
export async function servePluginAssets(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(distDir)) {
    app.log.warn({ distDir }, 'no plugin build found: serving the API only');
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    index: false,
    wildcard: true,
    decorateReply: false,
    cacheControl: false,
    setHeaders(response, filePath) {
      response.header(
        'Cache-Control',
        contentHashed.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
