import { Alert, ClipboardCopy, Content } from '@patternfly/react-core';
import { nodeLogProblemCatalogue, type NodeLogProblem } from '../../../server/contract/node-logs';
import { failureCode, failureMessage } from '../../api/bff-client';
import { usePluginTranslation } from '../../i18n';
import { nodeLogProblemWords } from '../../messages/node-log-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';

/** A node log problem, whether the BFF answered it as an error or sent it inside a log stream. */
export function nodeLogProblemOf(error: unknown): NodeLogProblem | undefined {
  const coded = failureCode(error);
  return coded && Object.hasOwn(nodeLogProblemCatalogue, coded.code)
    ? (coded as NodeLogProblem)
    : undefined;
}

/**
 * Why a node's logs cannot be read, said plainly: no permission (with the `oc` command that needs the
 * same right), no such node, an unreachable kubelet, or a service without a log.
 */
export function NodeLogRefusal({ error }: { error: unknown }) {
  const { t } = usePluginTranslation();
  const wording = useWording();
  const problem =
    (error as { problem?: NodeLogProblem } | undefined)?.problem ?? nodeLogProblemOf(error);
  if (!problem) {
    return (
      <Alert
        component="h2"
        isInline
        variant="danger"
        title={t('The node’s logs could not be read')}
      >
        {failureMessage(error)}
      </Alert>
    );
  }
  const words = say(nodeLogProblemWords, wording, problem);
  switch (problem.code) {
    case 'node-logs-forbidden':
      return (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('You may not read node logs')}
          data-test="node-logs-forbidden"
        >
          <Content component="p">{words}</Content>
          <ClipboardCopy isReadOnly hoverTip={t('Copy')} clickTip={t('Copied')}>
            {problem.params.command}
          </ClipboardCopy>
        </Alert>
      );
    case 'node-not-found':
      return <Alert component="h2" isInline variant="warning" title={words} />;
    case 'node-proxy-failed':
      return (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('The node’s kubelet could not be reached')}
        >
          {words}
        </Alert>
      );
    case 'log-not-found':
      return (
        <Alert
          component="h2"
          isInline
          variant="warning"
          title={t('This service has no log on the node')}
        >
          {words}
        </Alert>
      );
  }
}
