import { Content, Label, Truncate } from '@patternfly/react-core';
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ByohInstance, InstanceStage } from '../../../server/contract/byoh';
import { preflightOutcome } from '../../../server/src/domain/byoh/preflight-checks';
import { useAge } from '../../messages/useWording';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { useIssueText } from './useIssueText';

interface InstancesTableProps {
  instances: ByohInstance[];
  onPreflight: (instance: ByohInstance) => void;
  onEdit: (instance: ByohInstance) => void;
  onRemove: (instance: ByohInstance) => void;
}

const stageStatus: Record<InstanceStage, 'success' | 'warning' | 'danger' | 'info'> = {
  malformed: 'danger',
  listed: 'info',
  failed: 'danger',
  joined: 'warning',
  ready: 'success',
};

/** Every entry of windows-instances with what became of it, newest facts first. */
export function InstancesTable({ instances, onPreflight, onEdit, onRemove }: InstancesTableProps) {
  const { t } = usePluginTranslation();
  const age = useAge();
  const issueText = useIssueText();
  const stageText: Record<InstanceStage, string> = {
    malformed: t('Malformed'),
    listed: t('Listed'),
    failed: t('Setup failed'),
    joined: t('Joined'),
    ready: t('Ready'),
  };
  const headers = {
    address: t('Address'),
    user: t('User'),
    preflight: t('Last preflight'),
    stage: t('Status'),
    node: t('Node'),
    version: t('WMCO version'),
    event: t('Latest WMCO event'),
  };
  return (
    <Table aria-label={t('BYOH instances')} variant="compact" data-test="byoh-instances">
      <Thead>
        <Tr>
          {Object.values(headers).map((header) => (
            <Th key={header} modifier="wrap">
              {header}
            </Th>
          ))}
          <Th screenReaderText={t('Actions')} />
        </Tr>
      </Thead>
      <Tbody>
        {instances.map((instance) => {
          const preflight = instance.preflight;
          const outcome = preflight ? preflightOutcome(preflight.checks) : undefined;
          const event = instance.events[0];
          const resolved = instance.ipv4.filter((ip) => ip !== instance.address);
          return (
            <Tr key={instance.address} data-test={`instance-${instance.address}`}>
              <Td dataLabel={headers.address}>
                {instance.address}
                {resolved.length > 0 ? (
                  <Content component="small">{` → ${resolved.join(', ')}`}</Content>
                ) : null}
                {instance.issue ? (
                  <Content component="small" data-test="instance-issue">
                    <br />
                    {issueText(instance.issue)}
                  </Content>
                ) : null}
              </Td>
              <Td dataLabel={headers.user}>{instance.username ?? instance.value}</Td>
              <Td dataLabel={headers.preflight}>
                {preflight && outcome ? (
                  <Label
                    isCompact
                    status={
                      outcome === 'pass' ? 'success' : outcome === 'warn' ? 'warning' : 'danger'
                    }
                  >
                    {outcome === 'pass'
                      ? t('Passed {{age}} ago', { age: age(preflight.at) })
                      : outcome === 'warn'
                        ? t('Warnings {{age}} ago', { age: age(preflight.at) })
                        : t('Failed {{age}} ago', { age: age(preflight.at) })}
                  </Label>
                ) : (
                  t('Never run')
                )}
              </Td>
              <Td dataLabel={headers.stage}>
                <Label isCompact status={stageStatus[instance.stage]} data-test="instance-stage">
                  {stageText[instance.stage]}
                </Label>
              </Td>
              <Td dataLabel={headers.node} modifier="nowrap">
                {instance.node ? (
                  <Link to={`/k8s/cluster/nodes/${instance.node.name}`}>{instance.node.name}</Link>
                ) : (
                  '—'
                )}
              </Td>
              <Td dataLabel={headers.version}>{instance.node?.wmcoVersion ?? '—'}</Td>
              <Td dataLabel={headers.event}>
                {event ? (
                  <>
                    {t('{{reason}}, {{age}} ago', {
                      reason: event.reason,
                      age: age(event.at),
                    })}
                    <Content component="small">
                      <Truncate content={event.message} />
                    </Content>
                  </>
                ) : (
                  '—'
                )}
              </Td>
              <Td isActionCell>
                <ActionsColumn
                  items={[
                    {
                      title: t('Preflight'),
                      isDisabled: instance.username === undefined,
                      onClick: () => {
                        onPreflight(instance);
                      },
                    },
                    {
                      title: t('Edit'),
                      onClick: () => {
                        onEdit(instance);
                      },
                    },
                    {
                      title: t('Remove'),
                      isDanger: true,
                      onClick: () => {
                        onRemove(instance);
                      },
                    },
                  ]}
                />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
