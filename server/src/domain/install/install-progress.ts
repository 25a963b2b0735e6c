import type { InstallProgress } from '../../../contract/install';
import type { ClusterServiceVersion, InstallPlan, Subscription } from '../openshift-objects';

/** Where an OLM install stands, from the Subscription, its InstallPlan and the CSV. */
export function deriveInstallProgress(
  subscription: Subscription | undefined,
  installPlan: InstallPlan | undefined,
  csv: ClusterServiceVersion | undefined,
): InstallProgress {
  const plan = installPlan?.metadata?.name
    ? {
        name: installPlan.metadata.name,
        phase: installPlan.status?.phase,
        approved: installPlan.spec?.approved ?? false,
      }
    : undefined;
  const csvView = csv?.metadata?.name
    ? {
        name: csv.metadata.name,
        version: csv.spec?.version,
        phase: csv.status?.phase,
        reason: csv.status?.reason,
        message: csv.status?.message,
      }
    : undefined;
  const stage = (): InstallProgress['stage'] => {
    if (!subscription) return 'not-started';
    if (csvView?.phase === 'Succeeded') return 'succeeded';
    if (csvView?.phase === 'Failed' || plan?.phase === 'Failed') return 'failed';
    if (plan && !plan.approved) return 'awaiting-approval';
    if (plan ?? csvView) return 'installing';
    return 'subscribed';
  };
  return {
    stage: stage(),
    subscriptionState: subscription?.status?.state,
    installPlan: plan,
    csv: csvView,
  };
}
