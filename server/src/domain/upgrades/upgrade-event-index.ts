import type { CoreV1Event } from '@kubernetes/client-node';
import { wmcoNames } from '../wmco-names';

/** Reasons WMCO gives to events that explain a stalled or failed node. */
export const upgradeEventReasons = new Set([
  'MachineSetupFailure',
  'InstanceSetupFailure',
  'MachineDeletionRestricted',
  'UpgradeBlocked',
]);

/**
 * A fleet's upgrade events by what they are about, built once per read so that each of thousands of nodes
 * looks at its own few events rather than at all of them.
 */
export class UpgradeEventIndex {
  private readonly byObject = new Map<string, CoreV1Event[]>();
  /** On the `windows-instances` ConfigMap: they name their instance in the message. */
  private readonly instanceEvents: CoreV1Event[] = [];

  constructor(events: readonly CoreV1Event[]) {
    for (const event of events) {
      if (!upgradeEventReasons.has(event.reason ?? '')) continue;
      const { kind = '', name = '' } = event.involvedObject;
      if (kind === 'ConfigMap') {
        if (name === wmcoNames.instancesConfigMap) this.instanceEvents.push(event);
        continue;
      }
      const key = `${kind}/${name}`;
      const known = this.byObject.get(key);
      if (known) known.push(event);
      else this.byObject.set(key, [event]);
    }
  }

  /** The events that may concern a node: its own, its Machine's, and every BYOH instance event. */
  candidates(node: string, machine: string | undefined): CoreV1Event[] {
    return [
      ...(this.byObject.get(`Node/${node}`) ?? []),
      ...(machine ? (this.byObject.get(`Machine/${machine}`) ?? []) : []),
      ...this.instanceEvents,
    ];
  }
}
