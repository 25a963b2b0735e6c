import type { Finding } from '../../../contract/findings';
import type { InstallPart } from '../../../contract/install';
import type { OverviewResponse } from '../../../contract/overview';
import type { ClusterSnapshot, PrivateKeyFacts, WmcoFacts } from './cluster-snapshot';

export type WmcoState = OverviewResponse['wmco']['state'];

export function wmcoState(wmco: WmcoFacts): WmcoState {
  const phase = wmco.csv?.phase;
  if (phase === 'Succeeded') return 'installed';
  if (phase === 'Failed') return 'failed';
  if (wmco.csv || wmco.subscription) return 'installing';
  return 'not-installed';
}

const installRoute = '/windows/install';

export function operatorFindings(snapshot: ClusterSnapshot): Finding[] {
  const { wmco } = snapshot;
  const state = wmcoState(wmco);
  // A caller who may not read Subscriptions cannot tell "not installed" from "installed elsewhere";
  // the access finding already says what could not be read.
  const stateUnknown =
    state === 'not-installed' && snapshot.unreadable.includes('subscriptions.operators.coreos.com');
  const findings: Finding[] = stateUnknown ? [] : [installationFinding(wmco, state)];
  if (wmco.upgradeable?.status === 'False') {
    findings.push({
      id: 'wmco-not-upgradeable',
      area: 'operator',
      severity: 'warning',
      title: 'WMCO is busy and blocks operator upgrades',
      detail: `OperatorCondition Upgradeable is False${wmco.upgradeable.reason ? ` (${wmco.upgradeable.reason})` : ''}: ${wmco.upgradeable.message ?? 'WMCO is configuring or upgrading nodes'}. It clears once WMCO has finished.`,
      guideSection: '7.1',
      fix: { label: 'Follow the upgrade', route: '/windows/upgrades' },
    });
  }
  if (wmco.namespaceExists)
    findings.push(...keyFindings(snapshot.privateKey, snapshot.userDataSecretPresent, wmco));
  return findings;
}

const keyProblems: Record<
  NonNullable<PrivateKeyFacts['problem']>,
  (key: PrivateKeyFacts) => string
> = {
  unparseable: () => 'it is not a PEM private key WMCO can read',
  encrypted: () => 'it is protected by a passphrase, which WMCO cannot supply',
  'weak-rsa': (key) => `it is an RSA key of ${key.bits ?? '?'} bits; WMCO needs at least 2048`,
  'missing-field': () => 'it has no private-key.pem entry',
};

function keyFindings(
  key: PrivateKeyFacts | undefined,
  userDataPresent: boolean | undefined,
  wmco: WmcoFacts,
): Finding[] {
  if (!key) return [];
  if (!key.present) {
    return [
      {
        id: 'private-key-missing',
        area: 'keys',
        severity: 'warning',
        title: 'No SSH key for WMCO yet',
        detail: `WMCO reaches Windows instances over SSH with the key in secret cloud-private-key in ${wmco.namespace}; without it no Windows node can be configured.`,
        guideSection: '4.2',
        fix: { label: 'Create the SSH key', route: installRoute },
      },
    ];
  }
  if (key.problem) {
    return [
      {
        id: `private-key-${key.problem}`,
        area: 'keys',
        severity: 'blocked',
        title: 'WMCO cannot use the SSH key in cloud-private-key',
        detail: `The secret exists, but ${keyProblems[key.problem](key)}. Replace it with an unencrypted RSA (2048 bits or more), ECDSA or Ed25519 key.`,
        guideSection: '4.2',
        fix: { label: 'Replace the key', route: installRoute },
      },
    ];
  }
  const findings: Finding[] = [
    {
      id: 'private-key-ok',
      area: 'keys',
      severity: 'ok',
      title: 'WMCO has a usable SSH key',
      detail: `cloud-private-key holds ${key.keyType ?? 'a'}${key.bits ? ` ${key.bits}-bit` : ''} key.`,
      guideSection: '4.2',
    },
  ];
  if (userDataPresent === false && wmcoState(wmco) === 'installed') {
    findings.push({
      id: 'user-data-missing',
      area: 'keys',
      severity: 'warning',
      title: 'Secret windows-user-data has not appeared',
      detail:
        'WMCO creates windows-user-data in openshift-machine-api from the SSH key; Windows MachineSets need it. If it stays missing, check the operator pod’s log.',
      guideSection: '4.2',
    });
  }
  return findings;
}

const installParts: Record<InstallPart, string> = {
  'operator-group': 'its OperatorGroup',
  subscription: 'its Subscription',
  key: 'the SSH key secret cloud-private-key',
};

function installationFinding(wmco: WmcoFacts, state: WmcoState): Finding {
  if (wmco.incomplete && state !== 'installed') {
    const missing = wmco.incomplete.map((part) => installParts[part]);
    return {
      id: 'wmco-install-incomplete',
      area: 'operator',
      severity: 'warning',
      title: 'The WMCO install did not finish',
      detail: `Namespace ${wmco.namespace} is there, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not: the install stopped before it made them. Resuming it creates what is missing and keeps what exists.`,
      guideSection: '4.1',
      fix: { label: 'Resume the install', route: installRoute },
    };
  }
  if (state === 'not-installed') {
    return {
      id: 'wmco-not-installed',
      area: 'operator',
      severity: 'warning',
      title: 'The Windows Machine Config Operator is not installed',
      detail: `WMCO turns Windows machines and BYOH hosts into nodes. Install it into ${wmco.namespace}${wmco.catalogVersion ? ` (the catalog offers ${wmco.catalogVersion})` : ''}.`,
      guideSection: '4.1',
      fix: { label: 'Install WMCO', route: installRoute },
    };
  }
  if (state === 'failed') {
    return {
      id: 'wmco-failed',
      area: 'operator',
      severity: 'blocked',
      title: 'The WMCO installation failed',
      detail: `ClusterServiceVersion ${wmco.csv?.name ?? ''} is Failed${wmco.csv?.reason ? ` (${wmco.csv.reason})` : ''}: ${wmco.csv?.message ?? 'no message was given'}.`,
      guideSection: '4.1',
      fix: { label: 'See the installation', route: installRoute },
    };
  }
  if (state === 'installing') {
    const pending = wmco.subscription?.pendingInstallPlan;
    return {
      id: pending ? 'wmco-install-plan-pending' : 'wmco-installing',
      area: 'operator',
      severity: 'warning',
      title: pending ? 'The WMCO InstallPlan waits for approval' : 'WMCO is being installed',
      detail: pending
        ? `The subscription uses Manual approval; InstallPlan ${pending} installs nothing until someone approves it.`
        : `Phase ${wmco.csv?.phase ?? 'Pending'}${wmco.csv?.message ? `: ${wmco.csv.message}` : ''}.`,
      guideSection: '4.1',
      fix: {
        label: pending ? 'Review and approve' : 'Follow the installation',
        route: installRoute,
      },
    };
  }
  return {
    id: 'wmco-installed',
    area: 'operator',
    severity: 'ok',
    title: `WMCO ${wmco.fullVersion ?? wmco.csv?.version ?? ''} is installed`.trimEnd(),
    detail: `Running in ${wmco.namespace}${wmco.subscription?.channel ? ` from channel ${wmco.subscription.channel}` : ''}${wmco.subscription?.approval ? ` with ${wmco.subscription.approval} approval` : ''}.`,
    guideSection: '4.1',
  };
}
