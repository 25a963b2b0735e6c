// Runs simulated controllers (test doubles for OLM, the Machine API and WMCO; never part of the
// product) against an API server: list + watch per watched resource, re-listing after any error so
// they survive an API server restart, and one serial work queue of object keys whose reconcile
// functions always read the object fresh.
import { setTimeout as sleep } from 'node:timers/promises';
import { KubeConfig, Watch, type KubernetesObject } from '@kubernetes/client-node';
import { isKubeApiError, KubeClient, type KubeTarget } from '../kube-client';
import { resourcePath, type ResourceType } from '../resources';
import type { Behaviour, SimulatorContext, WatchedResource } from './behaviour';
import { byohSimulator, type ByohSimulatorOptions } from './byoh';
import { machineApiSimulator } from './machine-api';
import { olmSimulator } from './olm';
import { wmcoSimulator } from './wmco';
import { wmcoUpgradeSimulator } from './wmco-upgrade';

const RELIST_DELAY_MS = 1000;
const RETRY_DELAY_MS = 2000;

const defaultBehaviours: readonly Behaviour[] = [
  olmSimulator,
  wmcoSimulator,
  wmcoUpgradeSimulator,
  machineApiSimulator,
];

export interface SimulatorOptions extends KubeTarget {
  /** Instead of the default simulators. */
  behaviours?: readonly Behaviour[];
  /** Besides them. */
  more?: readonly Behaviour[];
  /** For the default BYOH simulator. */
  byoh?: ByohSimulatorOptions;
  log?: (line: string) => void;
}

export interface Simulators {
  stop(): Promise<void>;
}

export function startSimulators(options: SimulatorOptions): Simulators {
  const runner = new Runner(
    options,
    // The BYOH simulator remembers entries it has seen: one per run.
    [
      ...(options.behaviours ?? [...defaultBehaviours, byohSimulator(options.byoh)]),
      ...(options.more ?? []),
    ],
    options.log ?? (() => {}),
  );
  runner.start();
  return runner;
}

interface Job {
  key: string;
  behaviour: Behaviour;
  watched: WatchedResource;
  namespace: string | undefined;
  name: string;
}

interface ListResponse {
  metadata: { resourceVersion: string };
  items: KubernetesObject[];
}

