import type { JoinDiagnosis } from '../../../contract/diagnostics';

function rank(diagnosis: JoinDiagnosis): number {
  const { timeline } = diagnosis;
  if (timeline.stuckAt !== undefined) return 0;
  return timeline.joined ? 2 : 1;
}

function nameOf({ subject }: JoinDiagnosis): string {
  return subject.kind === 'Machine' ? subject.name : subject.address;
}

/** Stuck joins first, then those under way, then the joined ones; by name within each. */
export function inJoinOrder(diagnoses: readonly JoinDiagnosis[]): JoinDiagnosis[] {
  return [...diagnoses].sort((a, b) => rank(a) - rank(b) || nameOf(a).localeCompare(nameOf(b)));
}
