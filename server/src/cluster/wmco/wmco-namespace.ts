import { wmcoNames } from '../../domain/wmco-names';
import type { Subscription } from '../../domain/openshift-objects';

/** WMCO's namespace is wherever its Subscription lives; before install, the guide's default. */
export function wmcoNamespaceOf(subscription: Subscription | undefined): string {
  return subscription?.metadata?.namespace ?? wmcoNames.defaultNamespace;
}
