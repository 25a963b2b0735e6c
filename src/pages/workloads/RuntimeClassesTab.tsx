import { useState } from 'react';
import {
  Alert,
  Button,
  Content,
  EmptyState,
  EmptyStateBody,
  Flex,
  FlexItem,
  Label,
  LabelGroup,
  Stack,
  TextInput,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type {
  RuntimeClassResult,
  WindowsBuild,
  WorkloadsState,
} from '../../../server/contract/workloads';
import { failureMessage, postToBff } from '../../api/bff-client';
import { SeverityIcon } from '../../components/SeverityIcon';
import { usePluginTranslation } from '../../i18n';
import { runtimeClassOutcomeText } from '../../messages/sample-words';
import { useWording } from '../../messages/useWording';
import { runtimeClassNameError, type NameError } from './workload-forms';

type Outcome = { result: RuntimeClassResult } | { error: string };

function useNameErrorText() {
  const { t } = usePluginTranslation();
  return (error: NameError): string => {
    switch (error) {
      case 'required':
        return t('Enter a name.');
      case 'too-long':
        return t('At most 253 characters.');
      case 'invalid':
        return t(
          'Lower-case letters, digits, "-" and "."; starting and ending with a letter or digit.',
        );
    }
  };
}

/** One build: its nodes, the RuntimeClasses that pin it, and creating the guide's one. */
function BuildRow({ build }: { build: WindowsBuild }) {
  const wording = useWording();
  const { t } = wording;
  const nameErrorText = useNameErrorText();
  const [name, setName] = useState(build.suggestedName ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const nameError = runtimeClassNameError(name);

  const create = () => {
    setBusy(true);
    setOutcome(undefined);
    postToBff<RuntimeClassResult>('/workloads/runtime-classes', { build: build.build, name }).then(
      (result) => {
        setOutcome({ result });
        setBusy(false);
      },
      (error: unknown) => {
        setOutcome({ error: failureMessage(error) });
        setBusy(false);
      },
    );
  };

  return (
    <Tr data-test={`build-${build.build}`}>
      <Td dataLabel={t('Build')}>
        <strong>{build.build}</strong>
        <div>
          {build.windowsServer
            ? t('Windows Server {{version}}', { version: build.windowsServer })
            : t('Unknown Windows Server version')}
        </div>
      </Td>
      <Td dataLabel={t('Image tag')}>{build.imageTag ?? '—'}</Td>
      <Td dataLabel={t('Nodes')}>
        {t('{{ready}} of {{total}} Ready', { ready: build.readyNodes, total: build.nodes.length })}
        <div>
          <small>{build.nodes.join(', ')}</small>
        </div>
      </Td>
      <Td dataLabel={t('RuntimeClasses')} data-test="build-runtime-classes">
        {build.runtimeClasses.length > 0 ? (
          <LabelGroup collapsedText={t('${remaining} more')} expandedText={t('Show less')}>
            {build.runtimeClasses.map((rc) => (
              <Label key={rc} color={rc === build.guideRuntimeClass ? 'green' : 'grey'} isCompact>
                {rc}
              </Label>
            ))}
          </LabelGroup>
        ) : (
          t('None')
        )}
      </Td>
      <Td dataLabel={t('Create')}>
        {build.guideRuntimeClass ? (
          <Flex
            spaceItems={{ default: 'spaceItemsSm' }}
            flexWrap={{ default: 'nowrap' }}
            data-test="build-ready"
          >
            <FlexItem>
              <SeverityIcon severity="ok" />
            </FlexItem>
            <FlexItem>
              {t('{{name}} is the guide’s RuntimeClass for this build.', {
                name: build.guideRuntimeClass,
              })}
            </FlexItem>
          </Flex>
        ) : (
          <Stack hasGutter>
            <TextInput
              aria-label={t('RuntimeClass name for {{build}}', { build: build.build })}
              value={name}
              validated={nameError ? 'error' : 'default'}
              onChange={(_event, value) => {
                setName(value.trim());
              }}
            />
            <FlexItem>
              <Button
                variant="primary"
                isDisabled={nameError !== undefined || busy}
                isLoading={busy}
                onClick={create}
              >
                {t('Create RuntimeClass')}
              </Button>
            </FlexItem>
            {nameError ? <small>{nameErrorText(nameError)}</small> : null}
          </Stack>
        )}
        {outcome && 'result' in outcome ? (
          <Alert
            isInline
            isPlain
            variant="success"
            title={runtimeClassOutcomeText(wording, outcome.result)}
            data-test="runtime-class-outcome"
          />
        ) : null}
        {outcome && 'error' in outcome ? (
          <Alert
            isInline
            variant="danger"
            title={t('The RuntimeClass was not created')}
            data-test="runtime-class-error"
          >
            {outcome.error}
          </Alert>
        ) : null}
      </Td>
    </Tr>
  );
}

/** Guide 6.2: one RuntimeClass per Windows build, so pods land on nodes whose build their image matches. */
export function RuntimeClassesTab({ state }: { state: WorkloadsState }) {
  const { t } = usePluginTranslation();
  return (
    <Stack hasGutter>
      <Content component="p">
        {t(
          'A RuntimeClass carries the Windows node selector (OS, architecture, build) and the tolerations for the Windows taint, so a pod only names it. The guide asks for one per Windows build on the cluster (section 6.2).',
        )}
      </Content>
      {state.builds.length === 0 ? (
        <EmptyState headingLevel="h2" titleText={t('No Windows builds found')}>
          <EmptyStateBody>
            {t(
              'No node with the node.kubernetes.io/windows-build label is visible. RuntimeClasses are created per build once Windows nodes have joined.',
            )}
          </EmptyStateBody>
        </EmptyState>
      ) : (
        <Table aria-label={t('Windows builds')} variant="compact" data-test="builds-table">
          <Thead>
            <Tr>
              <Th modifier="wrap">{t('Build')}</Th>
              <Th modifier="wrap">{t('Image tag')}</Th>
              <Th modifier="wrap">{t('Nodes')}</Th>
              <Th modifier="wrap">{t('RuntimeClasses')}</Th>
              <Th modifier="wrap">{t('Create')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {state.builds.map((build) => (
              <BuildRow key={build.build} build={build} />
            ))}
          </Tbody>
        </Table>
      )}
      {state.runtimeClasses.length > 0 ? (
        <>
          <Title headingLevel="h3">{t('RuntimeClasses on the cluster')}</Title>
          <Table aria-label={t('RuntimeClasses')} variant="compact" data-test="runtime-classes">
            <Thead>
              <Tr>
                <Th modifier="wrap">{t('Name')}</Th>
                <Th modifier="wrap">{t('Handler')}</Th>
                <Th modifier="wrap">{t('Build')}</Th>
                <Th modifier="wrap">{t('Windows taint')}</Th>
                <Th modifier="wrap">{t('Guide’s object')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {state.runtimeClasses.map((rc) => (
                <Tr key={rc.name} data-test={`runtime-class-${rc.name}`}>
                  <Td dataLabel={t('Name')}>{rc.name}</Td>
                  <Td dataLabel={t('Handler')}>{rc.handler}</Td>
                  <Td dataLabel={t('Build')}>{rc.build ?? t('Any')}</Td>
                  <Td dataLabel={t('Windows taint')}>
                    {rc.toleratesWindowsTaint ? t('Tolerated') : t('Not tolerated')}
                  </Td>
                  <Td dataLabel={t('Guide’s object')}>
                    <SeverityIcon severity={rc.matchesGuide ? 'ok' : 'warning'} />{' '}
                    {rc.matchesGuide ? t('Same') : t('Differs')}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </>
      ) : null}
    </Stack>
  );
}
