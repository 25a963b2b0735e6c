import type { V1Namespace, V1Pod } from '@kubernetes/client-node';
import { monitoringFacts, type MonitoringFacts } from '../../domain/overview/wmco-monitoring';
import { kinds, wmcoPodSelector } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';

/**
 * WMCO's monitoring label, when it was set, and when WMCO's pod started, as the caller reads them;
 * undefined when the caller may not read the namespace or the pods (the access finding names them).
 */
export async function readMonitoring(
  reader: ClusterReader,
  namespace: string,
): Promise<MonitoringFacts | undefined> {
  const [namespaceObject, pods] = await Promise.all([
    reader.get<V1Namespace>(kinds.namespace, namespace),
    reader.list<V1Pod>(kinds.pod, { namespace, labelSelector: wmcoPodSelector }),
  ]);
  if (!namespaceObject || !pods) return undefined;
  return monitoringFacts(namespaceObject, pods);
}
