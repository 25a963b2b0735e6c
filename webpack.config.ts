import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Configuration } from 'webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import {
  ConsoleRemotePlugin,
  type ConsolePluginBuildMetadata,
} from '@openshift-console/dynamic-plugin-sdk-webpack';
import { extensions, exposedModules } from './src/extensions';

const root = import.meta.dirname;
const isProduction = process.env.NODE_ENV === 'production';
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  consolePlugin: Omit<ConsolePluginBuildMetadata, 'exposedModules'>;
};

const config: Configuration = {
  mode: isProduction ? 'production' : 'development',
  context: path.join(root, 'src'),
  // ConsoleRemotePlugin adds the plugin entry; the pages are its exposed modules.
  entry: {},
  output: {
    path: path.join(root, 'dist'),
    filename: isProduction ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
    chunkFilename: isProduction ? '[name]-chunk-[contenthash].min.js' : '[name]-chunk.js',
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: [
          { loader: 'ts-loader', options: { transpileOnly: true, onlyCompileBundledFiles: true } },
        ],
      },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.(png|jpe?g|gif|svg|woff2?|ttf|eot|otf)$/, type: 'asset/resource' },
    ],
  },
  plugins: [
    new ConsoleRemotePlugin({
      pluginMetadata: { ...packageJson.consolePlugin, exposedModules },
      extensions,
      validateExtensionSchema: true,
      validateExtensionIntegrity: true,
      validateSharedModules: true,
    }),
    new CopyWebpackPlugin({ patterns: [{ from: path.join(root, 'locales'), to: 'locales' }] }),
  ],
  devtool: isProduction ? false : 'source-map',
  optimization: { chunkIds: isProduction ? 'deterministic' : 'named', minimize: isProduction },
  performance: { hints: false },
};

export default config;
