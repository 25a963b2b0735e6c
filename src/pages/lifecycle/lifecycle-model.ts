import type {
  CompatibilityResponse,
  ImageVerdict,
  SupportState,
  WindowsWorkload,
} from '../../../server/contract/lifecycle';
import { forwardStepIds, type ReplacementView } from '../../../server/contract/replacement';

export type ForwardStep = (typeof forwardStepIds)[number];

export const verdictOrder: Record<ImageVerdict, number> = {
  'does-not-run': 0,
  unknown: 1,
  runs: 2,
};

/** A workload on a build: the worst of its images, an image its registry could not describe unknown. */
export function workloadVerdict(workload: WindowsWorkload, build: string): ImageVerdict {
  let worst: ImageVerdict = 'runs';
  for (const image of workload.images) {
    const verdict = image.failure
      ? 'unknown'
      : (image.verdicts.find((candidate) => candidate.build === build)?.verdict ?? 'unknown');
    if (verdictOrder[verdict] < verdictOrder[worst]) worst = verdict;
  }
  return worst;
}

export interface WorkloadRow {
  workload: WindowsWorkload;
  verdict: ImageVerdict;
}

/** The workloads judged for a move to `build`: those that break first, then the unknown, then the rest. */
export function workloadsForBuild(
  compatibility: CompatibilityResponse,
  build: string,
): WorkloadRow[] {
  return compatibility.workloads
    .map((workload) => ({ workload, verdict: workloadVerdict(workload, build) }))
    .sort(
      (a, b) =>
        verdictOrder[a.verdict] - verdictOrder[b.verdict] ||
        a.workload.namespace.localeCompare(b.workload.namespace) ||
        a.workload.name.localeCompare(b.workload.name),
    );
}

/** The build a move is judged against until the admin picks one: the newest judged. */
export function defaultTargetBuild(builds: CompatibilityResponse['builds']): string | undefined {
  return builds.at(-1)?.build;
}

export type StepVariant = 'success' | 'danger' | 'info' | 'pending';

/** How a step shows in the progress stepper. */
export function stepVariant(state: ReplacementView['steps'][number]['state']): StepVariant {
  switch (state) {
    case 'done':
      return 'success';
    case 'failed':
      return 'danger';
    case 'running':
    case 'confirmed':
      return 'info';
    case 'pending':
      return 'pending';
  }
}

/** The step the admin is asked to confirm now, if the replacement waits for one. */
export function stepToConfirm(view: ReplacementView): ForwardStep | undefined {
  if (view.status !== 'running') return undefined;
  const step =
    view.next.kind === 'await-confirmation'
      ? view.next.step
      : view.steps.find((candidate) => candidate.state === 'failed')?.id;
  return forwardStepIds.find((id) => id === step);
}

/** A replacement can be aborted until it has finished or rolled back. */
export function canAbort(view: ReplacementView): boolean {
  return view.status === 'running';
}

export type LabelStatus = 'success' | 'warning' | 'danger' | 'info';

const supportStatuses: Record<SupportState, LabelStatus> = {
  'unknown-build': 'warning',
  'past-end-of-support': 'danger',
  'below-required-build': 'danger',
  'unsupported-by-wmco': 'danger',
  'extended-only': 'warning',
  mainstream: 'success',
};

/** How a support state shows: the label's status next to its words. */
export function supportStatus(state: SupportState): LabelStatus {
  return supportStatuses[state];
}

const verdictStatuses: Record<ImageVerdict, LabelStatus> = {
  'does-not-run': 'danger',
  unknown: 'warning',
  runs: 'success',
};

export function verdictStatus(verdict: ImageVerdict): LabelStatus {
  return verdictStatuses[verdict];
}

/** The steps a replacement shows: the move's own, and the rollback's once it is aborted. */
export function shownSteps(view: ReplacementView): ReplacementView['steps'] {
  const rollingBack = view.status === 'rolling-back' || view.status === 'rolled-back';
  return view.steps.filter((step) => rollingBack || forwardStepIds.some((id) => id === step.id));
}

/**
 * The last request on a replacement: the resourceVersion of the record it was asked on, and the one it
 * left (absent while it is in flight).
 */
export interface LastRequest {
  before: string;
  after?: string;
}

/**
 * Whether a shown view may be acted on: no request in flight, and the view does not predate the last one
 * (a document still at `before` when the request changed the record was read before it).
 */
export function isSettled(last: LastRequest | undefined, shownVersion: string): boolean {
  if (!last) return true;
  if (last.after === undefined) return false;
  return last.after === last.before || shownVersion !== last.before;
}
