import type { JoinStep, JoinStepDetail, JoinTimeline } from '../../../contract/diagnostics';
import type { JoinEvent, JoinFacts } from './join-facts';

export type { JoinStep, JoinStepId, JoinTimeline } from '../../../contract/diagnostics';

/** How long WMCO usually takes: about 10 minutes from a Machine's creation to a Ready node. */
export const USUAL_JOIN_MS = 10 * 60 * 1000;

const setupReasons = new Set(['MachineSetup', 'InstanceSetup']);
const failureReasons = new Set(['MachineSetupFailure', 'InstanceSetupFailure']);
const sshTrouble =
  /ssh|handshake|unable to connect|connection refused|i\/o timeout|host key|no route to host/i;

function latest(events: JoinEvent[], reasons: Set<string>): JoinEvent | undefined {
  return events.filter((event) => reasons.has(event.reason)).sort((a, b) => b.at - a.at)[0];
}

function earliest(...times: (number | undefined)[]): number | undefined {
  const known = times.filter((time): time is number => time !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

type Judged = Omit<JoinStep, 'step' | 'tookMs'>;

function provisioned(facts: JoinFacts): JoinStep {
  const { subject } = facts;
  if (subject.kind === 'BYOH') return { step: 'listed', status: 'done', at: subject.listedAt };
  const phase = subject.phase ?? 'Provisioning';
  const detail: JoinStepDetail = { code: 'machine-phase', params: { phase } };
  if (phase === 'Failed')
    return { step: 'provisioned', status: 'failed', at: subject.phaseSince, detail };
  const done = phase === 'Provisioned' || phase === 'Running' || facts.node !== undefined;
  return done
    ? { step: 'provisioned', status: 'done', at: subject.phaseSince, detail }
    : { step: 'provisioned', status: 'waiting', detail };
}

export function deriveJoinTimeline(facts: JoinFacts, now: number): JoinTimeline {
  const { events, csrs, node } = facts;
  const setup = latest(events, setupReasons);
  const failure = latest(events, failureReasons);
  const nameRefused = latest(events, new Set(['NodeNameValidationFailed']));
  const failing = failure && (!setup || failure.at > setup.at) ? failure : undefined;
  const firstCsr = earliest(...csrs.map((csr) => csr.createdAt));
  const eventDetail = (event: JoinEvent): JoinStepDetail => ({
    code: 'wmco-event',
    params: { reason: event.reason, message: event.message },
  });

  const reachedBeyondSsh = setup !== undefined || firstCsr !== undefined || node !== undefined;
  const ssh: Judged =
    failing && sshTrouble.test(failing.message) && !reachedBeyondSsh
      ? { status: 'failed', at: failing.at, detail: eventDetail(failing) }
      : reachedBeyondSsh || failing
        ? { status: 'done' }
        : { status: 'waiting' };

  const configured: Judged = failing
    ? { status: 'failed', at: failing.at, detail: eventDetail(failing) }
    : reachedBeyondSsh
      ? { status: 'done', at: earliest(setup?.at, firstCsr, node?.createdAt) }
      : { status: 'waiting' };

  const pending = csrs.filter((csr) => csr.approvedAt === undefined && csr.deniedAt === undefined);
  const denied = csrs.find((csr) => csr.deniedAt !== undefined);
  const approvedAt = csrs
    .map((csr) => csr.approvedAt)
    .filter((at): at is number => at !== undefined);
  const csrStep: Judged =
    nameRefused && !node
      ? { status: 'failed', at: nameRefused.at, detail: eventDetail(nameRefused) }
      : denied
        ? {
            status: 'failed',
            at: denied.deniedAt,
            detail: { code: 'csr-denied', params: { csr: denied.name } },
          }
        : pending.length > 0
          ? {
              status: 'waiting',
              detail: {
                code: 'csrs-pending',
                params: { csrs: pending.map((c) => c.name).join(', ') },
              },
            }
          : approvedAt.length > 0 || node
            ? { status: 'done', at: approvedAt.length > 0 ? Math.max(...approvedAt) : undefined }
            : { status: 'waiting' };

  const nodeStep: Judged = node ? { status: 'done', at: node.createdAt } : { status: 'waiting' };
  const ready: Judged = node?.ready
    ? { status: 'done', at: node.readySince }
    : {
        status: 'waiting',
        ...(node
          ? { detail: { code: 'node-not-ready', params: { message: node.readyMessage ?? '' } } }
          : {}),
      };

  const judged: JoinStep[] = [
    provisioned(facts),
    { step: 'ssh', ...ssh },
    { step: 'configured', ...configured },
    { step: 'csrs', ...csrStep },
    { step: 'node', ...nodeStep },
    { step: 'ready', ...ready },
  ];
  return summarise(judged, facts, now);
}

/** Marks the steps after the first unfinished one pending, times each step, and finds where it is stuck. */
function summarise(judged: JoinStep[], facts: JoinFacts, now: number): JoinTimeline {
  const firstOpen = judged.findIndex((step) => step.status !== 'done');
  // A BYOH entry's listing time is seldom known: then the first thing the cluster shows of it.
  const startedAt =
    (facts.subject.kind === 'Machine' ? facts.subject.createdAt : facts.subject.listedAt) ??
    earliest(
      ...facts.events.map((event) => event.at),
      ...facts.csrs.map((csr) => csr.createdAt),
      facts.node?.createdAt,
    );
  let previous = startedAt;
  const steps = judged.map((step, index): JoinStep => {
    if (firstOpen >= 0 && index > firstOpen) return { step: step.step, status: 'pending' };
    const tookMs =
      step.at !== undefined && previous !== undefined ? Math.max(0, step.at - previous) : undefined;
    if (step.at !== undefined) previous = step.at;
    return tookMs === undefined ? step : { ...step, tookMs };
  });
  const open = firstOpen >= 0 ? steps[firstOpen] : undefined;
  const joined = open === undefined;
  const endedAt = joined ? (steps.at(-1)?.at ?? now) : now;
  const elapsedMs = startedAt === undefined ? undefined : Math.max(0, endedAt - startedAt);
  const late = elapsedMs !== undefined && elapsedMs > USUAL_JOIN_MS;
  const stuckAt = open && (open.status === 'failed' || late) ? open.step : undefined;
  return {
    steps,
    startedAt,
    elapsedMs,
    usualMs: USUAL_JOIN_MS,
    openStep: open?.step,
    stuckAt,
    joined,
  };
}
