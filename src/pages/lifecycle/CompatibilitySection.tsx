import { useState } from 'react';
import {
  EmptyState,
  EmptyStateBody,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Label,
  List,
  ListItem,
  Stack,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { CompatibilityResponse, WorkloadImage } from '../../../server/contract/lifecycle';
import { useCompatibility } from './lifecycle-api';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { usePluginTranslation } from '../../i18n';
import { defaultTargetBuild, verdictStatus, workloadsForBuild } from './lifecycle-model';
import { useLifecycleText } from './useLifecycleText';

/** Which workloads a move to another Windows build breaks, read from their images' registries. */
export function CompatibilitySection() {
  const { t } = usePluginTranslation();
  const { data, error, loading } = useCompatibility();
  const [picked, setPicked] = useState<string>();
  const build = picked ?? (data ? defaultTargetBuild(data.builds) : undefined);
  return (
    <LoadState loading={loading} error={error} hasData={data !== undefined}>
      {data ? (
        <Stack hasGutter>
          <UnreadableAlert
            resources={data.unreadable}
            consequence={t(
              'Workloads you cannot read are not judged; images are read without the pull secrets you cannot read.',
            )}
          />
          <Form
            onSubmit={(event) => {
              event.preventDefault();
            }}
          >
            <FormGroup label={t('Target Windows build')} fieldId="compatibility-target">
              <FormSelect
                id="compatibility-target"
                value={build ?? ''}
                onChange={(_event, value) => {
                  setPicked(value);
                }}
              >
                {data.builds.map((candidate) => (
                  <FormSelectOption
                    key={candidate.build}
                    value={candidate.build}
                    label={
                      candidate.version
                        ? t('Windows Server {{version}} · build {{build}}', candidate)
                        : candidate.build
                    }
                  />
                ))}
              </FormSelect>
            </FormGroup>
          </Form>
          {build === undefined || data.workloads.length === 0 ? (
            <EmptyState headingLevel="h2" titleText={t('No Windows workloads')}>
              <EmptyStateBody>
                {t(
                  'Deployments, StatefulSets and DaemonSets that can run on Windows nodes appear here.',
                )}
              </EmptyStateBody>
            </EmptyState>
          ) : (
            <WorkloadTable compatibility={data} build={build} />
          )}
        </Stack>
      ) : null}
    </LoadState>
  );
}

function WorkloadTable({
  compatibility,
  build,
}: {
  compatibility: CompatibilityResponse;
  build: string;
}) {
  const { t } = usePluginTranslation();
  const text = useLifecycleText();
  return (
    <Table
      aria-label={t('Workloads on the target build')}
      variant="compact"
      data-test="compatibility"
    >
      <Thead>
        <Tr>
          <Th>{t('Workload')}</Th>
          <Th>{t('On the target build')}</Th>
          <Th>{t('Images')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {workloadsForBuild(compatibility, build).map(({ workload, verdict }) => {
          const id = `${workload.namespace}/${workload.kind}/${workload.name}`;
          return (
            <Tr
              key={id}
              data-test="compatibility-workload"
              data-workload={id}
              data-verdict={verdict}
            >
              <Td dataLabel={t('Workload')}>
                {workload.namespace}/{workload.name} ({workload.kind})
              </Td>
              <Td dataLabel={t('On the target build')}>
                <Label isCompact status={verdictStatus(verdict)}>
                  {text.verdict(verdict)}
                </Label>
              </Td>
              <Td dataLabel={t('Images')}>
                <List isPlain>
                  {workload.images.map((image) => (
                    <ListItem key={image.container} data-test="compatibility-image">
                      <ImageLine image={image} build={build} />
                    </ListItem>
                  ))}
                </List>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}

function ImageLine({ image, build }: { image: WorkloadImage; build: string }) {
  const text = useLifecycleText();
  const judged = image.verdicts.find((candidate) => candidate.build === build);
  const reason = image.failure
    ? text.registryFailure(image.failure)
    : judged?.code
      ? text.compatibility(judged.code)
      : '';
  return (
    <>
      <code>{image.image}</code> ({image.container}){reason ? ` — ${reason}` : ''}
    </>
  );
}
