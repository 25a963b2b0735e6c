import semver from 'semver';
import type { Finding } from '../../../contract/findings';
import { UnsupportedFeature } from '../../../contract/guide';
import type { WmcoRules } from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';
import type { ClusterSnapshot } from './cluster-snapshot';

/** `windows-machine-config-operator.v7.1.0` → `7.1.0`. */
function csvVersion(csvName: string | undefined): string | undefined {
  return csvName
    ? (semver.coerce(csvName.slice(csvName.lastIndexOf('.v') + 2))?.version ?? undefined)
    : undefined;
}

/**
 * Guide §2.4: WMCO 7.0.1 → 7.1.0 fails unless the cluster is at 4.12.3 or later first. Blocking while
 * OLM is on its way to 7.1 (the Subscription's current CSV), a warning while 7.0.x waits for it.
 */
export function wmcoUpdateFindings(snapshot: ClusterSnapshot): Finding[] {
  const installed = snapshot.wmco.csv?.version;
  const cluster = semver.coerce(snapshot.clusterVersion);
  if (!installed || !cluster || !semver.satisfies(installed, '>=7.0.0 <7.1.0')) return [];
  if (semver.gte(cluster, '4.12.3')) return [];
  const target = csvVersion(snapshot.wmco.subscription?.currentCSV);
  const updating = target !== undefined && semver.satisfies(target, '>=7.1.0 <7.2.0');
  return [
    {
      id: 'wmco-7-1-needs-cluster-4-12-3',
      area: 'operator',
      severity: updating ? 'blocked' : 'warning',
      code: 'wmco-7-1-needs-cluster-4-12-3',
      params: {
        wmco: installed,
        openshift: snapshot.clusterVersion ?? '',
        target: updating ? target : undefined,
      },
      guideSection: '2.4',
      fix: { action: 'follow-upgrade', route: '/windows/upgrades' },
    },
  ];
}

/**
 * Guide §2.6.3: WMCO 7.0.0 does not run in a namespace other than the default one; wait for 7.0.1 and,
 * with Automatic approval, switch to Manual so that OLM does not install 7.0.0.
 */
export function customNamespaceFindings(snapshot: ClusterSnapshot): Finding[] {
  const { wmco } = snapshot;
  if (wmco.namespace === wmcoNames.defaultNamespace) return [];
  const versions = [
    wmco.csv?.version,
    csvVersion(wmco.subscription?.currentCSV),
    wmco.catalogVersion,
  ];
  if (
    !versions.some(
      (version) => version !== undefined && semver.coerce(version)?.version === '7.0.0',
    )
  ) {
    return [];
  }
  return [
    {
      id: 'wmco-7-0-0-custom-namespace',
      area: 'operator',
      severity: 'blocked',
      code: 'wmco-7-0-0-custom-namespace',
      params: {
        namespace: wmco.namespace,
        defaultNamespace: wmcoNames.defaultNamespace,
        approval: wmco.subscription?.approval,
      },
      guideSection: '2.6.3',
      fix: { action: 'see-installation', route: '/windows/install' },
    },
  ];
}

/**
 * Guide §2.8 and §3.4, with what later releases changed (HPA from 10.18, CSI drivers from 9.0): stated
 * once on the Overview, where a user plans what to run on Windows nodes.
 */
export function unsupportedFeatureFindings(rules: WmcoRules | undefined): Finding[] {
  if (!rules) return [];
  // HPA by CPU and memory from 10.18; CSI drivers, not only in-tree ones, from 9.0.
  const supported: Partial<Record<UnsupportedFeature, boolean>> = {
    hpa: rules.release.hpaSupported,
    'in-tree-storage-only': !semver.lt(rules.version, '9.0.0'),
  };
  const features = UnsupportedFeature.enum.filter((feature) => supported[feature] !== true);
  return [
    {
      id: 'windows-unsupported-features',
      area: 'platform',
      severity: 'ok',
      code: 'windows-unsupported-features',
      params: { release: rules.release.label, features },
      guideSection: '2.8',
    },
  ];
}
