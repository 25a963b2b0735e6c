import type { LifecycleResponse } from '../../../server/contract/lifecycle';
import type { ReplacementPreview, ReplacementRequest } from '../../../server/contract/replacement';

/**
 * The move a MachineSet starts from: to the newest supported version its nodes do not run yet, with
 * that version's image as the cluster already uses it (or the platform's public one).
 */
export function initialRequest(
  lifecycle: LifecycleResponse,
  machineSet: string | undefined,
): ReplacementRequest | undefined {
  const current = lifecycle.machineSets.find((candidate) => candidate.name === machineSet);
  if (!current) return undefined;
  const candidates = lifecycle.targets.filter(
    (target) => target.supported && !current.versions.includes(target.version),
  );
  const target = candidates.at(-1) ?? lifecycle.targets.at(-1);
  if (!target) return undefined;
  return { machineSet: current.name, targetVersion: target.version, image: target.image };
}

/** The preview's rule problems by the form field they belong to (`name`, `image.ami`). */
export function problemsByField(
  preview: ReplacementPreview | undefined,
): Record<string, ReplacementPreview['problems'][number]> {
  const byField: Record<string, ReplacementPreview['problems'][number]> = {};
  for (const problem of preview?.problems ?? []) byField[problem.field] ??= problem;
  return byField;
}
