// The shape of a simulated controller ("behaviour"), the building block of the test doubles that
// stand in for OLM, the Machine API and WMCO: the resources it watches and, per resource, a
// level-triggered reconcile function that reads the object's current state and moves it one step
// towards what the real controller would make of it.
import type { KubernetesObject } from '@kubernetes/client-node';
import type { KubeClient } from '../kube-client';
import type { ResourceType } from '../resources';

export interface SimulatorContext {
  /** Talks to the API server as cluster admin. */
  client: KubeClient;
  log(line: string): void;
  /**
   * Asks for another reconcile of an object this behaviour watches (e.g. an owner whose status
   * derives from it).
   */
  enqueue(resource: ResourceType, namespace: string | undefined, name: string): void;
  /**
   * Reconciles the current object again after a delay even if nothing changes (timed transitions).
   */
  requeueAfter(delayMs: number): void;
}

export type Reconcile<T extends KubernetesObject> = (
  object: T,
  context: SimulatorContext,
) => Promise<void>;

export interface WatchedResource {
  resource: ResourceType;
  reconcile: Reconcile<KubernetesObject>;
}

export interface Behaviour {
  name: string;
  watches: WatchedResource[];
}

/** Declares a watched resource whose reconcile function reads its objects as T. */
export function watch<T extends KubernetesObject>(
  resource: ResourceType,
  reconcile: Reconcile<T>,
): WatchedResource {
  return { resource, reconcile: (object, context) => reconcile(object as T, context) };
}
