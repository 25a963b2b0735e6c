// What kubelet reports for a Windows node, shared by the scenario seeds that hold Windows nodes and
// the Machine API simulator that adds them (TEST DOUBLE material, never part of the product).
import { randomUUID } from 'node:crypto';
import { timestampSecondsAgo } from '../scenarios/seed';

/** Windows Server builds as kubelet reports them: the label, a patched kernel and the OS image. */
export const windowsBuilds = {
  '10.0.17763': { revision: 6893, osImage: 'Windows Server 2019 Datacenter' },
  '10.0.20348': { revision: 2340, osImage: 'Windows Server 2022 Datacenter' },
  '10.0.26100': { revision: 3476, osImage: 'Windows Server 2025 Datacenter' },
} as const;
export type WindowsBuild = keyof typeof windowsBuilds;

/** The labels kubelet and WMCO put on every Windows node. */
export function windowsNodeLabels(name: string, build: WindowsBuild): Record<string, string> {
  return {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'windows',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'windows',
    'node.kubernetes.io/windows-build': build,
    'node.openshift.io/os_id': 'Windows',
  };
}

/** Kubelet's conditions: no pressure, Ready as given (NotReady: no CNI yet), since `since`. */
export function kubeletConditions(ready: boolean, since: string): object[] {
  const pressure: [string, string, string][] = [
    ['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
    ['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
    ['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
  ];
  const readiness = ready
    ? ['True', 'KubeletReady', 'kubelet is posting ready status']
    : [
        'False',
        'KubeletNotReady',
        'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
      ];
  return [
    ...pressure.map(([type, reason, message]) => ({ type, status: 'False', reason, message })),
    { type: 'Ready', status: readiness[0], reason: readiness[1], message: readiness[2] },
  ].map((condition) => ({
    ...condition,
    lastHeartbeatTime: timestampSecondsAgo(10),
    lastTransitionTime: since,
  }));
}

export function windowsNodeInfo(build: WindowsBuild): object {
  return {
    architecture: 'amd64',
    bootID: '',
    containerRuntimeVersion: 'containerd://1.7.27',
    kernelVersion: `${build}.${String(windowsBuilds[build].revision)}`,
    kubeProxyVersion: 'v1.35.3',
    kubeletVersion: 'v1.35.3',
    machineID: '',
    operatingSystem: 'windows',
    osImage: windowsBuilds[build].osImage,
    systemUUID: randomUUID().toUpperCase(),
  };
}
