import type { FindingCatalogue } from '../../server/contract/findings';
import type { InstallPart } from '../../server/contract/install';
import type { FindingText } from './finding-text';
import type { Wording, WordsFor } from './wording';

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

const installPartWords: Record<InstallPart, (wording: Wording) => string> = {
  'operator-group': ({ t }) => t('its OperatorGroup'),
  subscription: ({ t }) => t('its Subscription'),
  key: ({ t }) => t('the SSH key secret cloud-private-key'),
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

/** The findings about WMCO itself, its version and its SSH key, in the reader's language. */
export const operatorFindingWords = {
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
  'service-logs-unbounded': ({ t }, { wmco, subscription }) => ({
    title: t('Service logs on Windows nodes grow without bound'),
    detail: t(
      'WMCO {{wmco}} rotates the logs of kubelet, kube-proxy, containerd and its other services once Subscription {{subscription}} sets SERVICES_LOG_FILE_SIZE; it sets none, so they fill the disk over time.',
      { wmco, subscription },
    ),
  }),
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
  'wmco-install-incomplete': (w, { namespace, missing }) => ({
    title: w.t('The WMCO install did not finish'),
    detail: w.sentences(
      w.t('Namespace {{namespace}} exists, but the install stopped before it made {{missing}}.', {
        namespace,
        missing: w.list(missing.map((part) => installPartWords[part](w))),
      }),
      w.t('Resuming it creates what is missing and keeps what exists.'),
    ),
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
} satisfies Partial<WordsFor<FindingCatalogue, FindingText>>;
