import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  CodeBlock,
  CodeBlockCode,
  ExpandableSection,
  List,
  ListItem,
  Stack,
} from '@patternfly/react-core';
import type { WindowsMirrorsResponse } from '../../../server/contract/mirrors';
import { useBffQuery } from '../../api/useBffQuery';
import { usePluginTranslation } from '../../i18n';

type Problem = WindowsMirrorsResponse['registries'][number]['problems'][number];

/** What WMCO writes to Windows nodes from the mirror sets: shown only where mirror sets exist. */
export function WindowsMirrorsPanel() {
  const { t } = usePluginTranslation();
  const { data } = useBffQuery<WindowsMirrorsResponse>('/mirrors');
  if (!data || data.pauseImage === 'no-mirror-sets') return null;
  const problemText = (problem: Problem): string => {
    switch (problem.code) {
      case 'suffix-mismatch':
        return t(
          '{{mirror}} does not end with the path of {{source}}: Windows nodes will ask {{requested}}.',
          {
            mirror: problem.mirror ?? '',
            source: problem.source,
            requested: problem.requested ?? '',
          },
        );
      case 'source-port':
        return t('{{source}} has a port: WMCO cannot write its directory on Windows.', problem);
      case 'wildcard-source':
        return t('{{source}} is a wildcard: WMCO cannot write its directory on Windows.', problem);
      case 'no-mirrors':
        return t('{{source}} lists no mirror: its file is empty.', problem);
      case 'never-lost':
        return t(
          'NeverContactSource of {{source}} is lost: an earlier entry of this registry leaves the policy unset, so Windows nodes still contact the source.',
          problem,
        );
      case 'never-registry-wide':
        return t(
          'NeverContactSource of {{source}} applies to every image of this registry on Windows nodes.',
          problem,
        );
    }
  };
  return (
    <Card data-test="windows-mirrors">
      <CardTitle>{t('Registry mirrors on Windows nodes')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          {data.supported === false ? (
            <Alert
              component="h2"
              variant="warning"
              isInline
              title={t('This WMCO writes no mirrors')}
            >
              {t('Mirror registries on Windows nodes need WMCO 10.16 or later.')}
            </Alert>
          ) : null}
          {data.pauseImage !== 'resolvable' ? (
            <Alert
              component="h2"
              variant="danger"
              isInline
              title={t('The pause image is not mirrored by tag')}
            >
              {t(
                'Windows nodes pull mcr.microsoft.com/oss/kubernetes/pause:3.9 by tag: mirror it with an ImageTagMirrorSet, or with NeverContactSource.',
              )}
            </Alert>
          ) : null}
          <p>
            {t(
              'WMCO writes one file per source registry to every Windows node; it also adds an authorization header for each mirror the global pull secret has credentials for.',
            )}
          </p>
          {data.registries.map((registry) => (
            <ExpandableSection
              key={registry.registry}
              toggleText={t('{{registry}}: {{count}} problem', {
                registry: registry.registry,
                count: registry.problems.length,
              })}
            >
              {registry.problems.length > 0 ? (
                <List>
                  {registry.problems.map((problem, index) => (
                    <ListItem key={index}>{problemText(problem)}</ListItem>
                  ))}
                </List>
              ) : null}
              <CodeBlock>
                <CodeBlockCode>{`# ${registry.path}\n${registry.hostsToml}`}</CodeBlockCode>
              </CodeBlock>
            </ExpandableSection>
          ))}
        </Stack>
      </CardBody>
    </Card>
  );
}
