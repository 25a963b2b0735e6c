// Starts a real Kubernetes control plane on loopback (embedded etcd + kube-apiserver, optionally
// kube-controller-manager) in a temporary directory, installs the OpenShift/OLM CRDs and seeds a
// scenario. Recipe and flags: ../shared/notes/local-apiserver.md.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureLocalClusterBinary } from './binary';
import { ControlPlaneProcess } from './control-plane-process';
import { installCrds, waitUntilCustomResourcesServed } from './crds';
import { writeCredentials, type UserName } from './credentials';
import { freePort } from './free-port';
import { KubeClient } from './kube-client';
import { writeKubeconfig } from './kubeconfig';
import { imageRegistryScenarios, scenarioNames, scenarios } from './scenarios/index';
import { startImageRegistries, type ImageRegistries } from '../registry/image-registries';
import { writeKubeletPki, type KubeletPki } from '../windows-kubelets/kubelet-pki';
import {
  startSimulatedNodeNetwork,
  type SimulatedNodeNetwork,
} from '../windows-kubelets/simulated-node-network';

const READY_TIMEOUT_MS = 90_000;

export interface LocalClusterOptions {
  /** A name from scenarioNames; without one the cluster only has the CRDs. */
  scenario?: string;
  /**
   * Run kube-controller-manager (namespace deletion, garbage collection, default service accounts).
   */
  controllerManager?: boolean;
  /**
   * Install the reference CRDs from ../shared/crds where present (default); false: only the
   * project's fallbacks.
   */
  referenceCrds?: boolean;
  /** More kube-apiserver flags, kept across restarts (e.g. `--etcd-compaction-interval=2s`). */
  apiServerFlags?: string[];
  log?: (line: string) => void;
}

export interface LocalCluster {
  server: string; // https://127.0.0.1:<port>
  caData: string; // PEM of the serving CA
  caFile: string;
  tokens: Record<UserName, string>;
  users: Record<UserName, string>;
  kubeconfigPath(user: UserName): string;
  /** A client acting as `admin` (close it when done). */
  adminClient(): KubeClient;
  dir: string;
  /** The local OCI registries with the crafted Windows images, for scenarios whose workloads name them. */
  imageRegistry?: ImageRegistries;
  /** The certificates between kube-apiserver and the simulated kubelets. */
  kubeletPki: KubeletPki;
  /** How kube-apiserver reaches nodes' kubelets: routes to simulated kubelets on loopback. */
  nodeNetwork: SimulatedNodeNetwork;
  stop(): Promise<void>;
  /**
   * Kills kube-apiserver (like a crash: a graceful stop would wait a minute for open watches) and
   * starts it again on the same port, data and serving certificate, for outage tests. Resolves once
   * all resources are served again.
   */
  restartApiServer(): Promise<void>;
}

