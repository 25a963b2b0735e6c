import type { Compiler, WebpackPluginInstance } from 'webpack';

interface ConsumeOptions {
  shareKey: string;
  singleton: boolean;
  /** The fallback the plugin bundles; none for the console's own modules. */
  import: string | undefined;
  requiredVersion: unknown;
}

const name = 'UnversionedConsoleShares';

/**
 * Requires no version of console-provided shared modules (singletons the plugin never bundles) that the
 * console registers under a version no range can match: consoles 4.19–4.21 register all of theirs as `*`,
 * 4.22 its SDK as `0.0.0-fixed`. Each requirement would log "Unsatisfied version … of shared singleton
 * module" on every load, and they add nothing: the manifest's `@console/pluginAPI` range already ties the
 * build to its console line. PatternFly, shared among plugins at real versions, keeps its requirements.
 */
export class UnversionedConsoleShares implements WebpackPluginInstance {
  /** `shareKeys`: these modules only; all console-provided singletons without it. */
  constructor(private readonly shareKeys?: string[]) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.finishModules.tap(name, (modules) => {
        for (const module of modules) {
          if (module.type !== 'consume-shared-module') continue;
          const options = (module as unknown as { options: ConsumeOptions }).options;
          const chosen = this.shareKeys?.includes(options.shareKey) ?? true;
          if (chosen && options.singleton && !options.import) options.requiredVersion = false;
        }
      });
    });
  }
}
