import type {
  JoinStepDetail,
  JoinStepId,
  KnownCause,
  KnownCauseCode,
  KnownCauseFixCode,
} from '../../../server/contract/diagnostics';
import { usePluginTranslation } from '../../i18n';

export interface JoinText {
  /** A step's name in the timeline. */
  step: (step: JoinStepId) => string;
  /** Where a join waits when this step is the open one ("CSR pending"). */
  waitingAt: (step: JoinStepId) => string;
  detail: (detail: JoinStepDetail) => string;
  cause: (cause: KnownCause) => string;
  fix: (cause: KnownCause) => string;
}

/** Words for the join timeline's steps, what holds a step, the known causes and their fixes. */
export function useJoinText(): JoinText {
  const { t } = usePluginTranslation();
  const steps: Record<JoinStepId, string> = {
    provisioned: t('Machine provisioned'),
    listed: t('Listed in windows-instances'),
    ssh: t('Reached over SSH'),
    configured: t('Configured by WMCO'),
    csrs: t('CSRs approved'),
    node: t('Node created'),
    ready: t('Node Ready'),
  };
  const waiting: Record<JoinStepId, string> = {
    provisioned: t('Machine provisioning'),
    listed: t('Not listed'),
    ssh: t('Waiting for SSH'),
    configured: t('Being configured'),
    csrs: t('CSR pending'),
    node: t('Waiting for the node'),
    ready: t('Node not Ready'),
  };

  const detail = ({ code, params }: JoinStepDetail): string => {
    switch (code) {
      case 'machine-phase':
        return t('Machine phase: {{phase}}', params);
      case 'wmco-event':
        return t('WMCO event {{reason}}: {{message}}', params);
      case 'csrs-pending':
        return t('Waiting for approval: {{csrs}}', params);
      case 'csr-denied':
        return t('CSR {{csr}} was denied.', params);
      case 'node-not-ready':
        return t('The node reports: {{message}}', params);
    }
  };

  const causes: Record<KnownCauseCode, (params: KnownCause['params']) => string> = {
    'byoh-address-without-ptr': (params) =>
      t(
        'The address {{address}} has no PTR record: WMCO approves a BYOH host’s CSRs only when reverse DNS names the host.',
        params,
      ),
    'custom-vxlan-port-on-2019': (params) =>
      t(
        'The hybrid overlay uses the custom VXLAN port {{port}}, which Windows Server 2019 (build {{build}}) does not support.',
        params,
      ),
    'cluster-network-class-e': (params) =>
      t(
        'The cluster network {{cidr}} lies in the class E range, which Windows cannot route.',
        params,
      ),
    'two-network-adapters': (params) =>
      t('{{instance}} has {{count}} network adapters; WMCO supports instances with one.', params),
    'old-ec2launch': (params) =>
      t(
        'EC2Launch {{version}} is older than {{minimum}}: the instance does not run the user data that enables SSH.',
        params,
      ),
    'windows-build-below-matrix': (params) =>
      t(
        'Windows build {{build}}.{{revision}} is below what the support matrix requires (revision {{minimumRevision}} or later).',
        params,
      ),
    'host-key-mismatch': (params) =>
      t(
        '{{instance}} answers with another SSH host key than the one WMCO pinned when it first reached it.',
        params,
      ),
    'private-key-not-on-instance': (params) =>
      params.evidence === 'pub-key-hash'
        ? t(
            '{{instance}} was configured with another key than the one in cloud-private-key now: the key was rotated.',
            params,
          )
        : t('WMCO’s key from cloud-private-key is refused by {{instance}}.', params),
    'user-data-secret-missing': (params) =>
      t(
        'Secret {{namespace}}/{{secret}} is missing: new Machines boot without the user data that lets WMCO in over SSH.',
        params,
      ),
    'csrs-not-approved': (params) =>
      t('CSRs {{csrs}} have waited {{minutes}} minutes without WMCO approving them.', params),
  };

  const fixes: Record<KnownCauseFixCode, (params: KnownCause['params']) => string> = {
    'add-ptr-record': (params) =>
      t(
        'Add a PTR record for {{address}} that names the host, or list the host by its DNS name.',
        params,
      ),
    'use-windows-server-2022': () =>
      t('Use Windows Server 2022 or later for this node, or the default VXLAN port.'),
    'use-cluster-network-outside-class-e': () =>
      t(
        'The cluster network is set at installation: Windows nodes need a cluster whose network lies outside 240.0.0.0/4.',
      ),
    'use-one-network-adapter': (params) =>
      t('Remove the extra network adapters from {{instance}}.', params),
    'update-ec2launch': (params) =>
      t('Build the image with EC2Launch {{minimum}} or later.', params),
    'use-supported-windows-build': (params) =>
      t(
        'Patch the host to build {{build}}.{{minimumRevision}} or later (for Windows Server 2022: KB5012637), or use a newer image.',
        params,
      ),
    'remove-stale-host-key': (params) =>
      t(
        'If {{instance}} was reinstalled, remove its old host key from WMCO’s ConfigMap windows-ssh-host-keys (or the node’s ssh-host-key annotation).',
        params,
      ),
    'add-public-key-to-host': (params) =>
      t(
        'Add the public key of cloud-private-key to the administrator’s authorized_keys on {{instance}}.',
        params,
      ),
    'let-wmco-replace-machine': () =>
      t('WMCO replaces Machine-backed nodes one at a time after a key rotation: let it finish.'),
    'recreate-cloud-private-key': () =>
      t(
        'Recreate Secret cloud-private-key (Install → SSH key): WMCO writes windows-user-data again.',
      ),
    'review-pending-csrs': (params) =>
      t(
        'Check the pending CSRs ({{command}}) and WMCO’s log for why it does not approve them.',
        params,
      ),
  };

  return {
    step: (step) => steps[step],
    waitingAt: (step) => waiting[step],
    detail,
    cause: (cause) => causes[cause.code](cause.params),
    fix: (cause) => fixes[cause.fix.code](cause.fix.params),
  };
}
