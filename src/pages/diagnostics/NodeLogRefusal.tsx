import { Alert, ClipboardCopy, Content } from '@patternfly/react-core';
import type { NodeLogProblem } from '../../../server/contract/node-logs';
import { failureCode, failureMessage } from '../../api/bff-client';
import { usePluginTranslation } from '../../i18n';

/** A node log problem, whether the BFF answered it as an error or sent it inside a log stream. */
export function nodeLogProblemOf(error: unknown): NodeLogProblem | undefined {
  const coded = failureCode(error);
  const codes: readonly string[] = [
    'node-logs-forbidden',
    'node-not-found',
    'node-proxy-failed',
    'log-not-found',
  ];
  return coded && codes.includes(coded.code) ? (coded as NodeLogProblem) : undefined;
}

/**
 * Why a node's logs cannot be read, said plainly: no permission (with the `oc` command that needs the
 * same right), no such node, an unreachable kubelet, or a service without a log.
 */
export function NodeLogRefusal({ error, node }: { error: unknown; node: string }) {
  const { t } = usePluginTranslation();
  const problem =
    (error as { problem?: NodeLogProblem } | undefined)?.problem ?? nodeLogProblemOf(error);
  if (!problem) {
    return (
      <Alert isInline variant="danger" title={t('The node’s logs could not be read')}>
        {failureMessage(error)}
      </Alert>
    );
  }
  switch (problem.code) {
    case 'node-logs-forbidden':
      return (
        <Alert
          isInline
          variant="danger"
          title={t('You may not read node logs')}
          data-test="node-logs-forbidden"
        >
          <Content component="p">
            {t(
              'Reading a node’s logs needs permission to get nodes/proxy, which your user does not have. A cluster administrator can grant it; the same right lets you run:',
            )}
          </Content>
          <ClipboardCopy isReadOnly hoverTip={t('Copy')} clickTip={t('Copied')}>
            {problem.params.command}
          </ClipboardCopy>
        </Alert>
      );
    case 'node-not-found':
      return <Alert isInline variant="warning" title={t('There is no node {{node}}', { node })} />;
    case 'node-proxy-failed':
      return (
        <Alert isInline variant="danger" title={t('The node’s kubelet could not be reached')}>
          {t('The API server answered {{status}}: {{message}}', problem.params)}
        </Alert>
      );
    case 'log-not-found':
      return (
        <Alert isInline variant="warning" title={t('This service has no log on the node')}>
          {t('None of these files exists: {{files}}', { files: problem.params.tried.join(', ') })}
        </Alert>
      );
  }
}
