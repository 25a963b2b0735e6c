import semver from 'semver';
import type { Finding } from '../../../contract/findings';
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
      title: 'Update the cluster to 4.12.3 before WMCO 7.1.0',
      detail: `WMCO ${installed} runs on OpenShift ${snapshot.clusterVersion ?? ''}; the update to WMCO 7.1.0 fails on clusters older than 4.12.3. Update the cluster first${updating ? ': OLM is updating WMCO now' : ''}.`,
      guideSection: '2.4',
      fix: { label: 'Follow the upgrade', route: '/windows/upgrades' },
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
      title: `WMCO 7.0.0 cannot run in namespace ${wmco.namespace}`,
      detail: `WMCO 7.0.0 supports only ${wmcoNames.defaultNamespace}. Use 7.0.1 or later${wmco.subscription?.approval === 'Automatic' ? ', and set the Subscription to Manual approval so that 7.0.0 is not installed' : ''}.`,
      guideSection: '2.6.3',
      fix: { label: 'See the installation', route: '/windows/install' },
    },
  ];
}

/**
 * Guide §2.8 and §3.4, with what later releases changed (HPA from 10.18, CSI drivers from 9.0): stated
 * once on the Overview, where a user plans what to run on Windows nodes.
 */
export function unsupportedFeatureFindings(rules: WmcoRules | undefined): Finding[] {
  if (!rules) return [];
  const features = [
    'image builds',
    'OpenShift Pipelines',
    'OpenShift Service Mesh',
    'monitoring of user-defined projects',
    'OpenShift Serverless',
    'Vertical Pod Autoscaling',
    ...(rules.release.hpaSupported ? [] : ['Horizontal Pod Autoscaling']),
    'DeploymentConfigs',
    'multi-tenancy',
    'Hyper-V isolated containers (WMCO configures process isolation only)',
    'trunk ports',
    ...(semver.lt(rules.version, '9.0.0') ? ['storage other than in-tree drivers'] : []),
  ];
  return [
    {
      id: 'windows-unsupported-features',
      area: 'platform',
      severity: 'ok',
      title: 'What Windows nodes do not support',
      detail: `With ${rules.release.label}, Windows nodes do not support ${features.join(', ')}.${rules.release.hpaSupported ? ' Horizontal Pod Autoscaling by CPU and memory is supported.' : ''}`,
      guideSection: '2.8',
    },
  ];
}
