// TEST DOUBLE standing in for the Windows Machine Config Operator (WMCO); never part of the
// product. It plays what WMCO does once OLM has installed it, i.e. in a namespace whose WMCO CSV
// reached Succeeded (and nowhere else):
//   - publishes its full version `<semver>-<7 hex>` as ConfigMap windows-services-<full version>
//     (the services it runs on every Windows node) and creates its OperatorCondition (named like
//     the CSV) with Upgradeable=True, whose spec.conditions OLM mirrors into status.conditions;
//   - turns Secret cloud-private-key (key private-key.pem) into the Windows user data, Secret
//     windows-user-data in openshift-machine-api, naming the key's public half, and rewrites it
//     when the key changes.
// Not simulated: configuring Machines or BYOH hosts, nodes, upgrades, the operator's start-up checks.
import { createHash, createPrivateKey } from 'node:crypto';
import type { KubernetesObject, V1ConfigMap, V1Secret } from '@kubernetes/client-node';
import ssh2 from 'ssh2';
import { ignoreStatus, type KubeClient } from '../kube-client';
import { resources } from '../resources';
import { WMCO_PACKAGE } from '../scenarios/marketplace';
import { MACHINE_API_NAMESPACE } from '../scenarios/openshift-cluster';
import { createWithStatus, timestampSecondsAgo } from '../scenarios/seed';
import { watch, type Behaviour, type SimulatorContext } from './behaviour';
import type { ClusterServiceVersion } from './olm-api';
import { hasFields, type Condition } from './status';

export const PRIVATE_KEY_SECRET = 'cloud-private-key';
export const PRIVATE_KEY_FIELD = 'private-key.pem';
export const USER_DATA_SECRET = 'windows-user-data';
const SERVICES_CONFIG_MAP_PREFIX = 'windows-services-';

interface WmcoCsv extends ClusterServiceVersion {
  spec?: { version?: string };
}

interface CsvReference {
  name: string;
  namespace: string;
  uid: string;
}

interface OperatorCondition extends KubernetesObject {
  spec?: { conditions?: Condition[] };
  status?: { conditions?: Condition[] };
}

function isSucceededWmco(csv: WmcoCsv): boolean {
  return csv.metadata.name.startsWith(`${WMCO_PACKAGE}.v`) && csv.status?.phase === 'Succeeded';
}

/** WMCO's full version: the CSV's semver plus a build hash (here derived from the semver). */
export function wmcoFullVersion(version: string): string {
  return `${version}-${createHash('sha1').update(version).digest('hex').slice(0, 7)}`;
}

