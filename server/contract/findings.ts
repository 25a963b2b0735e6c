import Type from 'typebox';

export const Severity = Type.Union([
  Type.Literal('ok'),
  Type.Literal('warning'),
  Type.Literal('blocked'),
]);
export type Severity = Type.Static<typeof Severity>;

export const FindingArea = Type.Union([
  Type.Literal('access'),
  Type.Literal('platform'),
  Type.Literal('network'),
  Type.Literal('operator'),
  Type.Literal('keys'),
  Type.Literal('byoh'),
  Type.Literal('nodes'),
]);
export type FindingArea = Type.Static<typeof FindingArea>;

/** One judgement of the cluster against the guide: what, why, where the guide says so, and how to fix it. */
export const Finding = Type.Object({
  id: Type.String(),
  area: FindingArea,
  severity: Severity,
  title: Type.String(),
  detail: Type.String(),
  guideSection: Type.Optional(Type.String()),
  fix: Type.Optional(Type.Object({ label: Type.String(), route: Type.Optional(Type.String()) })),
});
export type Finding = Type.Static<typeof Finding>;
