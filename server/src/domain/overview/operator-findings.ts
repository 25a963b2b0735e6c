import type { Finding } from '../../../contract/findings';
import type { OverviewResponse } from '../../../contract/overview';
import { logsUnbounded } from '../install/log-rotation';
import { supportsLogRotation } from '../install/log-rotation-support';
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
      code: 'wmco-not-upgradeable',
      params: { reason: wmco.upgradeable.reason, message: wmco.upgradeable.message },
      guideSection: '7.1',
      fix: { action: 'follow-upgrade', route: '/windows/upgrades' },
    });
  }
  if (state === 'installed') findings.push(...serviceLogFindings(wmco));
  if (wmco.namespaceExists)
    findings.push(...keyFindings(snapshot.privateKey, snapshot.userDataSecretPresent, wmco));
  return findings;
}

/** Logs grow without bound where the installed WMCO rotates them only once the Subscription asks. */
function serviceLogFindings({ csv, subscription }: WmcoFacts): Finding[] {
  const wmco = csv?.version;
  if (!wmco || !subscription || !supportsLogRotation(wmco)) return [];
  if (!logsUnbounded(subscription.logRotation)) return [];
  return [
    {
      id: 'service-logs-unbounded',
      area: 'operator',
      severity: 'warning',
      code: 'service-logs-unbounded',
      params: { wmco, subscription: subscription.name },
      fix: { action: 'set-log-rotation', route: installRoute },
    },
  ];
}

function unusableKeyFinding(
  problem: NonNullable<PrivateKeyFacts['problem']>,
  bits?: number,
): Finding {
  const common = {
    id: `private-key-${problem}`,
    area: 'keys',
    severity: 'blocked',
    guideSection: '4.2',
    fix: { action: 'replace-key', route: installRoute },
  } as const;
  switch (problem) {
    case 'weak-rsa':
      return { ...common, code: 'private-key-weak-rsa', params: { bits } };
    case 'unparseable':
      return { ...common, code: 'private-key-unparseable', params: {} };
    case 'encrypted':
      return { ...common, code: 'private-key-encrypted', params: {} };
    case 'missing-field':
      return { ...common, code: 'private-key-missing-field', params: {} };
  }
}

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
        code: 'private-key-missing',
        params: { namespace: wmco.namespace },
        guideSection: '4.2',
        fix: { action: 'create-key', route: installRoute },
      },
    ];
  }
  if (key.problem) return [unusableKeyFinding(key.problem, key.bits)];
  const findings: Finding[] = [
    {
      id: 'private-key-ok',
      area: 'keys',
      severity: 'ok',
      code: 'private-key-ok',
      params: { keyType: key.keyType, bits: key.bits },
      guideSection: '4.2',
    },
  ];
  if (userDataPresent === false && wmcoState(wmco) === 'installed') {
    findings.push({
      id: 'user-data-missing',
      area: 'keys',
      severity: 'warning',
      code: 'user-data-missing',
      params: {},
      guideSection: '4.2',
    });
  }
  return findings;
}

function installationFinding(wmco: WmcoFacts, state: WmcoState): Finding {
  const common = { area: 'operator', guideSection: '4.1' } as const;
  if (wmco.incomplete && state !== 'installed') {
    return {
      ...common,
      id: 'wmco-install-incomplete',
      severity: 'warning',
      code: 'wmco-install-incomplete',
      params: { namespace: wmco.namespace, missing: wmco.incomplete },
      fix: { action: 'resume-install', route: installRoute },
    };
  }
  if (state === 'not-installed') {
    return {
      ...common,
      id: 'wmco-not-installed',
      severity: 'warning',
      code: 'wmco-not-installed',
      params: { namespace: wmco.namespace, catalogVersion: wmco.catalogVersion },
      fix: { action: 'install-wmco', route: installRoute },
    };
  }
  if (state === 'failed') {
    return {
      ...common,
      id: 'wmco-failed',
      severity: 'blocked',
      code: 'wmco-failed',
      params: { csv: wmco.csv?.name ?? '', reason: wmco.csv?.reason, message: wmco.csv?.message },
      fix: { action: 'see-installation', route: installRoute },
    };
  }
  if (state === 'installing') {
    const pending = wmco.subscription?.pendingInstallPlan;
    return pending
      ? {
          ...common,
          id: 'wmco-install-plan-pending',
          severity: 'warning',
          code: 'wmco-install-plan-pending',
          params: { installPlan: pending },
          fix: { action: 'review-and-approve', route: installRoute },
        }
      : {
          ...common,
          id: 'wmco-installing',
          severity: 'warning',
          code: 'wmco-installing',
          params: { phase: wmco.csv?.phase, message: wmco.csv?.message },
          fix: { action: 'follow-installation', route: installRoute },
        };
  }
  return {
    ...common,
    id: 'wmco-installed',
    severity: 'ok',
    code: 'wmco-installed',
    params: {
      version: wmco.fullVersion ?? wmco.csv?.version,
      namespace: wmco.namespace,
      channel: wmco.subscription?.channel,
      approval: wmco.subscription?.approval,
    },
  };
}
