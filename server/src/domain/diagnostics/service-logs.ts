import type { ServiceLogId } from '../../../contract/node-logs';

export type { ServiceLogId } from '../../../contract/node-logs';

/**
 * The services WMCO runs on every Windows node and where each logs, below the kubelet's log root
 * (C:\var\log): kube-log-runner writes <folder>/<service>.log; WICD writes klog's files itself;
 * WMCO 7.x's kube-proxy wrote klog's kube-proxy.exe.INFO. `provider` is the name the kubelet's
 * system log query (`/logs/?query=`) takes: the Windows service's name.
 */
export const serviceLogs = [
  { service: 'kubelet', provider: 'kubelet', files: ['kubelet/kubelet.log'] },
  { service: 'containerd', provider: 'containerd', files: ['containerd/containerd.log'] },
  {
    service: 'kube-proxy',
    provider: 'kube-proxy',
    files: ['kube-proxy/kube-proxy.log', 'kube-proxy/kube-proxy.exe.INFO'],
  },
  {
    service: 'hybrid-overlay',
    provider: 'hybrid-overlay-node',
    files: ['hybrid-overlay/hybrid-overlay.log'],
  },
  {
    service: 'wicd',
    provider: 'windows-instance-config-daemon',
    files: ['wicd/windows-instance-config-daemon.exe.INFO'],
  },
  {
    service: 'windows_exporter',
    provider: 'windows_exporter',
    files: ['windows_exporter/windows_exporter.log'],
  },
  { service: 'csi-proxy', provider: 'csi-proxy', files: ['csi-proxy/csi-proxy.log'] },
] as const satisfies readonly { service: ServiceLogId; provider: string; files: string[] }[];

export type ServiceLog = (typeof serviceLogs)[number];

export const serviceLogIds: readonly ServiceLogId[] = serviceLogs.map((entry) => entry.service);

export function serviceLog(service: ServiceLogId): ServiceLog {
  const found = serviceLogs.find((entry) => entry.service === service);
  if (!found) throw new Error(`unknown service ${service}`);
  return found;
}

/** The `oc` command that reads the same log with the same right (get nodes/proxy). */
export function nodeLogsCommand(node: string, logPath: string): string {
  // i18n-exempt: a command to run, the same in every language
  return `oc adm node-logs ${node} --path=${logPath}`;
}
