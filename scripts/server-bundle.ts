// The BFF's production bundle (`npm run build:server`, what the image runs; the bench and the
// integration tests' BFF processes build the same). Dependencies stay in node_modules, but for
// @kubernetes/client-node: its index loads every generated API and model (about 70 MB of RSS in
// thousands of modules), so it is bundled and only what the BFF uses is kept.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const repositoryRoot = path.join(import.meta.dirname, '..');
const bundled = ['@kubernetes/client-node'];

function externalPackages(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return Object.keys(manifest.dependencies)
    .filter((name) => !bundled.includes(name))
    .flatMap((name) => [name, `${name}/*`]);
}

/** `production` defines the test-only pause points away (see server/src/cluster/writes/pause-point.ts). */
export function serverBundleOptions(kind: 'production' | 'test', outfile: string): BuildOptions {
  return {
    entryPoints: [path.join(repositoryRoot, 'server/src/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: externalPackages(),
    // The bundled packages' CommonJS dependencies require Node's modules (and optional ones) at run time.
    banner: {
      js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
    },
    outfile,
    logLevel: 'warning',
    minifyWhitespace: true,
    minifySyntax: true,
    define:
      kind === 'production' ? { 'process.env.BFF_TEST_PAUSE_POINTS': 'undefined' } : undefined,
  };
}

export async function buildServerBundle(
  kind: 'production' | 'test',
  outfile: string,
): Promise<void> {
  await build(serverBundleOptions(kind, outfile));
}

if (process.argv[1] === import.meta.filename) {
  await buildServerBundle('production', path.join(repositoryRoot, 'build/server/main.js'));
}
