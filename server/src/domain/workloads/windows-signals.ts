import type { V1RuntimeClass } from '@kubernetes/client-node';
import type { CheckResult } from '../../../contract/workloads';
import { wmcoNames } from '../wmco-names';
import { looksLikeWindowsImage } from './image-name';
import { tolerates, windowsTaint } from './node-scheduling';
import type { WorkloadFacts } from './workload-object';

type Signal = CheckResult['signals'][number];

/** Why the checker takes the workload for a Windows one; empty means a Linux workload. */
export function windowsSignals(workload: WorkloadFacts, runtimeClass: V1RuntimeClass | undefined) {
  const signals: Signal[] = [];
  const none = {};
  if (workload.osName === 'windows') signals.push({ code: 'os-name', params: none });
  if (workload.nodeSelector[wmcoNames.osLabel] === 'windows') {
    signals.push({ code: 'node-selector-os', params: none });
  }
  if (workload.nodeSelector[wmcoNames.windowsBuildLabel]) {
    signals.push({ code: 'node-selector-build', params: none });
  }
  if (workload.runtimeClassName) {
    const selectsWindows =
      runtimeClass?.scheduling?.nodeSelector?.[wmcoNames.osLabel] === 'windows';
    if (selectsWindows || /windows/i.test(workload.runtimeClassName)) {
      signals.push({ code: 'runtime-class', params: { runtimeClass: workload.runtimeClassName } });
    }
  }
  if (workload.tolerations.some((t) => t.key === 'os' && tolerates(t, windowsTaint))) {
    signals.push({ code: 'toleration', params: none });
  }
  const images = [
    ...new Set(
      workload.containers.flatMap((container) =>
        container.image && looksLikeWindowsImage(container.image) ? [container.image] : [],
      ),
    ),
  ];
  for (const image of images) signals.push({ code: 'windows-image', params: { image } });
  if (workload.containers.some((container) => container.windowsOptions)) {
    signals.push({ code: 'windows-options', params: none });
  }
  return signals;
}
