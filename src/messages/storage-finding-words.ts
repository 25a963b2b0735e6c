import type { FindingCatalogue } from '../../server/contract/findings';
import type { FindingText } from './finding-text';
import type { WordsFor } from './wording';

/** What the Overview says of storage drivers on Windows nodes. */
export const storageFindingWords = {
  'csi-daemon-set-conflict': (w, { namespace, name, driver, openshift, operatorNamespace }) => ({
    title: w.t(
      'DaemonSet {{name}} will conflict with the {{driver}} operator’s Windows DaemonSet',
      {
        name,
        driver,
      },
    ),
    detail: w.sentences(
      w.t(
        'On OpenShift {{openshift}} the CSI driver operator deploys the Windows node DaemonSet of {{driver}} itself, in {{operatorNamespace}}; DaemonSet {{name}} in {{namespace}} registers the same driver on the same nodes.',
        { openshift, driver, operatorNamespace, name, namespace },
      ),
      w.t(
        'Once the operator’s DaemonSet runs on the Windows nodes, delete {{name}} (oc delete daemonset {{name}} -n {{namespace}}).',
        { name, namespace },
      ),
    ),
  }),
} satisfies Partial<WordsFor<FindingCatalogue, FindingText>>;
