/**
 * Bundles the host page with esbuild into .build/ (git-ignored): `npm run build:dev-shell`.
 * The plugin itself is not bundled here: the host loads its production build at run time.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { hostAssetsPath } from './contract';
import { isMainModule } from './is-main-module';

export const hostBuildDir = fileURLToPath(new URL('./.build/', import.meta.url));
const hostDir = fileURLToPath(new URL('./host/', import.meta.url));

/**
 * PatternFly components import their own CSS; host/styles.css already brings all of it once, in PatternFly's
 * order, as the console does. Dropping the per-component copies keeps the cascade the plugin meets.
 */
const patternFlyCssFromStylesheetOnly: Plugin = {
  name: 'patternfly-css-from-stylesheet-only',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\.css$/ }, ({ path, importer, kind }) =>
      kind === 'import-statement' && importer.includes('/@patternfly/')
        ? { path, namespace: 'omitted-css' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'omitted-css' }, () => ({
      contents: '',
      loader: 'css',
    }));
  },
};

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Console dev shell</title>
    <link rel="stylesheet" href="${hostAssetsPath}index.css" />
    <script type="module" src="${hostAssetsPath}index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

// Files are overwritten in place, never cleared first: a shell starting meanwhile never finds the build gone.
export async function buildHost(): Promise<void> {
  await build({
    entryPoints: [`${hostDir}index.tsx`],
    outdir: hostBuildDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    sourcemap: 'linked',
    // The console runs React and its libraries in production mode.
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff2': 'file', '.svg': 'file', '.png': 'file', '.jpg': 'file' },
    plugins: [patternFlyCssFromStylesheetOnly],
    logLevel: 'warning',
  });
  await writeFile(`${hostBuildDir}index.html`, indexHtml);
}

if (isMainModule(import.meta.url)) await buildHost();
