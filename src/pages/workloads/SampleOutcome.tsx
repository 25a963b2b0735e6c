import { Alert, List, ListItem, Stack } from '@patternfly/react-core';
import type { SamplePreview, SampleResult } from '../../../server/contract/workloads';
import { YamlPreview } from '../../components/YamlPreview';
import { usePluginTranslation } from '../../i18n';

interface SampleOutcomeProps {
  /** Why the preview or the create was refused. */
  failure?: string;
  result?: SampleResult;
  preview?: SamplePreview;
}

/** What became of the sample: the refusal, what was created, and the YAML previewed. */
export function SampleOutcome({ failure, result, preview }: SampleOutcomeProps) {
  const { t } = usePluginTranslation();
  return (
    <>
      {failure !== undefined ? (
        <Alert isInline variant="danger" title={t('Not created')} data-test="sample-error">
          {failure}
        </Alert>
      ) : null}
      {result ? (
        <Alert isInline variant="success" title={t('Created')} data-test="sample-created">
          <List>
            {result.created.map((object) => (
              <ListItem key={object.kind}>
                {t('{{kind}} {{name}} in namespace {{namespace}}', { ...object })}
              </ListItem>
            ))}
          </List>
          {result.warnings.map((warning) => (
            <div key={warning}>{warning}</div>
          ))}
        </Alert>
      ) : null}
      {preview ? (
        <Stack hasGutter data-test="sample-preview">
          {preview.warnings.map((warning) => (
            <Alert key={warning} isInline variant="warning" title={warning} />
          ))}
          {preview.objects.map((object) => (
            <YamlPreview key={object.kind} {...object} />
          ))}
        </Stack>
      ) : null}
    </>
  );
}
