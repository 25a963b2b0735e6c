import type { FindingAction, FindingCatalogue } from '../../server/contract/findings';
import { byohFindingWords } from './byoh-finding-words';
import type { FindingText } from './finding-text';
import { guideFindingWords } from './guide-finding-words';
import { operatorFindingWords } from './operator-finding-words';
import { platformName } from './platform-name';
import { storageFindingWords } from './storage-finding-words';
import { topologyFindingWords } from './topology-finding-words';
import { namesAndMore, type Wording, type WordsFor } from './wording';

function installOnly({ t }: Wording): string {
  return t(
    'Hybrid networking can only be configured when the cluster is installed, so Windows nodes need a cluster installed with it.',
  );
}

function platformVersionsTitle(w: Wording, platform: string, versions: string[]): string {
  return w.t('{{platform}} supports Windows Server {{versions}}', {
    platform: platformName(w, platform),
    versions: w.list(versions),
  });
}

/** Why 2019 is not among the versions listed, where a custom VXLAN port rules it out. */
function vxlanPortNote({ t }: Wording, port: number | undefined): string[] {
  return port === undefined
    ? []
    : [
        t(
          'Windows Server 2019 is left out: the hybrid overlay uses custom VXLAN port {{port}}, which the guide supports with Windows Server 2022 and later only.',
          { port },
        ),
      ];
}

