import Type from 'typebox';
import { Finding } from './findings';

export const Readiness = Type.Union([
  Type.Literal('ready'),
  Type.Literal('action-needed'),
  Type.Literal('blocked'),
]);
export type Readiness = Type.Static<typeof Readiness>;

export const OverviewResponse = Type.Object({
  readiness: Readiness,
  findings: Type.Array(Finding),
  platform: Type.Optional(
    Type.Object({
      type: Type.String(),
      infrastructureName: Type.String(),
      region: Type.Optional(Type.String()),
    }),
  ),
  clusterVersion: Type.Optional(Type.String()),
  wmco: Type.Object({
    namespace: Type.String(),
    state: Type.Union([
      Type.Literal('not-installed'),
      Type.Literal('installing'),
      Type.Literal('installed'),
      Type.Literal('failed'),
      Type.Literal('unknown'),
    ]),
    /** The version judged by: installed, or what the catalog would install. */
    version: Type.Optional(Type.String()),
    fullVersion: Type.Optional(Type.String()),
    channel: Type.Optional(Type.String()),
    approval: Type.Optional(Type.String()),
    csvPhase: Type.Optional(Type.String()),
  }),
  counts: Type.Object({
    windowsNodes: Type.Integer(),
    readyNodes: Type.Integer(),
    machineSetNodes: Type.Integer(),
    byohNodes: Type.Integer(),
    windowsMachineSets: Type.Integer(),
    byohEntries: Type.Integer(),
    malformedByohEntries: Type.Integer(),
  }),
});
/** The overview with each finding's params typed by its code. */
export type OverviewResponse = Omit<Type.Static<typeof OverviewResponse>, 'findings'> & {
  findings: Finding[];
};