export async function startLocalCluster(options: LocalClusterOptions = {}): Promise<LocalCluster> {
  const log = options.log ?? (() => {});
  const seed = options.scenario === undefined ? undefined : scenarios[options.scenario];
  if (options.scenario !== undefined && !seed) {
    throw new Error(`Unknown scenario "${options.scenario}"; known: ${scenarioNames.join(', ')}`);
  }
  const binary = await ensureLocalClusterBinary();
  const dir = await mkdtemp(path.join(tmpdir(), 'windows-nodes-cluster-'));
  const cluster = new RunningCluster(binary, dir, log);
  try {
    await cluster.start(
      options.controllerManager ?? false,
      options.referenceCrds ?? true,
      options.apiServerFlags ?? [],
    );
    if (seed) {
      const started = Date.now();
      if (options.scenario && imageRegistryScenarios.has(options.scenario)) {
        cluster.imageRegistry = await startImageRegistries();
        log(
          `Image registries with the crafted Windows images at ${Object.values(cluster.imageRegistry.hosts).join(', ')}.`,
        );
      }
      const client = cluster.adminClient();
      try {
        await seed(client, { imageRegistry: cluster.imageRegistry });
      } finally {
        client.close();
      }
      log(`Seeded scenario ${options.scenario} in ${Date.now() - started} ms.`);
    }
    return cluster;
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

class RunningCluster implements LocalCluster {
  server = '';
  caData = '';
  readonly caFile: string;
  tokens: Record<UserName, string> = { admin: '', limited: '' };
  readonly users: Record<UserName, string> = { admin: 'admin', limited: 'limited' };
  kubeletPki!: KubeletPki;
  private network: SimulatedNodeNetwork | undefined;
  private apiServerArgs: string[] = [];
  private apiServerEnv: Record<string, string> = {};
  private apiServer: ControlPlaneProcess | undefined;
  private controllerManager: ControlPlaneProcess | undefined;
  private stopped: Promise<void> | undefined;
  imageRegistry?: ImageRegistries;

  constructor(
    private readonly binary: string,
    readonly dir: string,
    private readonly log: (line: string) => void,
  ) {
    this.caFile = path.join(dir, 'pki', 'apiserver.crt');
  }

  kubeconfigPath(user: UserName): string {
    return path.join(this.dir, `kubeconfig-${user}`);
  }

  get nodeNetwork(): SimulatedNodeNetwork {
    if (!this.network) throw new Error('the node network starts with the cluster');
    return this.network;
  }

  adminClient(): KubeClient {
    return new KubeClient({ server: this.server, caData: this.caData, token: this.tokens.admin });
  }

  async start(
    withControllerManager: boolean,
    referenceCrds: boolean,
    apiServerFlags: string[],
  ): Promise<void> {
    const [etcdPort, etcdPeerPort, port] = [await freePort(), await freePort(), await freePort()];
    const credentials = await writeCredentials(this.dir);
    this.tokens = credentials.tokens;
    this.server = `https://127.0.0.1:${port}`;
    await mkdir(path.join(this.dir, 'etcd'));
    this.kubeletPki = await writeKubeletPki(this.dir);
    this.network = await startSimulatedNodeNetwork(this.dir);
    this.apiServerEnv = {
      LOCALCLUSTER_ETCD_DIR: path.join(this.dir, 'etcd'),
      LOCALCLUSTER_ETCD_PORT: String(etcdPort),
      LOCALCLUSTER_ETCD_PEER_PORT: String(etcdPeerPort),
    };
    this.apiServerArgs = [
      'apiserver',
      `--etcd-servers=http://127.0.0.1:${etcdPort}`,
      '--bind-address=127.0.0.1',
      `--secure-port=${port}`,
      '--advertise-address=127.0.0.1',
      // kube-apiserver writes its self-signed serving certificate (apiserver.crt) here
      `--cert-dir=${path.dirname(this.caFile)}`,
      '--service-cluster-ip-range=10.0.0.0/24',
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      `--service-account-key-file=${credentials.serviceAccountKeyFile}`,
      `--service-account-signing-key-file=${credentials.serviceAccountKeyFile}`,
      `--token-auth-file=${credentials.tokenFile}`,
      '--authorization-mode=Node,RBAC',
      '--endpoint-reconciler-type=none', // nothing runs in-cluster to reach the kubernetes Service
      '--disable-admission-plugins=ServiceAccount', // pods need no service-account tokens here
      // The node proxy (/api/v1/nodes/<node>/proxy/logs/) to the simulated Windows kubelets.
      `--kubelet-client-certificate=${this.kubeletPki.clientCertFile}`,
      `--kubelet-client-key=${this.kubeletPki.clientKeyFile}`,
      `--kubelet-certificate-authority=${this.kubeletPki.caFile}`,
      '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname',
      `--egress-selector-config-file=${this.nodeNetwork.egressSelectorConfigFile}`,
      ...apiServerFlags,
    ];
    await this.startApiServer();

    for (const user of ['admin', 'limited'] as const) {
      await writeKubeconfig(this.kubeconfigPath(user), {
        server: this.server,
        caData: this.caData,
        user,
        token: this.tokens[user],
      });
    }
    if (withControllerManager) {
      this.controllerManager = ControlPlaneProcess.start(
        'kube-controller-manager',
        this.binary,
        [
          'controller-manager',
          `--kubeconfig=${this.kubeconfigPath('admin')}`,
          '--controllers=namespace-controller,garbage-collector-controller,serviceaccount-controller',
          '--leader-elect=false',
          '--use-service-account-credentials=false',
          '--secure-port=0', // no metrics/health endpoint needed
        ],
        { logFile: path.join(this.dir, 'kube-controller-manager.log') },
      );
    }

    const started = Date.now();
    const client = this.adminClient();
    try {
      const crds = await installCrds(client, referenceCrds);
      this.log(
        `Installed ${crds.fromReference.length} reference and ${crds.fromProject.length} project CRDs ` +
          `(Established) in ${Date.now() - started} ms.`,
      );
    } finally {
      client.close();
    }
    const controllerManagerExit = this.controllerManager?.exitStatus;
    if (controllerManagerExit !== undefined) {
      throw new Error(
        `kube-controller-manager exited (${controllerManagerExit}):\n${this.controllerManager?.tail() ?? ''}`,
      );
    }
  }

  async restartApiServer(): Promise<void> {
    await this.apiServer?.stop(0);
    await this.startApiServer();
    const client = this.adminClient();
    try {
      await waitUntilCustomResourcesServed(client);
    } finally {
      client.close();
    }
  }

  stop(): Promise<void> {
    this.stopped ??= (async () => {
      // Controller manager first: kube-apiserver's graceful stop waits for open watches to end.
      await this.controllerManager?.stop();
      await this.apiServer?.stop();
      await this.imageRegistry?.stop();
      await this.network?.close();
      await rm(this.dir, { recursive: true, force: true });
    })();
    return this.stopped;
  }

  private async startApiServer(): Promise<void> {
    const started = Date.now();
    const apiServer = ControlPlaneProcess.start('kube-apiserver', this.binary, this.apiServerArgs, {
      env: this.apiServerEnv,
      logFile: path.join(this.dir, 'kube-apiserver.log'),
    });
    this.apiServer = apiServer;
    this.caData = await this.waitUntilReady(apiServer);
    this.log(
      `kube-apiserver ready at ${this.server} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  }

  /**
   * Polls /readyz with the admin token, trusting the serving certificate once it exists; returns
   * its PEM.
   */
  private async waitUntilReady(apiServer: ControlPlaneProcess): Promise<string> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let lastError = 'no serving certificate yet';
    while (Date.now() < deadline) {
      const exit = apiServer.exitStatus;
      if (exit !== undefined) {
        throw new Error(
          `kube-apiserver exited (${exit}) before it was ready. Last log lines:\n${apiServer.tail()}`,
        );
      }
      const caData = await readFile(this.caFile, 'utf8').catch(() => undefined);
      if (caData) {
        const client = new KubeClient({ server: this.server, caData, token: this.tokens.admin });
        try {
          await client.request('GET', '/readyz');
          return caData;
        } catch (error) {
          lastError = (error as Error).message;
        } finally {
          client.close();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `kube-apiserver not ready after ${READY_TIMEOUT_MS / 1000} s (${lastError}). Last log lines:\n${apiServer.tail()}`,
    );
  }
}
