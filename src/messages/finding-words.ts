import type { FindingAction, FindingCatalogue } from '../../server/contract/findings';
import { entryIssueWords } from './entry-issue-words';
import { namesAndMore, say, type Wording, type WordsFor } from './wording';

export interface FindingText {
  title: string;
  detail: string;
}

const brandNames: Record<string, string> = {
  AWS: 'Amazon Web Services',
  Azure: 'Microsoft Azure',
  VSphere: 'VMware vSphere',
  GCP: 'Google Cloud Platform',
  Nutanix: 'Nutanix',
};

/** What a cluster runs on, as a reader names it. */
export function platformName({ t }: Wording, platform: string): string {
  if (platform === 'None') return t('a platform-agnostic (none) installation');
  if (platform === 'BareMetal') return t('bare metal');
  return brandNames[platform] ?? platform;
}

function installOnly({ t }: Wording): string {
  return t(
    'Hybrid networking can only be configured when the cluster is installed, so Windows nodes need a cluster installed with it.',
  );
}

/** A Subscription's installPlanApproval, in words; an unknown value as it is. */
export function approvalName({ t }: Wording, approval: string): string {
  if (approval === 'Automatic') return t('Automatic');
  if (approval === 'Manual') return t('Manual');
  return approval;
}

function installedDetail(
  wording: Wording,
  { namespace, channel, approval }: { namespace: string; channel?: string; approval?: string },
): string {
  const { t } = wording;
  if (channel && approval) {
    return t('Running in {{namespace}} from channel {{channel}} with {{approval}} approval.', {
      namespace,
      channel,
      approval: approvalName(wording, approval),
    });
  }
  if (channel)
    return t('Running in {{namespace}} from channel {{channel}}.', { namespace, channel });
  if (approval) {
    return t('Running in {{namespace}} with {{approval}} approval.', {
      namespace,
      approval: approvalName(wording, approval),
    });
  }
  return t('Running in {{namespace}}.', { namespace });
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
  'platform-unsupported': (w, { platform, release }) => ({
    title: w.t('{{platform}} is not supported for Windows nodes', { platform }),
    detail: w.t(
      '{{release}} runs Windows nodes on AWS, Azure, vSphere, GCP, Nutanix, bare metal and platform-agnostic clusters; this cluster runs on {{name}}.',
      { release, name: platformName(w, platform) },
    ),
  }),
  'platform-supported': (w, { platform, versions, release }) => ({
    title: w.t('{{platform}} supports Windows Server {{versions}}', {
      platform: platformName(w, platform),
      versions: w.list(versions),
    }),
    detail: w.t(
      '{{release}} creates Windows machines here through Windows MachineSets, and can also add BYOH instances.',
      { release },
    ),
  }),
  'platform-byoh-only': (w, { platform, versions }) => ({
    title: w.t('{{platform}} supports Windows Server {{versions}}', {
      platform: platformName(w, platform),
      versions: w.list(versions),
    }),
    detail: w.t('Windows nodes join this cluster as Bring-Your-Own-Host instances.'),
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
    title: w.t('Windows Server 2019 cannot use a custom VXLAN port'),
    detail: w.t(
      'The hybrid overlay uses custom VXLAN port {{port}}, which only Windows Server 2022 and later support; replace these with Windows Server 2022: {{affected}}.',
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
      'This cluster has a cluster-wide proxy, and WMCO 7.x cannot route its traffic through it. Remove the proxy, or use a WMCO release that supports it (8.0 and later).',
    ),
  }),
  'cluster-proxy-supported': ({ t }, { wmco }) => ({
    title: t('The cluster-wide proxy is passed on to Windows nodes'),
    detail: t(
      'WMCO {{wmco}} pushes the proxy settings and the trusted CA bundle to every Windows node (the 4.12 guide predates this support).',
      { wmco },
    ),
  }),
  'wmco-version-newer-than-known': ({ t }, { wmco, release }) => ({
    title: t('WMCO {{wmco}} is newer than this plugin knows', { wmco }),
    detail: t(
      'It is judged by the rules of {{release}}; update the plugin for that release’s exact support matrix.',
      { release },
    ),
  }),
  'wmco-version-unknown': ({ t }, { wmco }) => ({
    title: t('WMCO {{wmco}} is not a release this plugin knows', { wmco }),
    detail: t('Platform and Windows Server support cannot be checked against it.'),
  }),
  'wmco-version-none': ({ t }) => ({
    title: t('No WMCO version to judge by'),
    detail: t(
      'WMCO is not installed and the catalog offers no windows-machine-config-operator package, so platform support cannot be checked.',
    ),
  }),
  'wmco-not-upgradeable': (w, { reason, message }) => {
    const { t } = w;
    const condition = reason
      ? t('OperatorCondition Upgradeable is False ({{reason}}).', { reason })
      : t('OperatorCondition Upgradeable is False.');
    return {
      title: t('WMCO is busy and blocks operator upgrades'),
      detail: w.sentences(
        condition,
        message ?? t('WMCO is configuring or upgrading nodes.'),
        t('It clears once WMCO has finished.'),
      ),
    };
  },
  'private-key-missing': ({ t }, { namespace }) => ({
    title: t('No SSH key for WMCO yet'),
    detail: t(
      'WMCO reaches Windows instances over SSH with the key in secret cloud-private-key in {{namespace}}; without it no Windows node can be configured.',
      { namespace },
    ),
  }),
  'private-key-unparseable': (w) =>
    unusableKey(w, w.t('It is not a PEM private key WMCO can read.')),
  'private-key-encrypted': (w) =>
    unusableKey(w, w.t('It is protected by a passphrase, which WMCO cannot supply.')),
  'private-key-weak-rsa': (w, { bits }) =>
    unusableKey(
      w,
      bits === undefined
        ? w.t('It is an RSA key shorter than the 2048 bits WMCO needs.')
        : w.t('It is an RSA key of {{bits}} bits; WMCO needs at least 2048.', { bits }),
    ),
  'private-key-missing-field': (w) => unusableKey(w, w.t('It has no private-key.pem entry.')),
  'private-key-ok': ({ t }, { keyType, bits }) => ({
    title: t('WMCO has a usable SSH key'),
    detail:
      keyType === undefined
        ? t('cloud-private-key holds a usable key.')
        : bits === undefined
          ? t('cloud-private-key holds a {{keyType}} key.', { keyType })
          : t('cloud-private-key holds a {{bits}}-bit {{keyType}} key.', { keyType, bits }),
  }),
  'user-data-missing': ({ t }) => ({
    title: t('Secret windows-user-data has not appeared'),
    detail: t(
      'WMCO creates windows-user-data in openshift-machine-api from the SSH key; Windows MachineSets need it. If it stays missing, check the operator pod’s log.',
    ),
  }),
  'wmco-not-installed': ({ t }, { namespace, catalogVersion }) => ({
    title: t('The Windows Machine Config Operator is not installed'),
    detail: catalogVersion
      ? t(
          'WMCO turns Windows machines and BYOH hosts into nodes. Install it into {{namespace}} (the catalog offers {{version}}).',
          { namespace, version: catalogVersion },
        )
      : t('WMCO turns Windows machines and BYOH hosts into nodes. Install it into {{namespace}}.', {
          namespace,
        }),
  }),
  'wmco-failed': (w, { csv, reason, message }) => {
    const { t } = w;
    return {
      title: t('The WMCO installation failed'),
      detail: w.sentences(
        reason
          ? t('ClusterServiceVersion {{csv}} is Failed ({{reason}}).', { csv, reason })
          : t('ClusterServiceVersion {{csv}} is Failed.', { csv }),
        message ?? t('No message was given.'),
      ),
    };
  },
  'wmco-install-plan-pending': ({ t }, { installPlan }) => ({
    title: t('The WMCO InstallPlan waits for approval'),
    detail: t(
      'The subscription uses Manual approval; InstallPlan {{installPlan}} installs nothing until someone approves it.',
      { installPlan },
    ),
  }),
  'wmco-installing': (w, { phase, message }) => {
    const { t } = w;
    const status = t('Phase {{phase}}.', { phase: phase ?? 'Pending' });
    return {
      title: t('WMCO is being installed'),
      detail: message ? w.sentences(status, message) : status,
    };
  },
  'wmco-installed': (w, { version, namespace, channel, approval }) => ({
    title: version ? w.t('WMCO {{version}} is installed', { version }) : w.t('WMCO is installed'),
    detail: installedDetail(w, { namespace, channel, approval }),
  }),
  'byoh-malformed-entries': (w, { count, addresses, issues }) => {
    const { t } = w;
    const entries = addresses.map(
      (address, index) =>
        `${address}: ${say(entryIssueWords, w, { code: issues[index] ?? 'value-format', params: {} })}`,
    );
    return {
      title: t('{{count}} malformed windows-instances entry blocks all BYOH hosts', { count }),
      detail: w.sentences(
        t(
          'While any entry is malformed, WMCO configures and removes no BYOH host at all and stops approving their certificates.',
        ),
        ...entries,
      ),
    };
  },
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
  'nodes-ready': ({ t }, { count, wmco }) => ({
    title: t('All {{count}} Windows nodes are Ready', { count }),
    detail: wmco
      ? t('Every node runs WMCO {{wmco}}.', { wmco })
      : t('Every Windows node reports Ready.'),
  }),
};

function unusableKey(w: Wording, why: string): FindingText {
  return {
    title: w.t('WMCO cannot use the SSH key in cloud-private-key'),
    detail: w.sentences(
      w.t('The secret exists, but WMCO cannot use it.'),
      why,
      w.t('Replace it with an unencrypted RSA (2048 bits or more), ECDSA or Ed25519 key.'),
    ),
  };
}

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
  'see-installation': ({ t }) => t('See the installation'),
  'review-and-approve': ({ t }) => t('Review and approve'),
  'follow-installation': ({ t }) => t('Follow the installation'),
  'see-nodes': ({ t }) => t('See Windows nodes'),
  'fix-byoh-entries': ({ t }) => t('Fix BYOH entries'),
};
