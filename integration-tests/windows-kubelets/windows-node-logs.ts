// What C:\var\log holds on a Windows node WMCO configured (TEST DOUBLE material), filled from the
// recorded fixtures in ./fixtures: one folder per service at the paths WMCO's services write
// (kube-log-runner's <service>/<service>.log; WICD's klog files under wicd/), plus the kubelet's
// containers/ and pods/ folders.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SimulatedLogFile, type GeneratedLines } from './simulated-log-file';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The services whose logs a Windows node keeps, and where (relative to C:\var\log). */
export const windowsServiceLogPaths = {
  kubelet: 'kubelet/kubelet.log',
  containerd: 'containerd/containerd.log',
  'kube-proxy': 'kube-proxy/kube-proxy.log',
  'hybrid-overlay-node': 'hybrid-overlay/hybrid-overlay.log',
  'windows-instance-config-daemon': 'wicd/windows-instance-config-daemon.exe.INFO',
  windows_exporter: 'windows_exporter/windows_exporter.log',
  'csi-proxy': 'csi-proxy/csi-proxy.log',
} as const;
export type WindowsService = keyof typeof windowsServiceLogPaths;

const fixtureOf: Record<WindowsService, string> = {
  kubelet: 'kubelet.log',
  containerd: 'containerd.log',
  'kube-proxy': 'kube-proxy.log',
  'hybrid-overlay-node': 'hybrid-overlay.log',
  'windows-instance-config-daemon': 'windows-instance-config-daemon.log',
  windows_exporter: 'windows_exporter.log',
  'csi-proxy': 'csi-proxy.log',
};

/** An entry of the Application event log, as Get-WinEvent returns it. */
export interface EventLogEntry {
  provider: string;
  time: Date;
  id: number;
  level: 'Information' | 'Warning' | 'Error';
  message: string;
}

export interface WindowsNodeLogs {
  /** Files by path relative to the log root (forward slashes); folders are implied. */
  files: Map<string, SimulatedLogFile>;
  /** Folders that exist but hold no file. */
  emptyFolders: Set<string>;
  /** The Application event log; its providers answer `?query=<provider>` natively. */
  eventLog: EventLogEntry[];
}

export interface WindowsNodeLogOptions {
  nodeName: string;
  address: string;
  wmcoVersion?: string;
  /** Services that left no log (not started, or removed). */
  missing?: readonly WindowsService[];
  /** Lines a scenario adds after a service's recorded text. */
  extraLines?: Partial<Record<WindowsService, string>>;
  /** A generated bulk of this many bytes before the kubelet log's recorded text. */
  kubeletBulkBytes?: number;
  /** The legacy layout of WMCO 7.x: kube-proxy wrote klog's kube-proxy.exe.INFO. */
  legacyKubeProxy?: boolean;
  eventLog?: EventLogEntry[];
}

function recorded(service: WindowsService, options: WindowsNodeLogOptions): string {
  const text = readFileSync(path.join(fixtures, fixtureOf[service]), 'utf8')
    .replaceAll('{{node}}', options.nodeName)
    .replaceAll('{{ip}}', options.address)
    .replaceAll('{{wmcoVersion}}', options.wmcoVersion ?? '10.22.0-5c2e1f9');
  return text + (options.extraLines?.[service] ?? '');
}

const BULK_LINE_LENGTH = 160;

/** Kubelet lines of a fixed width, 10 ms apart, ending before the recorded text begins. */
export function kubeletBulk(bytes: number): GeneratedLines {
  const count = Math.floor(bytes / BULK_LINE_LENGTH);
  const start = Date.UTC(2025, 7, 12, 10, 21, 0) - count * 10;
  return {
    lineLength: BULK_LINE_LENGTH,
    count,
    line(index) {
      const at = new Date(start + index * 10);
      const stamp = `${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}.${String(at.getUTCMilliseconds()).padStart(3, '0')}000`;
      const head = `I${stamp}    4312 kubelet.go:2475] "SyncLoop (housekeeping)" sequence=${String(index).padStart(10, '0')}`;
      return `${head.padEnd(BULK_LINE_LENGTH - 1, ' ')}\n`;
    },
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function windowsNodeLogs(options: WindowsNodeLogOptions): WindowsNodeLogs {
  const files = new Map<string, SimulatedLogFile>();
  for (const service of Object.keys(windowsServiceLogPaths) as WindowsService[]) {
    if (options.missing?.includes(service)) continue;
    let logPath: string = windowsServiceLogPaths[service];
    if (service === 'kube-proxy' && options.legacyKubeProxy)
      logPath = 'kube-proxy/kube-proxy.exe.INFO';
    const bulk =
      service === 'kubelet' && options.kubeletBulkBytes
        ? kubeletBulk(options.kubeletBulkBytes)
        : undefined;
    files.set(logPath, new SimulatedLogFile(recorded(service, options), bulk));
  }
  return {
    files,
    emptyFolders: new Set(['containers', 'pods']),
    eventLog: options.eventLog ?? [],
  };
}
