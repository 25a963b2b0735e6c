/**
 * What both production builds of the plugin share: the same src/, the same extensions and metadata, one
 * output folder per console line (dist/<build>/). Each line's config (webpack.config.ts for 4.22 and later,
 * console-4.19/webpack.config.ts for 4.19–4.21) brings its own ConsoleRemotePlugin and the packages its
 * consoles share; nothing else differs.
 */
import path from 'node:path';
import type { Configuration, WebpackPluginInstance } from 'webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import type {
  ConsolePluginBuildMetadata,
  EncodedExtension,
} from '@openshift-console/dynamic-plugin-sdk-webpack';
import { consoleLines, type ConsoleBuild } from './server/contract/console-lines';
import { consoleExtensions, consolePlugin, repositoryRoot } from './scripts/console-extensions';

export interface RemotePluginOptions {
  pluginMetadata: ConsolePluginBuildMetadata;
  extensions: EncodedExtension[];
  validateExtensionSchema: boolean;
  validateExtensionIntegrity: boolean;
  validateSharedModules: boolean;
}

export interface LineBuild {
  build: ConsoleBuild;
  /** `new ConsoleRemotePlugin(options)` of the SDK-webpack package of the line. */
  remotePlugin: (options: RemotePluginOptions) => WebpackPluginInstance;
  /** Where the line's own packages are installed, searched before the shared node_modules. */
  nodeModules?: string;
  /** Suffix of the line's sibling of a module (`console.4.19.ts` for `console.ts`), tried first. */
  moduleSuffix?: string;
  /** What else the line's consoles need of the build. */
  plugins?: WebpackPluginInstance[];
}

export function pluginConfig({
  build,
  remotePlugin,
  nodeModules,
  moduleSuffix,
  plugins = [],
}: LineBuild): Configuration {
  const isProduction = process.env.NODE_ENV === 'production';
  const line = consoleLines.find((candidate) => candidate.build === build);
  if (!line) throw new Error(`No console line builds ${build}`);
  const modules = nodeModules ? [nodeModules, 'node_modules'] : ['node_modules'];
  const extensions = ['.ts', '.tsx', '.js', '.jsx'];
  return {
    mode: isProduction ? 'production' : 'development',
    context: path.join(repositoryRoot, 'src'),
    // ConsoleRemotePlugin adds the plugin entry; the pages are its exposed modules.
    entry: {},
    output: {
      path: path.join(repositoryRoot, 'dist', build),
      clean: true,
      filename: isProduction ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
      chunkFilename: isProduction ? '[name]-chunk-[contenthash].min.js' : '[name]-chunk.js',
    },
    resolve: {
      modules,
      extensions: moduleSuffix ? [`${moduleSuffix}.ts`, ...extensions] : extensions,
    },
    resolveLoader: { modules },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            {
              loader: 'ts-loader',
              options: {
                transpileOnly: true,
                onlyCompileBundledFiles: true,
                configFile: path.join(repositoryRoot, 'tsconfig.json'),
              },
            },
          ],
        },
        { test: /\.css$/, use: ['style-loader', 'css-loader'] },
        { test: /\.(png|jpe?g|gif|svg|woff2?|ttf|eot|otf)$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      remotePlugin({
        pluginMetadata: {
          ...consolePlugin,
          dependencies: { ...consolePlugin.dependencies, '@console/pluginAPI': line.consoles },
        },
        extensions: consoleExtensions,
        validateExtensionSchema: true,
        validateExtensionIntegrity: true,
        validateSharedModules: true,
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: path.join(repositoryRoot, 'locales'), to: 'locales' }],
      }),
      ...plugins,
    ],
    devtool: isProduction ? false : 'source-map',
    optimization: { chunkIds: isProduction ? 'deterministic' : 'named', minimize: isProduction },
    performance: { hints: false },
  };
}
