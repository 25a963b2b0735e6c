// The registry of scenario seeds: each one shapes a fresh local cluster like a particular OpenShift
// cluster.
import type { KubeClient } from '../kube-client';
import { seedAwsFresh } from './aws-fresh';

/** Creates a scenario's objects with the admin client. */
export type Scenario = (client: KubeClient) => Promise<void>;

export const scenarios: Record<string, Scenario> = {
  'aws-fresh': seedAwsFresh,
};

export const scenarioNames = Object.keys(scenarios);
