import { effectivePullPolicy, linuxOnlyImageWord, privateRegistryReason } from './image-name';
import type { WorkloadFinding } from './workload-check-result';
import type { ContainerFacts, WorkloadFacts } from './workload-object';

/** What keeps one container off Windows nodes: its image, privileges, huge pages, registry. */
export function containerFindings(
  container: ContainerFacts,
  workload: WorkloadFacts,
): WorkloadFinding[] {
  const findings: WorkloadFinding[] = [];
  const image = container.image;
  const linuxWord = image ? linuxOnlyImageWord(image) : undefined;
  const common = { severity: 'blocked', container: container.name, guideSection: '3.4' } as const;
  if (image && linuxWord) {
    findings.push({
      ...common,
      id: 'linux-image',
      code: 'linux-image',
      params: { container: container.name, image, word: linuxWord },
      fix: { code: 'use-windows-image', params: {} },
      guideSection: '6.3',
    });
  }
  if (container.privileged) {
    findings.push({
      ...common,
      id: 'privileged',
      code: 'privileged',
      params: { container: container.name },
      fix: { code: 'remove-privileged', params: {} },
    });
  }
  if (container.hugePages.length > 0) {
    findings.push({
      ...common,
      id: 'huge-pages',
      code: 'huge-pages',
      params: { container: container.name, hugePages: container.hugePages },
      fix: { code: 'remove-huge-pages', params: {} },
    });
  }
  const registry = image ? privateRegistryReason(image, workload.imagePullSecrets) : undefined;
  if (image && registry) {
    const policy = effectivePullPolicy(image, container.imagePullPolicy);
    const params = { container: container.name, image, ...registry };
    findings.push(
      policy === 'Always'
        ? {
            ...common,
            id: 'private-registry',
            code: 'private-registry-pulled',
            params: { ...params, policy },
            fix: { code: 'pre-pull-if-not-present-or-public-registry', params: {} },
          }
        : {
            ...common,
            id: 'private-registry',
            severity: 'warning',
            code: 'private-registry',
            params,
            fix: { code: 'pre-pull-or-public-registry', params: {} },
          },
    );
  }
  return findings;
}