class Runner implements Simulators {
  private readonly client: KubeClient;
  private readonly watcher: Watch;
  private readonly queue = new Map<string, Job>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly watches = new Set<AbortController>();
  private readonly stopping = new AbortController();
  private loops: Promise<void>[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    target: KubeTarget,
    private readonly behaviours: readonly Behaviour[],
    private readonly log: (line: string) => void,
  ) {
    this.client = new KubeClient(target);
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [
        {
          name: 'local',
          server: target.server,
          caData: Buffer.from(target.caData).toString('base64'),
        },
      ],
      users: [{ name: 'simulators', token: target.token }],
      contexts: [{ name: 'local', cluster: 'local', user: 'simulators' }],
      currentContext: 'local',
    });
    this.watcher = new Watch(kubeConfig);
  }

  start(): void {
    this.loops = this.behaviours.flatMap((behaviour) =>
      behaviour.watches.map((watched) => this.listAndWatch(behaviour, watched)),
    );
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    for (const controller of this.watches) controller.abort();
    for (const timer of this.timers) clearTimeout(timer);
    await Promise.all(this.loops);
    await this.draining;
    this.client.close();
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  private async listAndWatch(behaviour: Behaviour, watched: WatchedResource): Promise<void> {
    const what = `${behaviour.name}: ${watched.resource.plural}.${watched.resource.group}`;
    let failing = false;
    while (!this.stopped) {
      try {
        const list = await this.client.request<ListResponse>('GET', resourcePath(watched.resource));
        if (failing) this.log(`${what}: listing again.`);
        failing = false;
        for (const object of list.items) this.enqueueObject(behaviour, watched, object);
        await this.watchFrom(behaviour, watched, list.metadata.resourceVersion);
      } catch (error) {
        if (!failing)
          this.log(`${what}: list failed (${(error as Error).message}); retrying every second.`);
        failing = true;
      }
      await sleep(RELIST_DELAY_MS, undefined, { signal: this.stopping.signal }).catch(
        () => undefined,
      );
    }
  }

  /**
   * Resolves when the watch ends for any reason (closed by the server, error, stop); the caller
   * then re-lists.
   */
  private watchFrom(
    behaviour: Behaviour,
    watched: WatchedResource,
    resourceVersion: string,
  ): Promise<void> {
    return new Promise((resolve) => {
      let controller: AbortController | undefined;
      let ended = false;
      const path = resourcePath(watched.resource);
      const onEvent = (type: string, object: KubernetesObject): void => {
        if (type === 'ADDED' || type === 'MODIFIED') this.enqueueObject(behaviour, watched, object);
        else if (type === 'ERROR') controller?.abort(); // e.g. 410 Gone: re-list
      };
      const onDone = (): void => {
        ended = true;
        if (controller) this.watches.delete(controller);
        resolve();
      };
      void this.watcher
        .watch(path, { resourceVersion, allowWatchBookmarks: true }, onEvent, onDone)
        .then((started) => {
          if (ended) return; // failed before it started
          controller = started;
          this.watches.add(started);
          if (this.stopped) started.abort();
        });
    });
  }

  private enqueueObject(
    behaviour: Behaviour,
    watched: WatchedResource,
    object: KubernetesObject,
  ): void {
    const name = object.metadata?.name;
    if (name) this.enqueue(behaviour, watched, object.metadata?.namespace, name);
  }

  private enqueue(
    behaviour: Behaviour,
    watched: WatchedResource,
    namespace: string | undefined,
    name: string,
  ): void {
    if (this.stopped) return;
    const { resource } = watched;
    const key = [behaviour.name, resource.group, resource.plural, namespace, name].join('|');
    this.queue.set(key, { key, behaviour, watched, namespace, name });
    this.draining ??= this.drain();
  }

  private schedule(job: Job, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.enqueue(job.behaviour, job.watched, job.namespace, job.name);
    }, delayMs);
    this.timers.add(timer);
  }

  private async drain(): Promise<void> {
    await Promise.resolve(); // let the caller assign `draining` before this can clear it
    for (;;) {
      const next = this.queue.values().next();
      if (next.done || this.stopped) break;
      this.queue.delete(next.value.key);
      await this.reconcile(next.value);
    }
    // Cleared synchronously after the last look at the queue, so no enqueue can slip in between.
    this.draining = undefined;
  }

  private async reconcile(job: Job): Promise<void> {
    const { behaviour, watched, namespace, name } = job;
    const context: SimulatorContext = {
      client: this.client,
      log: (line) => {
        this.log(`${behaviour.name}: ${line}`);
      },
      enqueue: (resource, objectNamespace, objectName) => {
        this.enqueue(behaviour, this.watchedBy(behaviour, resource), objectNamespace, objectName);
      },
      requeueAfter: (delayMs) => {
        this.schedule(job, delayMs);
      },
    };
    try {
      const object = await this.client.get(watched.resource, name, namespace);
      await watched.reconcile(object, context);
    } catch (error) {
      if (isKubeApiError(error, 404)) return; // deleted meanwhile
      this.log(
        `${behaviour.name}: reconciling ${watched.resource.plural} ${namespace ?? ''}/${name} failed: ${(error as Error).message}`,
      );
      this.schedule(job, RETRY_DELAY_MS);
    }
  }

  private watchedBy(behaviour: Behaviour, resource: ResourceType): WatchedResource {
    const watched = behaviour.watches.find((candidate) => candidate.resource === resource);
    if (!watched)
      throw new Error(`${behaviour.name} does not watch ${resource.plural}.${resource.group}`);
    return watched;
  }
}
