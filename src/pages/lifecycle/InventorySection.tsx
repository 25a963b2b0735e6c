import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  EmptyState,
  EmptyStateBody,
  Label,
  List,
  ListItem,
  Stack,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { BuildGroup, LifecycleResponse } from '../../../server/contract/lifecycle';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { supportStatus } from './lifecycle-model';
import { useLifecycleText } from './useLifecycleText';

/** The fleet's Windows nodes grouped by build, each with its support state and what is wrong. */
export function InventorySection({ lifecycle }: { lifecycle: LifecycleResponse }) {
  const { t } = usePluginTranslation();
  if (lifecycle.nodes.length === 0) {
    return (
      <EmptyState headingLevel="h2" titleText={t('No Windows nodes')}>
        <EmptyStateBody>
          {t('Windows nodes from MachineSets and BYOH hosts appear here with their builds.')}
        </EmptyStateBody>
      </EmptyState>
    );
  }
  return (
    <Stack hasGutter>
      {lifecycle.mixedMachineSets.map((mixed) => (
        <Alert
          component="h2"
          key={mixed.machineSet}
          isInline
          variant="warning"
          title={t('MachineSet {{machineSet}} runs mixed builds', mixed)}
          data-test={`mixed-${mixed.machineSet}`}
        >
          {mixed.builds.map(({ build, nodes }) => `${build}: ${nodes.join(', ')}`).join(' · ')}
        </Alert>
      ))}
      {lifecycle.groups.map((group) => (
        <BuildGroupCard key={group.build ?? 'unknown'} group={group} lifecycle={lifecycle} />
      ))}
    </Stack>
  );
}

function BuildGroupCard({ group, lifecycle }: { group: BuildGroup; lifecycle: LifecycleResponse }) {
  const { t } = usePluginTranslation();
  const text = useLifecycleText();
  const nodes = lifecycle.nodes.filter((node) => group.nodes.includes(node.node));
  const title = group.version
    ? t('Windows Server {{version}} · build {{build}}', {
        version: group.version,
        build: group.build ?? '',
      })
    : t('Unknown build');
  return (
    <Card data-test={`build-group-${group.build ?? 'unknown'}`}>
      <CardTitle>
        {title}{' '}
        <Label isCompact status={supportStatus(group.state)}>
          {text.state(group.state)}
        </Label>
      </CardTitle>
      <CardBody>
        <Table aria-label={title} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Node')}</Th>
              <Th>{t('Source')}</Th>
              <Th>{t('Full build')}</Th>
              <Th>{t('Patch age')}</Th>
              <Th>{t('Support')}</Th>
              <Th>{t('Flags')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {nodes.map((node) => (
              <Tr key={node.node} data-test={`lifecycle-node-${node.node}`} data-state={node.state}>
                <Td dataLabel={t('Node')}>
                  <Link to={`/k8s/cluster/nodes/${node.node}`}>{node.node}</Link>
                </Td>
                <Td dataLabel={t('Source')}>
                  {node.source === 'BYOH' ? t('BYOH') : t('MachineSet')}
                  {node.origin ? ` · ${node.origin}` : ''}
                </Td>
                <Td dataLabel={t('Full build')}>
                  {node.fullBuild ?? node.osImage ?? t('Unknown')}
                </Td>
                <Td dataLabel={t('Patch age')}>{text.patchAge(node.patch)}</Td>
                <Td dataLabel={t('Support')}>
                  <Label isCompact status={supportStatus(node.state)}>
                    {text.state(node.state)}
                  </Label>
                </Td>
                <Td dataLabel={t('Flags')}>
                  {node.findings.length === 0 ? (
                    t('None')
                  ) : (
                    <List isPlain>
                      {node.findings.map((finding) => (
                        <ListItem key={finding.code}>{text.finding(finding)}</ListItem>
                      ))}
                    </List>
                  )}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </CardBody>
    </Card>
  );
}
