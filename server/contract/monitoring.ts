import Type from 'typebox';

/** What enabling WMCO's monitoring did: the label (if it was missing) and the pods restarted. */
export const MonitoringRestartResult = Type.Object({
  namespace: Type.String(),
  /** Whether the label was added now (false: it was there already). */
  labelAdded: Type.Boolean(),
  /** WMCO's pods deleted, which its Deployment replaces. */
  restartedPods: Type.Array(Type.String()),
});
export type MonitoringRestartResult = Type.Static<typeof MonitoringRestartResult>;
