import { useEffect, useRef, useState } from 'react';
import { Alert, Content, Skeleton, Spinner, Stack } from '@patternfly/react-core';
import { bffUrl } from '../../api/bff-client';
import { formatBytes } from '../../components/format-bytes';
import { usePluginTranslation } from '../../i18n';
import { initialLogForm, logQuery, type LogForm } from './log-view-model';
import { LogToolbar } from './LogToolbar';
import { NodeLogRefusal } from './NodeLogRefusal';
import { useCutText } from './useCutText';
import { nodeLogPath, useNodeLog } from './useNodeLog';
import './node-log.css';

/**
 * A Windows node's service logs, read through the node proxy as the user: a service, its last lines
 * or a time window, a text filter, follow, download, and what was left out said plainly.
 */
export function NodeLogsPanel({ node }: { node: string }) {
  const { t } = usePluginTranslation();
  const cutText = useCutText();
  const [form, setForm] = useState<LogForm>(initialLogForm);
  const log = useNodeLog(node, form);
  const output = useRef<HTMLPreElement>(null);
  useEffect(() => {
    // A followed log stays scrolled to its newest line.
    if (form.follow && output.current) output.current.scrollTop = output.current.scrollHeight;
  }, [log.lines, form.follow]);
  const downloadUrl = (next: LogForm) =>
    bffUrl(`${nodeLogPath(node, next)}/text${logQuery(next, { download: true })}`);
  const problem = log.problem ?? log.failure;
  return (
    <Stack hasGutter>
      <LogToolbar applied={form} onApply={setForm} downloadUrl={downloadUrl} />
      {problem ? (
        <NodeLogRefusal error={log.problem ? { problem: log.problem } : log.failure} />
      ) : null}
      {log.source ? (
        <Content component="p" data-test="log-source">
          {log.source.kind === 'file'
            ? t('{{path}} on the node, {{size}}.', {
                path: log.source.path,
                size: formatBytes(log.source.size),
              })
            : t('The Windows Application event log, provider {{provider}}.', {
                provider: log.source.provider,
              })}{' '}
          {log.reading && form.follow ? (
            <>
              <Spinner size="sm" aria-hidden />{' '}
              {t('Following: new lines appear as they are written.')}
            </>
          ) : null}
        </Content>
      ) : null}
      {log.cuts.map((cut, index) => (
        <Alert
          component="h2"
          key={index}
          isInline
          isPlain
          variant="info"
          title={cutText(cut)}
          data-test="log-cut"
        />
      ))}
      {log.droppedLines > 0 ? (
        <Alert
          component="h2"
          isInline
          isPlain
          variant="info"
          title={t('{{count}} older lines were let go to keep the page light.', {
            count: log.droppedLines,
          })}
        />
      ) : null}
      {log.reading && log.lines.length === 0 && !problem ? (
        <Skeleton height="10rem" screenreaderText={t('Reading the log')} />
      ) : null}
      {!log.reading && log.lines.length === 0 && !problem ? (
        <Content component="p">{t('No lines match.')}</Content>
      ) : null}
      {log.lines.length > 0 ? (
        <pre
          ref={output}
          className="windows-nodes-plugin__log"
          data-test="log-lines"
          tabIndex={0}
          aria-label={t('Log of {{service}} on {{node}}', { service: form.service, node })}
        >
          {log.lines.join('\n')}
        </pre>
      ) : null}
    </Stack>
  );
}
