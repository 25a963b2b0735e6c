import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Content,
  EmptyState,
  EmptyStateBody,
  Form,
  FormSelect,
  FormSelectOption,
  Progress,
  Stack,
  TextInput,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { NodesResponse } from '../../../server/contract/nodes';
import {
  defaultBundleBytes,
  defaultBundleTailLines,
  maxBundleBytes,
} from '../../../server/contract/support-bundle';
import { failureMessage } from '../../api/bff-client';
import { useLiveBff } from '../../api/useLiveBff';
import { downloadBlob } from '../../components/download';
import { formatBytes } from '../../components/format-bytes';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import { LoadState } from '../../components/LoadState';
import { usePluginTranslation } from '../../i18n';
import { buildSupportBundle, type BuiltBundle, type BundleProgress } from './support-bundle-api';

const sizeCaps = [20, 50, 100, 200]
  .map((mb) => mb * 1024 * 1024)
  .filter((b) => b <= maxBundleBytes);

type Build =
  | { state: 'idle' }
  | { state: 'building'; progress?: BundleProgress }
  | { state: 'built'; bundle: BuiltBundle }
  | { state: 'failed'; message: string };

/**
 * A support bundle like must-gather's Windows part, read with the user's token: the chosen nodes'
 * service logs and the cluster's Windows objects, with progress while it is built, then downloaded.
 */
export function SupportBundlePanel() {
  const { t } = usePluginTranslation();
  const nodes = useLiveBff<NodesResponse>('/nodes');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [tailLines, setTailLines] = useState(String(defaultBundleTailLines));
  const [maxBytes, setMaxBytes] = useState(defaultBundleBytes);
  const [build, setBuild] = useState<Build>({ state: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => abort.current?.abort(), []);
  const names = nodes.data?.nodes.map((node) => node.name) ?? [];
  const tailValid = /^[1-9][0-9]{0,4}$/.test(tailLines) || tailLines === '100000';
  const toggle = (name: string, on: boolean) => {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  };
  const create = () => {
    abort.current = new AbortController();
    setBuild({ state: 'building' });
    const request = { nodes: [...chosen], tailLines: Number(tailLines), maxBytes };
    buildSupportBundle(
      request,
      (progress) => {
        setBuild({ state: 'building', progress });
      },
      abort.current.signal,
    ).then(
      (bundle) => {
        setBuild({ state: 'built', bundle });
        downloadBlob(bundle.fileName, bundle.blob);
      },
      (error: unknown) => {
        setBuild({ state: 'failed', message: failureMessage(error) });
      },
    );
  };
  const building = build.state === 'building';
  const progress = building ? build.progress : undefined;
  return (
    <Stack hasGutter>
      <Content component="p">
        {t(
          'The Windows nodes, Machines and MachineSets, WMCO’s Subscription, CSV, ConfigMaps and events, the CSRs, the two Secrets as facts (never a key), a join timeline per Machine and BYOH instance, and the end of every service log of the nodes you choose. Everything is read with your permissions; keys and tokens are removed.',
        )}
      </Content>
      <LoadState loading={nodes.loading} error={nodes.error} hasData={nodes.data !== undefined}>
        {names.length === 0 ? (
          <EmptyState headingLevel="h3" titleText={t('No Windows nodes')}>
            <EmptyStateBody>{t('The bundle holds the cluster’s objects only.')}</EmptyStateBody>
          </EmptyState>
        ) : (
          <Table
            aria-label={t('Nodes whose logs go in')}
            variant="compact"
            data-test="bundle-nodes"
          >
            <Thead>
              <Tr>
                <Th
                  select={{
                    onSelect: (_event, on) => {
                      setChosen(on ? new Set(names) : new Set());
                    },
                    isSelected: chosen.size === names.length,
                  }}
                  aria-label={t('Choose every node')}
                />
                <Th>{t('Node whose service logs go in')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {names.map((name, rowIndex) => (
                <Tr key={name}>
                  <Td
                    select={{
                      rowIndex,
                      onSelect: (_event, on) => {
                        toggle(name, on);
                      },
                      isSelected: chosen.has(name),
                    }}
                  />
                  <Td>{name}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </LoadState>
      <Form isHorizontal>
        <FormFieldGroup
          label={t('Last lines of each log')}
          fieldId="bundle-tail"
          error={tailValid ? undefined : t('A number from 1 to 100000.')}
        >
          <TextInput
            id="bundle-tail"
            inputMode="numeric"
            value={tailLines}
            validated={tailValid ? 'default' : 'error'}
            onChange={(_event, value) => {
              setTailLines(value.trim());
            }}
          />
        </FormFieldGroup>
        <FormFieldGroup label={t('At most')} fieldId="bundle-cap">
          <FormSelect
            id="bundle-cap"
            value={String(maxBytes)}
            onChange={(_event, value) => {
              setMaxBytes(Number(value));
            }}
          >
            {sizeCaps.map((cap) => (
              <FormSelectOption key={cap} value={String(cap)} label={formatBytes(cap)} />
            ))}
          </FormSelect>
        </FormFieldGroup>
      </Form>
      <div>
        <Button onClick={create} isDisabled={building || !tailValid} isLoading={building}>
          {t('Create support bundle')}
        </Button>
      </div>
      {building ? (
        <Progress
          data-test="bundle-progress"
          title={progress ? progress.file : t('Reading the cluster…')}
          value={progress ? (100 * progress.done) / Math.max(1, progress.total) : 0}
          label={
            progress
              ? t('{{done}} of {{total}} files', { done: progress.done, total: progress.total })
              : undefined
          }
        />
      ) : null}
      {build.state === 'built' ? (
        <Alert
          component="h2"
          isInline
          variant="success"
          title={t('Support bundle ready')}
          data-test="bundle-ready"
        >
          {t('{{fileName}} ({{size}}) was downloaded. Its manifest.json lists what was left out.', {
            fileName: build.bundle.fileName,
            size: formatBytes(build.bundle.blob.size),
          })}{' '}
          <Button
            variant="link"
            isInline
            onClick={() => {
              downloadBlob(build.bundle.fileName, build.bundle.blob);
            }}
          >
            {t('Download again')}
          </Button>
        </Alert>
      ) : null}
      {build.state === 'failed' ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('The support bundle could not be built')}
        >
          {build.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
