import { CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import type { FastifyBaseLogger } from 'fastify';
import semver from 'semver';
import { consoleLines, type ConsoleBuild } from '../../contract/console-lines';

/** Where the BFF learns which OpenShift, hence which console, it serves the plugin to. */
export type ConsoleVersionSource =
  /** Its own identity (the service account): ClusterVersion `version` is read with it. */
  | { kubeConfig: KubeConfig }
  /** A fixed version, for a BFF without a service account (tests, a BFF run by hand). */
  | { openshiftVersion: string };

/** The build of the console line that `openshiftVersion` belongs to; undefined below the oldest line. */
export function consoleBuildFor(openshiftVersion: string): ConsoleBuild | undefined {
  return consoleLines.find((line) =>
    semver.satisfies(openshiftVersion, line.consoles, { includePrerelease: true }),
  )?.build;
}

interface ClusterVersion {
  status?: { desired?: { version?: string }; history?: { version?: string }[] };
}

const newestBuild = consoleLines[0].build;
const rereadAfterMs = 60_000;

/**
 * Which build to serve, from ClusterVersion, re-read at most once a minute: an OpenShift update changes the
 * console, and consoles load the manifest afresh on every page load. The desired version is taken: during
 * an update the console is replaced early, long before the update completes.
 */
export class ConsoleBuildChoice {
  private known: { build: ConsoleBuild; at: number } | undefined;
  private reading: Promise<ConsoleBuild> | undefined;

  constructor(
    private readonly source: ConsoleVersionSource | undefined,
    private readonly log: FastifyBaseLogger,
  ) {}

  async current(): Promise<ConsoleBuild> {
    const source = this.source;
    if (!source) return newestBuild;
    if ('openshiftVersion' in source) return this.fromVersion(source.openshiftVersion);
    if (this.known && Date.now() - this.known.at < rereadAfterMs) return this.known.build;
    this.reading ??= this.read(source.kubeConfig).finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  private async read(kubeConfig: KubeConfig): Promise<ConsoleBuild> {
    try {
      const list = (await kubeConfig.makeApiClient(CustomObjectsApi).listClusterCustomObject({
        group: 'config.openshift.io',
        version: 'v1',
        plural: 'clusterversions',
        fieldSelector: 'metadata.name=version',
      })) as { items: ClusterVersion[] };
      const status = list.items[0]?.status;
      const version = status?.desired?.version ?? status?.history?.[0]?.version;
      if (!version) throw new Error('ClusterVersion version has no version yet');
      const build = this.fromVersion(version);
      this.known = { build, at: Date.now() };
      return build;
    } catch (error) {
      const build = this.known?.build ?? newestBuild;
      this.log.warn({ err: error, build }, 'cannot read ClusterVersion; serving the plugin build');
      return build;
    }
  }

  private fromVersion(version: string): ConsoleBuild {
    const build = consoleBuildFor(version);
    if (build) return build;
    const oldest = consoleLines[consoleLines.length - 1];
    this.log.warn(
      { openshiftVersion: version, supported: oldest?.consoles },
      'OpenShift is older than any console this plugin is built for',
    );
    return oldest?.build ?? newestBuild;
  }
}
