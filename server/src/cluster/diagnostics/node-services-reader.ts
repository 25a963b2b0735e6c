import type { V1Node } from '@kubernetes/client-node';
import type { NodeServicesResponse } from '../../../contract/node-services';
import { clusterServiceEvidence } from '../../domain/diagnostics/node-service-evidence';
import { judgeNodeServices } from '../../domain/diagnostics/node-services';
import { parseWindowsServices } from '../../domain/diagnostics/windows-services-config';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds, windowsNodeSelector } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import {
  namedConfigMap,
  newestServicesVersion,
  readWmcoConfigMaps,
  readWmcoSubscription,
} from '../wmco/wmco-state';

/**
 * One Windows node's services as the cluster shows them: what WMCO's `windows-services-<version>`
 * ConfigMap of the node's version (the one it is being configured to, before that the newest) says
 * it must run, and what the node object shows of each.
 */
export async function readNodeServices(
  reader: ClusterReader,
  nodeName: string,
): Promise<NodeServicesResponse> {
  const namespace = wmcoNamespaceOf(await readWmcoSubscription(reader));
  const [nodes, configMaps] = await Promise.all([
    reader.list<V1Node>(kinds.node, { labelSelector: windowsNodeSelector }),
    readWmcoConfigMaps(reader, namespace),
  ]);
  const node = nodes?.find((candidate) => candidate.metadata?.name === nodeName);
  const annotations = node?.metadata?.annotations ?? {};
  const configuredVersion = annotations[wmcoNames.versionAnnotation];
  const desiredVersion = annotations[wmcoNames.desiredVersionAnnotation];
  const version = configuredVersion ?? desiredVersion ?? newestServicesVersion(configMaps);
  const servicesConfigMap = `${wmcoNames.servicesConfigMapPrefix}${version ?? ''}`;
  const data = version ? namedConfigMap(configMaps, servicesConfigMap)?.data : undefined;
  const parsed = data
    ? parseWindowsServices(data)
    : { problem: { code: 'services-config-missing' as const, params: { version } } };
  const expected = 'services' in parsed ? parsed.services : [];
  const ready = node?.status?.conditions?.find((condition) => condition.type === 'Ready');
  const facts = {
    configuredVersion,
    cluster: node ? clusterServiceEvidence({ annotations, ready }) : {},
  };
  return {
    node: nodeName,
    found: node !== undefined,
    ready: ready ? ready.status === 'True' : undefined,
    readyMessage: ready?.message,
    desiredVersion,
    servicesConfigMap: data ? servicesConfigMap : undefined,
    configProblem: 'problem' in parsed ? parsed.problem : undefined,
    expected,
    facts,
    services: node ? judgeNodeServices(expected, { ...facts, logs: {} }) : [],
    unreadable: reader.unreadable(),
  };
}
