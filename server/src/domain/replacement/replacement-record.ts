import Type from 'typebox';
import { forwardStepIds, rollbackStepIds } from '../../../contract/replacement';
import { parseStored } from '../stored-json';

/** The forward steps of a guided replacement, in order; each waits for the user's confirmation. */
export const forwardSteps = forwardStepIds;
/** What an abort undoes, in order, without further confirmation. */
export const rollbackSteps = rollbackStepIds;

export type ForwardStep = (typeof forwardSteps)[number];
export type RollbackStep = (typeof rollbackSteps)[number];
export type StepId = ForwardStep | RollbackStep;

const StepIdSchema = Type.Enum([...forwardSteps, ...rollbackSteps]);

const Problem = Type.Object({
  code: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});

const StepRecord = Type.Object({
  state: Type.Enum(['pending', 'confirmed', 'running', 'done', 'failed']),
  /** When it last changed state. */
  at: Type.Optional(Type.String()),
  failure: Type.Optional(Problem),
});

/**
 * A replacement's progress as kept in the cluster (a ConfigMap beside the MachineSets), so that a
 * reload, another tab or another BFF replica resumes at the same step.
 */
export const ReplacementRecord = Type.Object({
  plan: Type.Object({
    namespace: Type.String(),
    oldMachineSet: Type.String(),
    newMachineSet: Type.String(),
    /** The old MachineSet's replicas when the plan began: what the new one reaches, and a rollback restores. */
    replicas: Type.Integer({ minimum: 0 }),
    targetVersion: Type.String(),
    image: Type.Record(Type.String(), Type.String()),
    startedAt: Type.String(),
  }),
  status: Type.Enum(['running', 'rolling-back', 'finished', 'rolled-back']),
  steps: Type.Record(StepIdSchema, StepRecord),
  /** Old nodes this replacement cordoned: a rollback uncordons exactly these. */
  cordoned: Type.Array(Type.String()),
});
export type ReplacementRecord = Type.Static<typeof ReplacementRecord>;
export type StepRecord = Type.Static<typeof StepRecord>;
export type ReplacementPlan = ReplacementRecord['plan'];

/** A new record: every step pending. */
export function newReplacementRecord(plan: ReplacementPlan): ReplacementRecord {
  const steps = Object.fromEntries(
    [...forwardSteps, ...rollbackSteps].map((step) => [step, { state: 'pending' }]),
  ) as Record<StepId, StepRecord>;
  return { plan, status: 'running', steps, cordoned: [] };
}

/** The stored form, or undefined when absent or not ours to read (anyone may edit a ConfigMap). */
export function parseReplacementRecord(text: string | undefined): ReplacementRecord | undefined {
  return parseStored(ReplacementRecord, text);
}