/** Every overview finding as a title and an explanation, in the reader's language. */
export const findingWords: WordsFor<FindingCatalogue, FindingText> = {
  'cannot-read': ({ t }, { resource }) => ({
    title: t('Cannot read {{resource}}: permission denied', { resource }),
    detail: t(
      'Your account may not read {{resource}}, so the findings that depend on it are missing. A cluster administrator sees the full picture.',
      { resource },
    ),
  }),
  'platform-unsupported': (w, { platform, release, platforms }) => ({
    title: w.t('{{platform}} is not supported for Windows nodes', { platform }),
    detail: w.t('{{release}} runs Windows nodes on {{platforms}}; this cluster runs on {{name}}.', {
      release,
      platforms: w.list(platforms.map((supported) => platformName(w, supported))),
      name: platformName(w, platform),
    }),
  }),
  'platform-supported': (w, { platform, versions, release, vxlanPort }) =>
    versions.length === 0
      ? {
          title: w.t('No Windows Server version can run on {{platform}} with this VXLAN port', {
            platform: platformName(w, platform),
          }),
          detail: w.t(
            'The hybrid overlay uses custom VXLAN port {{port}}, which the guide supports with Windows Server 2022 and later only, and {{release}} runs no such version on {{platform}}.',
            { port: vxlanPort, release, platform: platformName(w, platform) },
          ),
        }
      : {
          title: platformVersionsTitle(w, platform, versions),
          detail: w.sentences(
            w.t(
              '{{release}} creates Windows machines here through Windows MachineSets, and can also add BYOH instances.',
              { release },
            ),
            ...vxlanPortNote(w, vxlanPort),
          ),
        },
  'platform-byoh-only': (w, { platform, versions, vxlanPort }) => ({
    title: platformVersionsTitle(w, platform, versions),
    detail: w.sentences(
      w.t('Windows nodes join this cluster as Bring-Your-Own-Host instances.'),
      ...vxlanPortNote(w, vxlanPort),
    ),
  }),
  'cluster-version-unsupported': ({ t }, { wmco, openshift, min, max }) => ({
    title: t('WMCO {{wmco}} does not run on OpenShift {{openshift}}', { wmco, openshift }),
    detail: t(
      'WMCO {{wmco}} supports OpenShift {{range}}; outside that range it refuses to start. Use the WMCO release that matches the cluster (from 10.15 on, WMCO’s minor version equals OpenShift’s).',
      { wmco, range: min === max ? min : `${min}–${max}` },
    ),
  }),
  'network-not-ovn': (w, { networkType }) => ({
    title: networkType
      ? w.t('{{networkType}} cannot run Windows nodes', { networkType })
      : w.t('This network type cannot run Windows nodes'),
    detail: w.sentences(
      w.t(
        'Windows nodes need OVN-Kubernetes with hybrid networking; WMCO does not support OpenShift SDN or other network plugins.',
      ),
      installOnly(w),
    ),
  }),
  'hybrid-overlay-missing': (w) => ({
    title: w.t('OVN-Kubernetes runs without hybrid networking'),
    detail: w.sentences(
      w.t('WMCO does not support OVN-Kubernetes without a hybrid overlay (hybridOverlayConfig).'),
      installOnly(w),
    ),
  }),
  'hybrid-cluster-network-empty': ({ t }) => ({
    title: t('The hybrid overlay has no cluster network'),
    detail: t(
      'hybridOverlayConfig.hybridClusterNetwork is empty; WMCO checks it at start-up and keeps restarting until it names a CIDR for Windows pods.',
    ),
  }),
  'vsphere-vxlan-port-missing': (w) => ({
    title: w.t('vSphere needs a custom VXLAN port for the hybrid overlay'),
    detail: w.sentences(
      w.t(
        'On vSphere the hybrid overlay must use a custom VXLAN port (hybridOverlayVXLANPort, e.g. 9898), because the default port 4789 is taken by vSphere’s own networking.',
      ),
      installOnly(w),
    ),
  }),
  'vxlan-port-with-2019': (w, { port, affected }) => ({
    title: w.t('Windows Server 2019 with a custom VXLAN port is unsupported'),
    detail: w.t(
      'The hybrid overlay uses custom VXLAN port {{port}}; the guide supports a custom port with Windows Server 2022 and later only. Replace these with Windows Server 2022 or later: {{affected}}.',
      { port, affected: w.list(affected) },
    ),
  }),
  'hybrid-networking-ok': (w, { cidrs, port }) => ({
    title: w.t('Hybrid networking with OVN-Kubernetes is configured'),
    detail:
      port === undefined
        ? w.t('Windows pods use {{cidrs}}.', { cidrs: w.list(cidrs) })
        : w.t('Windows pods use {{cidrs}} over VXLAN port {{port}}.', {
            cidrs: w.list(cidrs),
            port,
          }),
  }),
  'cluster-proxy-unsupported': ({ t }, { wmco }) => ({
    title: t('WMCO {{wmco}} does not support a cluster-wide proxy', { wmco }),
    detail: t(
      'This cluster has a cluster-wide proxy, and WMCO {{wmco}} cannot route its traffic through it. Remove the proxy, or use a WMCO release that supports it (9.0 and later).',
      { wmco },
    ),
  }),
  'cluster-proxy-supported': ({ t }, { wmco }) => ({
    title: t('The cluster-wide proxy is passed on to Windows nodes'),
    detail: t(
      'WMCO {{wmco}} pushes the proxy settings and the trusted CA bundle to every Windows node (the 4.12 guide predates this support).',
      { wmco },
    ),
  }),
  ...operatorFindingWords,
  ...byohFindingWords,
  ...guideFindingWords,
  ...storageFindingWords,
  ...topologyFindingWords,
  'nodes-not-ready': (w, { count, nodes }) => ({
    title: w.t('{{count}} Windows node is not Ready', { count }),
    detail: w.t(
      'Not Ready: {{nodes}}. A node being upgraded is briefly NotReady; one that stays so needs its kubelet and services checked.',
      { nodes: namesAndMore(w, nodes, count) },
    ),
  }),
  'nodes-older-wmco': (w, { count, nodes, wmco }) => ({
    title: w.t('{{count}} Windows node runs an older WMCO version', { count }),
    detail: w.t('WMCO {{wmco}} reconfigures these one at a time: {{nodes}}.', {
      wmco,
      nodes: namesAndMore(w, nodes, count),
    }),
  }),
  'nodes-unsupported-windows': (w, { count, nodes, release, versions, platform }) => ({
    title: w.t('Some Windows nodes run a Windows Server version this platform does not support'),
    detail: w.t('{{release}} supports Windows Server {{versions}} on {{platform}}: {{nodes}}.', {
      release,
      versions: w.list(versions),
      platform: platformName(w, platform),
      nodes: namesAndMore(w, nodes, count),
    }),
  }),
  'nodes-below-minimum-build': (w, { count, nodes, minimums }) => ({
    title: w.t('{{count}} Windows node runs a build older than WMCO supports', { count }),
    detail: w.t(
      'WMCO needs at least build {{minimums}}; install the latest cumulative update on: {{nodes}}.',
      { minimums: w.list(minimums), nodes: namesAndMore(w, nodes, count) },
    ),
  }),
  'nodes-ready': ({ t }, { count, wmco }) => ({
    title: t('All {{count}} Windows nodes are Ready', { count }),
    detail: wmco
      ? t('Every node runs WMCO {{wmco}}.', { wmco })
      : t('Every Windows node reports Ready.'),
  }),
};

/** What the link to the page that fixes a finding says. */
export const findingActionWords: Record<FindingAction, (wording: Wording) => string> = {
  'add-byoh-instances': ({ t }) => t('Add BYOH instances'),
  'create-machine-set': ({ t }) => t('Create a Windows MachineSet'),
  'choose-channel': ({ t }) => t('Choose the matching channel'),
  'manage-machine-sets': ({ t }) => t('Manage Windows MachineSets'),
  'follow-upgrade': ({ t }) => t('Follow the upgrade'),
  'create-key': ({ t }) => t('Create the SSH key'),
  'replace-key': ({ t }) => t('Replace the key'),
  'install-wmco': ({ t }) => t('Install WMCO'),
  'resume-install': ({ t }) => t('Resume the install'),
  'see-installation': ({ t }) => t('See the installation'),
  'review-and-approve': ({ t }) => t('Review and approve'),
  'follow-installation': ({ t }) => t('Follow the installation'),
  'see-nodes': ({ t }) => t('See Windows nodes'),
  'fix-byoh-entries': ({ t }) => t('Fix BYOH entries'),
  'set-log-rotation': ({ t }) => t('Set service log rotation'),
  'enable-monitoring': ({ t }) => t('Enable monitoring and restart WMCO'),
};
