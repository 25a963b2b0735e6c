import type { V1Namespace, V1Secret } from '@kubernetes/client-node';
import type {
  InstallRequest,
  InstallResult,
  InstallStep,
  InstallWarning,
  KeyChoice,
  PublicKeyInfo,
} from '../../../contract/install';
import { installObjects, privateKeySecret } from '../../domain/install/install-objects';
import { inspectPrivateKey } from '../../domain/keys/inspect-private-key';
import { keyMaterial, type KeyMaterial } from '../../domain/keys/key-material';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import { kubernetesFailure } from '../../errors/kubernetes-failure';
import type { OperatorGroup, Subscription } from '../../domain/openshift-objects';
import { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { pausePoint } from '../writes/pause-point';

function publicInfo(info: {
  keyType: string;
  fingerprint: string;
  publicKey: string;
}): PublicKeyInfo {
  return { keyType: info.keyType, fingerprint: info.fingerprint, publicKey: info.publicKey };
}

/** The public half of the key stored in `cloud-private-key`, if it holds a usable one. */
export function storedKeyInfo(secret: V1Secret | undefined): PublicKeyInfo | undefined {
  const encoded = secret?.data?.[wmcoNames.privateKeyField];
  if (!encoded) return undefined;
  const info = inspectPrivateKey(Buffer.from(encoded, 'base64'));
  return info.usable ? publicInfo(info) : undefined;
}

async function resolveKey(choice: KeyChoice): Promise<KeyMaterial | undefined> {
  const material = await keyMaterial(choice);
  if (material && 'problem' in material) {
    const params = { problem: material.problem, bits: material.bits };
    throw new HttpError(400, { code: 'private-key-unusable', params }, 'body.key.privateKey');
  }
  return material;
}

interface MachineConfig {
  metadata?: { name?: string };
  spec?: { config?: { passwd?: { users?: { sshAuthorizedKeys?: string[] }[] } } };
}

/** The guide recommends a key other than the cluster's install key, which lives in these MachineConfigs. */
async function installKeyReuseWarning(
  reader: ClusterReader,
  key: PublicKeyInfo,
): Promise<InstallWarning | undefined> {
  const configs = await Promise.all(
    ['99-worker-ssh', '99-master-ssh'].map((name) =>
      reader.get<MachineConfig>(kinds.machineConfig, name),
    ),
  );
  const blob = key.publicKey.split(' ')[1];
  const reused = configs.some((config) =>
    config?.spec?.config?.passwd?.users?.some((user) =>
      user.sshAuthorizedKeys?.some((authorized) => authorized.split(/\s+/)[1] === blob),
    ),
  );
  if (reused) return { code: 'install-key-reused', params: {} };
  if (reader.isUnreadable(kinds.machineConfig))
    return { code: 'install-key-unchecked', params: {} };
  return undefined;
}

/**
 * Installs WMCO as the guide's CLI steps do, as the caller: creates what is missing, adopts what exists,
 * and reports (never overwrites) existing objects with other settings. A failure names what is in place.
 */
export async function installWmco(
  reader: ClusterReader,
  request: InstallRequest,
): Promise<InstallResult> {
  const api = new KubeApi(reader.kubeConfig);
  const objects = installObjects(request);
  const { namespace } = request;
  const steps: InstallStep[] = [];
  const warnings: InstallWarning[] = [];
  const material = await resolveKey(request.key);

  try {
    const existingNamespace = await reader.get<V1Namespace>(kinds.namespace, namespace);
    if (!existingNamespace) {
      await api.create(kinds.namespace, objects.namespace);
      steps.push({
        object: `Namespace ${namespace}`,
        outcome: 'created',
        code: 'created',
        params: {},
      });
    } else if (
      request.clusterMonitoring &&
      existingNamespace.metadata?.labels?.[wmcoNames.monitoringLabel] !== 'true'
    ) {
      await api.mergePatch(kinds.namespace, namespace, {
        metadata: { labels: { [wmcoNames.monitoringLabel]: 'true' } },
      });
      steps.push({
        object: `Namespace ${namespace}`,
        outcome: 'updated',
        code: 'monitoring-label-added',
        params: {},
      });
    } else {
      steps.push({
        object: `Namespace ${namespace}`,
        outcome: 'adopted',
        code: 'exists',
        params: {},
      });
    }
    await pausePoint('install:namespace');
    steps.push(await ensureOperatorGroup(api, namespace, objects.operatorGroup));
    await pausePoint('install:operator-group');
    steps.push(await ensureSubscription(api, request, objects.subscription));
    await pausePoint('install:subscription');

    const secret = await reader.getWhole<V1Secret>(
      kinds.secret,
      wmcoNames.privateKeySecret,
      namespace,
    );
    const stored = storedKeyInfo(secret);
    let key: PublicKeyInfo | undefined;
    if (!secret) {
      if (!material)
        throw new HttpError(400, { code: 'no-key-to-keep', params: {} }, 'body.key.mode');
      await api.create(kinds.secret, privateKeySecret(namespace, material.privateKeyPem), {
        namespace,
      });
      key = publicInfo(material.info);
      steps.push({
        object: `Secret ${wmcoNames.privateKeySecret}`,
        outcome: 'created',
        code: 'key-created',
        params: { keyType: key.keyType, fingerprint: key.fingerprint },
      });
    } else if (!material || stored?.fingerprint === material.info.fingerprint) {
      key = stored;
      steps.push({
        object: `Secret ${wmcoNames.privateKeySecret}`,
        outcome: 'adopted',
        code: 'key-adopted',
        params: {},
      });
    } else {
      key = stored;
      steps.push({
        object: `Secret ${wmcoNames.privateKeySecret}`,
        outcome: 'kept',
        code: 'key-kept',
        params: {},
      });
    }
    await pausePoint('install:secret');
    if (key) {
      const warning = await installKeyReuseWarning(reader, key);
      if (warning) warnings.push(warning);
    }
    return { steps, key, warnings };
  } catch (error) {
    if (error instanceof HttpError) throw error;
    const failure = kubernetesFailure(error);
    if (!failure) throw error;
    const inPlace = steps.filter((step) => step.outcome !== 'conflict').map((step) => step.object);
    throw new HttpError(
      failure.statusCode,
      { code: 'install-stopped', params: { inPlace } },
      { cause: failure.coded },
    );
  }
}

async function ensureOperatorGroup(
  api: KubeApi,
  namespace: string,
  operatorGroup: object,
): Promise<InstallStep> {
  const groups = await api.list<OperatorGroup>(kinds.operatorGroup, { namespace });
  if (groups.length === 0) {
    await api.create(kinds.operatorGroup, operatorGroup, { namespace });
    return {
      object: `OperatorGroup ${wmcoNames.packageName}`,
      outcome: 'created',
      code: 'operator-group-created',
      params: { namespace },
    };
  }
  const [group] = groups;
  const name = group?.metadata?.name ?? '';
  if (groups.length > 1) {
    return {
      object: `OperatorGroup ${name}`,
      outcome: 'conflict',
      code: 'operator-groups-several',
      params: { namespace, count: groups.length },
    };
  }
  const targets = group?.spec?.targetNamespaces ?? [];
  if (targets.length === 1 && targets[0] === namespace) {
    return {
      object: `OperatorGroup ${name}`,
      outcome: 'adopted',
      code: 'operator-group-adopted',
      params: { namespace },
    };
  }
  return targets.length > 0
    ? {
        object: `OperatorGroup ${name}`,
        outcome: 'conflict',
        code: 'operator-group-targets-other',
        params: { namespace, targets },
      }
    : {
        object: `OperatorGroup ${name}`,
        outcome: 'conflict',
        code: 'operator-group-targets-all',
        params: { namespace },
      };
}

async function ensureSubscription(
  api: KubeApi,
  request: InstallRequest,
  subscription: object,
): Promise<InstallStep> {
  const { namespace } = request;
  const existing = (await api.list<Subscription>(kinds.subscription, { namespace })).find(
    (candidate) => candidate.spec?.name === wmcoNames.packageName,
  );
  if (!existing) {
    await api.create(kinds.subscription, subscription, { namespace });
    return {
      object: `Subscription ${wmcoNames.packageName}`,
      outcome: 'created',
      code: 'subscription-created',
      params: { channel: request.channel, approval: request.approval, source: request.source },
    };
  }
  const wanted = {
    channel: request.channel,
    installPlanApproval: request.approval,
    source: request.source,
    sourceNamespace: request.sourceNamespace,
  };
  const differences = Object.entries(wanted)
    .filter(([field, value]) => existing.spec?.[field as keyof typeof wanted] !== value)
    .map(([field]) => `${field}=${existing.spec?.[field as keyof typeof wanted] ?? ''}`);
  const name = existing.metadata?.name ?? wmcoNames.packageName;
  return differences.length === 0
    ? {
        object: `Subscription ${name}`,
        outcome: 'adopted',
        code: 'subscription-adopted',
        params: {},
      }
    : {
        object: `Subscription ${name}`,
        outcome: 'conflict',
        code: 'subscription-differs',
        params: { differences },
      };
}

/** Replaces the key WMCO uses; WMCO then recreates Machine-backed nodes one at a time. */
export async function rotateKey(
  reader: ClusterReader,
  namespace: string,
  choice: KeyChoice,
): Promise<InstallResult> {
  const material = await resolveKey(choice);
  if (!material)
    throw new HttpError(400, { code: 'rotation-needs-key', params: {} }, 'body.key.mode');
  await pausePoint('key-rotation:generated');
  await new KubeApi(reader.kubeConfig).mergePatch(
    kinds.secret,
    wmcoNames.privateKeySecret,
    { stringData: { [wmcoNames.privateKeyField]: material.privateKeyPem } },
    namespace,
  );
  await pausePoint('key-rotation:written');
  const key = publicInfo(material.info);
  const warning = await installKeyReuseWarning(reader, key);
  return {
    steps: [
      {
        object: `Secret ${wmcoNames.privateKeySecret}`,
        outcome: 'updated',
        code: 'key-replaced',
        params: { keyType: key.keyType, fingerprint: key.fingerprint },
      },
    ],
    key,
    warnings: [{ code: 'rotation-recreates-nodes', params: {} }, ...(warning ? [warning] : [])],
  };
}
