import type { LogRotationSettings, LogRotationState } from '../../../contract/log-rotation';
import { logRotationFromEnv, withLogRotation } from '../../domain/install/log-rotation';
import { logRotationSince, supportsLogRotation } from '../../domain/install/log-rotation-support';
import type { ClusterServiceVersion, Subscription } from '../../domain/openshift-objects';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import { readInstalledCsv, readWmcoNamespace, readWmcoSubscription } from '../wmco/wmco-state';
import { changeObject } from '../writes/object-change';
import { isStatus } from '../writes/read-modify-write';
import type { WriteQueue } from '../writes/write-queue';

/** The service log rotation WMCO's Subscription sets, and whether the installed WMCO reads it. */
export function logRotationState(
  subscription: Subscription,
  csv: ClusterServiceVersion | undefined,
): LogRotationState {
  const wmco = csv?.spec?.version;
  return {
    subscription: subscription.metadata?.name ?? '',
    namespace: wmcoNamespaceOf(subscription),
    wmco,
    since: logRotationSince,
    supported: supportsLogRotation(wmco),
    settings: logRotationFromEnv(subscription.spec?.config?.env),
  };
}

/** The Subscription with the settings merged into its env; undefined when that changes nothing. */
function withSettings(
  subscription: Subscription,
  settings: LogRotationSettings,
): Subscription | undefined {
  const env = subscription.spec?.config?.env;
  const next = withLogRotation(env, settings);
  if (JSON.stringify(next) === JSON.stringify(env ?? [])) return undefined;
  const config = { ...subscription.spec?.config, env: next };
  return { ...subscription, spec: { ...subscription.spec, config } };
}

/**
 * Writes the settings into WMCO's Subscription as the caller, keeping every other env entry and field
 * (read-modify-write with the read's resourceVersion); WMCO then restarts and reconfigures the Windows
 * nodes one at a time. Refused while WMCO is not installed or does not read them.
 */
export async function writeLogRotation(
  reader: ClusterReader,
  api: KubeApi,
  queue: WriteQueue,
  settings: LogRotationSettings,
): Promise<LogRotationState> {
  const subscription = await readWmcoSubscription(reader);
  if (!subscription) {
    if (reader.isUnreadable(kinds.subscription)) {
      // Unread, it is named as the install wizard names it, where an install of it was started.
      const namespace = await readWmcoNamespace(reader, undefined);
      const params = { name: wmcoNames.packageName, namespace };
      throw new HttpError(403, { code: 'subscription-not-writable', params });
    }
    throw new HttpError(404, { code: 'wmco-not-installed', params: {} });
  }
  const state = logRotationState(subscription, await readInstalledCsv(reader, subscription));
  if (!state.supported) {
    const params = { wmco: state.wmco, since: state.since };
    throw new HttpError(409, { code: 'log-rotation-unsupported', params });
  }
  const at = { kind: kinds.subscription, name: state.subscription, namespace: state.namespace };
  try {
    await changeObject<Subscription>(api, queue, at, (current) => withSettings(current, settings));
  } catch (error) {
    if (!isStatus(error, 403)) throw error;
    const params = { name: state.subscription, namespace: state.namespace };
    throw new HttpError(403, { code: 'subscription-not-writable', params });
  }
  const written = await api.get<Subscription>(at.kind, at.name, at.namespace);
  return { ...state, settings: logRotationFromEnv(written.spec?.config?.env) };
}
