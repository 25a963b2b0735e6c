// The shape of a simulated controller ("behaviour"): the resources it watches and, per resource, a level-triggered
// reconcile function that reads the object's current state and moves it one step towards what the real
// controller would make of it.
import type { KubernetesObject } from '@kubernetes/client-node';
import type { KubeClient } from '../kube-client.js';
import type { ResourceType } from '../resources.js';

export interface SimulatorContext {
  /** Talks to the API server as cluster admin, like the real controllers' service accounts effectively do. */
  client: KubeClient;
  log(line: string): void;
  /** Asks for another reconcile of an object this behaviour watches (e.g. an owner whose status derives from it). */
  enqueue(resource: ResourceType, namespace: string | undefined, name: string): void;
}

/** Reconcile again after a delay even if nothing changes (timed transitions); nothing = wait for the next change. */
export type ReconcileResult = { requeueAfterMs: number } | void;

export interface WatchedResource {
  resource: ResourceType;
  reconcile(object: KubernetesObject, context: SimulatorContext): Promise<ReconcileResult>;
}

export interface Behaviour {
  name: string;
  watches: WatchedResource[];
}

/** Declares a watched resource whose objects the reconcile function reads as T (objects come from the API server). */
export function watch<T extends KubernetesObject>(
  resource: ResourceType,
  reconcile: (object: T, context: SimulatorContext) => Promise<ReconcileResult>,
): WatchedResource {
  return { resource, reconcile: (object, context) => reconcile(object as T, context) };
}
