import type { CoreV1Event } from '@kubernetes/client-node';
import type { ByohState, InstanceEvent } from '../../../contract/byoh';
import { deriveByohState } from '../../domain/byoh/instance-status';
import { preflightConfigMap, preflightRecords } from '../../domain/byoh/preflight-record';
import { wmcoNames } from '../../domain/wmco-names';
import type { HostResolver } from '../../ssh/host-resolver';
import { eventSelections, kinds } from '../kinds';
import { readWindowsNodes } from '../nodes/windows-nodes';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import { resolveInstanceKeys } from '../wmco/instance-resolution';
import { namedConfigMap, readWmco, readWmcoSubscription } from '../wmco/wmco-state';

/** WMCO's events about BYOH hosts, all recorded on the `windows-instances` ConfigMap. */
const instanceReasons = new Set(['InstanceSetup', 'InstanceSetupFailure', 'InstanceTeardown']);

function toInstanceEvent(event: CoreV1Event): InstanceEvent {
  const at =
    event.lastTimestamp ??
    event.eventTime ??
    event.firstTimestamp ??
    event.metadata.creationTimestamp;
  return {
    reason: event.reason ?? '',
    type: event.type ?? 'Normal',
    message: event.message ?? '',
    at: at ? new Date(at).toISOString() : undefined,
    count: event.count ?? 1,
  };
}

/** Everything the BYOH page shows, read as the caller; what the caller may not read is named. */
export async function readByohState(
  reader: ClusterReader,
  resolver: HostResolver,
): Promise<ByohState> {
  const subscription = await readWmcoSubscription(reader);
  const namespace = wmcoNamespaceOf(subscription);
  const [{ facts, configMaps }, nodes, events] = await Promise.all([
    readWmco(reader, subscription),
    readWindowsNodes(reader),
    reader.list<CoreV1Event>(kinds.event, { namespace, fieldSelector: eventSelections.instances }),
  ]);
  const named = (name: string) => namedConfigMap(configMaps, name);
  const instances = named(wmcoNames.instancesConfigMap);
  // An existing ConfigMap without data lists no host; a missing one means "deconfigure all".
  const entries = instances ? (instances.data ?? {}) : undefined;
  const listed = Object.entries(entries ?? {}).map(([address, value]) => ({ address, value }));
  const { resolution } = await resolveInstanceKeys(listed, resolver);
  return deriveByohState({
    namespace,
    entries,
    resolution,
    byohNodes: nodes.filter((node) => node.source === 'BYOH'),
    events: (events ?? [])
      .filter((event) => instanceReasons.has(event.reason ?? ''))
      .map(toInstanceEvent),
    preflight: preflightRecords(named(preflightConfigMap)?.data),
    operatorVersion: facts.fullVersion ?? facts.csv?.version,
    unreadable: reader.unreadable(),
  });
}
