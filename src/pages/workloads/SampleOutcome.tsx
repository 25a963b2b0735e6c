import { useEffect } from 'react';
import { Alert, AlertActionLink, List, ListItem, Stack } from '@patternfly/react-core';
import type { SamplePreview, SampleResult } from '../../../server/contract/workloads';
import { YamlPreview } from '../../components/YamlPreview';
import { sampleWarningWords } from '../../messages/sample-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';
import { useNavigate } from '../../console';
import { workloadsLink } from './workloads-links';

interface SampleOutcomeProps {
  /** Why the preview or the create was refused. */
  failure?: string;
  result?: SampleResult;
  preview?: SamplePreview;
}

/** What became of the sample: the refusal, what was created, and the YAML previewed. */
export function SampleOutcome({ failure, result, preview }: SampleOutcomeProps) {
  const wording = useWording();
  const { t } = wording;
  const navigate = useNavigate();
  const deployment = result?.created.find((object) => object.kind === 'Deployment');
  // The outcome appears under a long form: it is brought into view and focused, so its next step
  // (the checker) is found without scrolling and keyboard users land on it.
  useEffect(() => {
    const outcome = document.getElementById('sample-outcome');
    if (!outcome || (failure === undefined && !result)) return;
    outcome.scrollIntoView({ block: 'nearest' });
    outcome.focus({ preventScroll: true });
  }, [failure, result]);
  return (
    <Stack hasGutter id="sample-outcome" tabIndex={-1}>
      {failure !== undefined ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('Not created')}
          data-test="sample-error"
        >
          {failure}
        </Alert>
      ) : null}
      {result ? (
        <Alert
          component="h2"
          isInline
          variant="success"
          title={t('Created')}
          data-test="sample-created"
          actionLinks={
            deployment ? (
              <AlertActionLink
                onClick={() => {
                  void navigate(workloadsLink({ tab: 'checker', ...deployment }));
                }}
              >
                {t('Next: check it with the workload checker')}
              </AlertActionLink>
            ) : undefined
          }
        >
          <List>
            {result.created.map((object) => (
              <ListItem key={object.kind}>
                {t('{{kind}} {{name}} in namespace {{namespace}}', { ...object })}
              </ListItem>
            ))}
          </List>
          {result.warnings.map((warning) => (
            <div key={warning.code}>{say(sampleWarningWords, wording, warning)}</div>
          ))}
        </Alert>
      ) : null}
      {preview ? (
        <Stack hasGutter data-test="sample-preview">
          {preview.warnings.map((warning) => (
            <Alert
              component="h2"
              key={warning.code}
              isInline
              variant="warning"
              title={say(sampleWarningWords, wording, warning)}
            />
          ))}
          {preview.objects.map((object) => (
            <YamlPreview key={object.kind} {...object} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
