import type { FindingCatalogue } from '../../server/contract/findings';
import type { FindingText } from './finding-text';
import { unsupportedFeatureName } from './unsupported-feature-words';
import type { WordsFor } from './wording';

/** The guide's rules on WMCO's own versions and monitoring, and what Windows nodes do not support. */
export const guideFindingWords = {
  'wmco-7-1-needs-cluster-4-12-3': (w, { wmco, openshift, target }) => ({
    title: w.t('Update the cluster to 4.12.3 before WMCO 7.1.0'),
    detail: w.sentences(
      w.t(
        'WMCO {{wmco}} runs on OpenShift {{openshift}}; the update to WMCO 7.1.0 fails on clusters older than 4.12.3. Update the cluster first.',
        { wmco, openshift },
      ),
      ...(target ? [w.t('OLM is updating WMCO to {{target}} now.', { target })] : []),
    ),
  }),
  'wmco-7-0-0-custom-namespace': (w, { namespace, defaultNamespace, approval }) => ({
    title: w.t('WMCO 7.0.0 cannot run in namespace {{namespace}}', { namespace }),
    detail:
      approval === 'Automatic'
        ? w.t(
            'WMCO 7.0.0 supports only {{defaultNamespace}}. Use 7.0.1 or later, and set the Subscription to Manual approval so that 7.0.0 is not installed.',
            { defaultNamespace },
          )
        : w.t('WMCO 7.0.0 supports only {{defaultNamespace}}. Use 7.0.1 or later.', {
            defaultNamespace,
          }),
  }),
  'windows-unsupported-features': (w, { release, features }) => ({
    title: w.t('What Windows nodes do not support'),
    detail: w.sentences(
      w.t('With {{release}}, Windows nodes do not support {{features}}.', {
        release,
        features: w.list(features.map((feature) => unsupportedFeatureName(w, feature))),
      }),
      ...(features.includes('hpa')
        ? []
        : [w.t('Horizontal Pod Autoscaling by CPU and memory is supported.')]),
    ),
  }),
  'wmco-monitoring-label-missing': (w, { namespace }) => ({
    title: w.t('Cluster monitoring does not collect Windows node metrics'),
    detail: w.t(
      'Namespace {{namespace}} lacks the label openshift.io/cluster-monitoring=true, so no metrics or graphs of Windows nodes are shown. Add it and restart WMCO’s pod, which configures the metrics when it starts.',
      { namespace },
    ),
  }),
  'wmco-monitoring-needs-restart': (w, { namespace, labelledAt, podStartedAt }) => ({
    title: w.t('Windows node metrics are not configured until WMCO’s pod restarts'),
    detail: w.t(
      'The label openshift.io/cluster-monitoring=true was added to namespace {{namespace}} at {{labelledAt}}, after WMCO’s pod started at {{podStartedAt}}. WMCO configures the metrics when it starts: restart its pod.',
      { namespace, labelledAt: w.dateTime(labelledAt), podStartedAt: w.dateTime(podStartedAt) },
    ),
  }),
} satisfies Partial<WordsFor<FindingCatalogue, FindingText>>;