/** The services WMCO's ConfigMap lists for WICD to run on every Windows node. */
export function windowsServicesConfigMap(namespace: string, fullVersion: string): V1ConfigMap {
  const service = (name: string, priority: number, dependencies: string[] = []): object => ({
    name,
    path: `C:\\k\\${name}.exe`,
    bootstrap: priority < 2,
    priority,
    dependencies,
  });
  const services = [
    service('containerd', 0),
    service('kubelet', 1, ['containerd']),
    service('windows_exporter', 2),
    service('hybrid-overlay-node', 2, ['kubelet']),
    service('kube-proxy', 3, ['hybrid-overlay-node']),
    service('csi-proxy', 3),
  ];
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${SERVICES_CONFIG_MAP_PREFIX}${fullVersion}`, namespace },
    immutable: true,
    data: {
      services: JSON.stringify(services),
      files: '[]',
      environmentVars: '{}',
      watchedEnvironmentVars: '[]',
    },
  };
}

/** The OperatorCondition OLM creates for WMCO's CSV, with WMCO's Upgradeable=True in it. */
export function wmcoOperatorCondition(csv: CsvReference) {
  const conditions: Condition[] = [
    {
      type: 'Upgradeable',
      status: 'True',
      reason: 'upgradeIsSafe',
      message: 'The operator is safe for upgrade',
      lastTransitionTime: timestampSecondsAgo(0),
    },
  ];
  return {
    apiVersion: 'operators.coreos.com/v2',
    kind: 'OperatorCondition',
    metadata: {
      name: csv.name,
      namespace: csv.namespace,
      ownerReferences: [
        {
          apiVersion: 'operators.coreos.com/v1alpha1',
          kind: 'ClusterServiceVersion',
          name: csv.name,
          uid: csv.uid,
        },
      ],
    },
    spec: { deployments: [WMCO_PACKAGE], serviceAccounts: [WMCO_PACKAGE], conditions },
    status: { conditions },
  };
}

/** Secret cloud-private-key as the admin creates it (guide 4.3); WMCO reads, never writes it. */
export function cloudPrivateKeySecret(namespace: string, privateKeyPem: string): V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: PRIVATE_KEY_SECRET, namespace },
    type: 'Opaque',
    data: { [PRIVATE_KEY_FIELD]: Buffer.from(privateKeyPem).toString('base64') },
  };
}

/** The `authorized_keys` line of a private key's public half. */
function publicKeyOf(privateKeyPem: string): string {
  let parsed = ssh2.utils.parseKey(privateKeyPem);
  if (parsed instanceof Error) {
    // ssh2 reads OpenSSH, PKCS#1 and SEC1; re-encode a PKCS#8 RSA or EC key (WMCO reads those
    // too). Not handled: Ed25519 in PKCS#8, which has no other PEM form.
    const key = createPrivateKey(privateKeyPem);
    const type = key.asymmetricKeyType === 'rsa' ? 'pkcs1' : 'sec1';
    parsed = ssh2.utils.parseKey(key.export({ type, format: 'pem' }));
  }
  const key = Array.isArray(parsed) ? (parsed as ssh2.ParsedKey[])[0] : parsed;
  if (!key || key instanceof Error) throw new Error(`unreadable private key (${String(key)})`);
  return `${key.type} ${key.getPublicSSH().toString('base64')}`;
}

/** Secret windows-user-data: a PowerShell script that enables SSH for the key's public half. */
export function windowsUserDataSecret(
  privateKeyPem: string,
): V1Secret & { data: { userData: string } } {
  const script = [
    '<powershell>',
    'Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0',
    'New-NetFirewallRule -DisplayName ContainerLogsPort -Direction Inbound -Action Allow -Protocol TCP -LocalPort 10250',
    'Set-Service -Name sshd -StartupType Automatic',
    'Start-Service sshd',
    `Write-Output "${publicKeyOf(privateKeyPem)}" | Out-File C:\\ProgramData\\ssh\\administrators_authorized_keys -Encoding ascii`,
    'Restart-Service sshd',
    '</powershell>',
    '<persist>true</persist>',
  ].join('\n');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: USER_DATA_SECRET, namespace: MACHINE_API_NAMESPACE },
    type: 'Opaque',
    data: { userData: Buffer.from(script).toString('base64') },
  };
}

async function reconcileCsv(csv: WmcoCsv, context: SimulatorContext): Promise<void> {
  if (!isSucceededWmco(csv)) return;
  const { client } = context;
  const { namespace, name, uid } = csv.metadata;
  const version = csv.spec?.version ?? '';
  const configMaps = await client.list<V1ConfigMap>(resources.configMaps, { namespace });
  const prefix = `${SERVICES_CONFIG_MAP_PREFIX}${version}-`;
  if (!configMaps.some((configMap) => configMap.metadata?.name?.startsWith(prefix))) {
    const configMap = windowsServicesConfigMap(namespace, wmcoFullVersion(version));
    await client.create(resources.configMaps, configMap);
    context.log(`created ConfigMap ${namespace}/${configMap.metadata?.name ?? ''}`);
  }
  await ensureOperatorCondition(client, { name, namespace, uid }, context);
  context.enqueue(resources.secrets, namespace, PRIVATE_KEY_SECRET);
}

/** Creates the OperatorCondition if missing; mirrors spec.conditions into status as OLM does. */
async function ensureOperatorCondition(
  client: KubeClient,
  csv: CsvReference,
  context: SimulatorContext,
): Promise<void> {
  const existing = await client
    .get<OperatorCondition>(resources.operatorConditions, csv.name, csv.namespace)
    .catch(ignoreStatus(404));
  if (!existing) {
    await createWithStatus(client, resources.operatorConditions, wmcoOperatorCondition(csv));
    context.log(`created OperatorCondition ${csv.namespace}/${csv.name}: Upgradeable=True`);
  } else if (!hasFields(existing.status?.conditions, existing.spec?.conditions ?? [])) {
    await client.mergePatch(
      resources.operatorConditions,
      { name: csv.name, namespace: csv.namespace, subresource: 'status' },
      { status: { conditions: existing.spec?.conditions ?? [] } },
    );
  }
}

async function reconcileSecret(secret: V1Secret, context: SimulatorContext): Promise<void> {
  const { client } = context;
  const { name, namespace } = secret.metadata ?? {};
  if (name !== PRIVATE_KEY_SECRET || !namespace) return;
  const csvs = await client.list<WmcoCsv>(resources.clusterServiceVersions, { namespace });
  if (!csvs.some(isSucceededWmco)) return;
  const pem = Buffer.from(secret.data?.[PRIVATE_KEY_FIELD] ?? '', 'base64').toString('utf8');
  let desired: ReturnType<typeof windowsUserDataSecret>;
  try {
    desired = windowsUserDataSecret(pem);
  } catch (error) {
    context.log(`${namespace}/${name}: ${(error as Error).message}; no user data written`);
    return;
  }
  const current = await client
    .get<V1Secret>(resources.secrets, USER_DATA_SECRET, MACHINE_API_NAMESPACE)
    .catch(ignoreStatus(404));
  if (!current) {
    await client.create(resources.secrets, desired);
  } else if (current.data?.userData !== desired.data.userData) {
    const at = { name: USER_DATA_SECRET, namespace: MACHINE_API_NAMESPACE };
    await client.mergePatch(resources.secrets, at, { data: desired.data });
  } else {
    return;
  }
  context.log(`wrote ${MACHINE_API_NAMESPACE}/${USER_DATA_SECRET} from ${namespace}/${name}`);
}

export const wmcoSimulator: Behaviour = {
  name: 'wmco-simulator',
  watches: [
    watch<WmcoCsv>(resources.clusterServiceVersions, reconcileCsv),
    watch<V1Secret>(resources.secrets, reconcileSecret),
  ],
};
