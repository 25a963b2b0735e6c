import type {
  ReplacementsResponse,
  ReplacementView,
  StartReplacementRequest,
} from '../../../contract/replacement';
import {
  abortReplacement,
  confirmStep,
  currentStep,
  failStep,
  reconcile,
  type RecordChange,
  type ReplacementAction,
} from '../../domain/replacement/replacement-progress';
import {
  newReplacementRecord,
  type ForwardStep,
  type ReplacementRecord,
} from '../../domain/replacement/replacement-record';
import { replacementView } from '../../domain/replacement/replacement-view';
import { HttpError } from '../../errors/http-error';
import type { RegistryReader } from '../../registry/registry-reader';
import type { KubeApi } from '../api/kube-api';
import type { ClusterReader } from '../reader/cluster-reader';
import type { WriteQueue } from '../writes/write-queue';
import { performAction } from './replacement-actions';
import { observeReplacement } from './replacement-observer';
import { planReplacement } from './replacement-planner';
import {
  changeReplacementRecord,
  readReplacementRecord,
  readReplacementRecords,
} from './replacement-store';

/** What a replacement route acts with: everything as the caller. */
export interface ReplacementTools {
  reader: ClusterReader;
  api: KubeApi;
  queue: WriteQueue;
  registry: RegistryReader;
}

const isActive = (record: ReplacementRecord | undefined) =>
  record?.status === 'running' || record?.status === 'rolling-back';

/** Every replacement the caller may read, each with what the cluster shows of it now. */
export async function readReplacements(
  reader: ClusterReader,
  now: number,
): Promise<ReplacementsResponse> {
  const at = new Date(now).toISOString();
  const stored = await readReplacementRecords(reader);
  const replacements = await Promise.all(
    stored.map(async (entry) =>
      replacementView(entry, await observeReplacement(reader, entry.record.plan), at),
    ),
  );
  return { replacements, unreadable: reader.unreadable() };
}

/** The replacement's view as the API server holds it now, read afresh. */
async function viewNow(reader: ClusterReader, machineSet: string): Promise<ReplacementView> {
  const stored = await readReplacementRecord(reader, machineSet);
  if (!stored) throw new HttpError(404, { code: 'no-replacement', params: { machineSet } });
  const at = new Date().toISOString();
  return replacementView(stored, await observeReplacement(reader.fresh(), stored.record.plan), at);
}

/**
 * One turn: the record reconciled with the cluster as it is now and written first (with its
 * resourceVersion as precondition, so the record is ahead of what the cluster sees), then the next
 * action done as the caller. A failed action marks its step failed; the user retries or aborts.
 */
export async function advanceReplacement(
  tools: ReplacementTools,
  machineSet: string,
): Promise<ReplacementView> {
  const reader = tools.reader.fresh();
  const stored = await readReplacementRecord(reader, machineSet);
  if (!stored) throw new HttpError(404, { code: 'no-replacement', params: { machineSet } });
  const { plan } = stored.record;
  const seen = await observeReplacement(reader, plan);
  const now = new Date().toISOString();
  let action: ReplacementAction = { kind: 'none' };
  let step = currentStep(stored.record);
  await changeReplacementRecord(tools.api, tools.queue, machineSet, (current) => {
    // A record that began another replacement since is left alone.
    if (current?.plan.startedAt !== plan.startedAt) return undefined;
    const turn = reconcile(current, seen, now);
    action = turn.action;
    step = currentStep(turn.record);
    return JSON.stringify(turn.record) === JSON.stringify(current) ? undefined : turn.record;
  });
  const failure = await performAction(reader, tools.api, plan, action);
  if (failure && step) {
    const failed = step;
    await changeReplacementRecord(tools.api, tools.queue, machineSet, (current) =>
      current?.plan.startedAt === plan.startedAt
        ? failStep(current, failed, failure, now)
        : undefined,
    );
  }
  return viewNow(reader, machineSet);
}

/** A change the user asked for (confirm, abort), refused with its reason when it does not apply. */
async function changeAsked(
  tools: ReplacementTools,
  machineSet: string,
  change: (record: ReplacementRecord, now: string) => RecordChange,
): Promise<ReplacementView> {
  const now = new Date().toISOString();
  await changeReplacementRecord(tools.api, tools.queue, machineSet, (current) => {
    if (!current) throw new HttpError(404, { code: 'no-replacement', params: { machineSet } });
    const changed = change(current, now);
    if ('refused' in changed) throw new HttpError(409, changed.refused);
    return changed.record;
  });
  return advanceReplacement(tools, machineSet);
}

export function confirmReplacementStep(
  tools: ReplacementTools,
  machineSet: string,
  step: ForwardStep,
): Promise<ReplacementView> {
  return changeAsked(tools, machineSet, (record, now) => confirmStep(record, step, now));
}

export function abortReplacementOf(
  tools: ReplacementTools,
  machineSet: string,
): Promise<ReplacementView> {
  return changeAsked(tools, machineSet, abortReplacement);
}

/**
 * Starts a replacement after checking it again, afresh, exactly as previewed: refused with the
 * first problem's field while the new MachineSet breaks a rule, refused while anything blocks it,
 * and refused while another replacement of the MachineSet is under way. Nothing in the cluster
 * changes but the record: the first step waits for its confirmation.
 */
export async function startReplacement(
  tools: ReplacementTools,
  request: StartReplacementRequest,
): Promise<ReplacementView> {
  const reader = tools.reader.fresh();
  const machineSet = request.machineSet;
  const inProgress = (record: ReplacementRecord | undefined) =>
    new HttpError(409, {
      code: 'replacement-in-progress',
      params: { machineSet, newMachineSet: record?.plan.newMachineSet ?? '' },
    });
  const existing = await readReplacementRecord(reader, machineSet);
  if (isActive(existing?.record)) throw inProgress(existing?.record);
  const { confirmed: _confirmed, ...asked } = request;
  const { preview } = await planReplacement(
    reader,
    tools.api,
    tools.registry,
    asked,
    new Date().toISOString(),
  );
  const [problem] = preview.problems;
  if (problem) {
    const field = problem.field.startsWith('spec.') ? 'body.machineSet' : `body.${problem.field}`;
    throw new HttpError(
      400,
      { code: 'machine-set-invalid', params: { count: preview.problems.length } },
      field,
    );
  }
  const [blocker] = preview.blockers;
  if (blocker) {
    throw new HttpError(409, {
      code: 'replacement-blocked',
      params: { count: preview.blockers.length, first: blocker.code },
    });
  }
  await changeReplacementRecord(tools.api, tools.queue, machineSet, (current) => {
    if (isActive(current)) throw inProgress(current);
    return newReplacementRecord(preview.plan);
  });
  return viewNow(reader, machineSet);
}
