import {
  Button,
  CodeBlock,
  CodeBlockAction,
  CodeBlockCode,
  ExpandableSection,
} from '@patternfly/react-core';
import { DownloadIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '../i18n';
import { downloadText } from './download';

interface YamlPreviewProps {
  kind: string;
  name: string;
  yaml: string;
}

/** One object as read-only YAML, expanded by default, with a download of exactly what is shown. */
export function YamlPreview({ kind, name, yaml }: YamlPreviewProps) {
  const { t } = usePluginTranslation();
  return (
    <ExpandableSection
      toggleText={`${kind} ${name}`}
      isIndented
      isExpanded
      data-test={`yaml-${kind}`}
    >
      <CodeBlock
        actions={
          <CodeBlockAction>
            <Button
              variant="plain"
              aria-label={t('Download {{kind}} YAML', { kind })}
              icon={<DownloadIcon />}
              onClick={() => {
                downloadText(`${kind.toLowerCase()}-${name}.yaml`, yaml, 'application/yaml');
              }}
            />
          </CodeBlockAction>
        }
      >
        <CodeBlockCode>{yaml}</CodeBlockCode>
      </CodeBlock>
    </ExpandableSection>
  );
}
