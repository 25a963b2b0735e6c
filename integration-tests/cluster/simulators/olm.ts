// TEST DOUBLE standing in for OLM (Operator Lifecycle Manager's catalog and OLM operators); never
// part of the product. It plays what a real cluster does after someone subscribes to a package:
//   Subscription → InstallPlan (waits for approval when Manual) → ClusterServiceVersion,
//   whose phase then moves Pending → InstallReady → Installing → Succeeded about a second apart
//   (a channel head past the installed CSV gets an InstallPlan of its own: the update),
// writing every object through the real OLM CRDs so the API server validates their schemas.
// Packages come from PackageManifest objects (the stand-in CRD). Knob: the annotation
// CSV_FAILS_ANNOTATION on a PackageManifest makes its CSVs end in phase Failed with the
// annotation's text as message.
import { resources } from '../resources';
import { watch, type Behaviour } from './behaviour';
import type { ClusterServiceVersion, InstallPlan, OperatorGroup, Subscription } from './olm-api';
import { reconcileInstallPlan, reconcileSubscription } from './olm-catalog';
import { reconcileCsv, reconcileOperatorGroup } from './olm-operator';

export const olmSimulator: Behaviour = {
  name: 'olm-simulator',
  watches: [
    watch<Subscription>(resources.subscriptions, reconcileSubscription),
    watch<InstallPlan>(resources.installPlans, reconcileInstallPlan),
    watch<ClusterServiceVersion>(resources.clusterServiceVersions, reconcileCsv),
    watch<OperatorGroup>(resources.operatorGroups, reconcileOperatorGroup),
  ],
};
