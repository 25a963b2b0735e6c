import { useState } from 'react';
import {
  Alert,
  AlertActionLink,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  Stack,
} from '@patternfly/react-core';
import type { NodeUpgrade, OperatorUpgrade } from '../../../server/contract/upgrades';
import { approvalName } from '../../messages/operator-finding-words';
import { useWording } from '../../messages/useWording';
import { ApproveUpgradeModal } from './ApproveUpgradeModal';

/** WMCO's side of an upgrade: what runs, what nodes are moved to, and an update waiting for approval. */
export function OperatorUpgradeCard({
  operator,
  nodes,
}: {
  operator: OperatorUpgrade;
  nodes: NodeUpgrade[];
}) {
  const wording = useWording();
  const { t } = wording;
  const [approving, setApproving] = useState(false);
  const update = operator.availableUpdate;
  const busy = operator.upgradeable?.status === 'False';
  const rows: { term: string; value: string; test: string }[] = [
    {
      term: t('Installed'),
      value: operator.installedVersion ?? operator.installedCSV ?? t('Not installed'),
      test: 'wmco-installed',
    },
    { term: t('Nodes are moved to'), value: operator.targetVersion ?? '—', test: 'wmco-target' },
    { term: t('Channel'), value: operator.channel ?? '—', test: 'wmco-channel' },
    {
      term: t('Approval'),
      value: operator.approval ? approvalName(wording, operator.approval) : '—',
      test: 'wmco-approval',
    },
    {
      term: t('Update available'),
      value: update ? (update.version ?? update.csv) : t('None: at the channel’s latest'),
      test: 'wmco-update',
    },
  ];
  return (
    <Card>
      <CardTitle>{t('Windows Machine Config Operator')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <DescriptionList isHorizontal isCompact columnModifier={{ lg: '2Col' }}>
            {rows.map((row) => (
              <DescriptionListGroup key={row.test}>
                <DescriptionListTerm>{row.term}</DescriptionListTerm>
                <DescriptionListDescription data-test={row.test}>
                  {row.value}
                </DescriptionListDescription>
              </DescriptionListGroup>
            ))}
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Upgradeable')}</DescriptionListTerm>
              <DescriptionListDescription data-test="wmco-upgradeable">
                {operator.upgradeable ? (
                  <Label isCompact status={busy ? 'warning' : 'success'}>
                    {busy ? t('WMCO is busy') : t('Yes')}
                  </Label>
                ) : (
                  '—'
                )}{' '}
                {busy ? operator.upgradeable?.message : null}
              </DescriptionListDescription>
            </DescriptionListGroup>
          </DescriptionList>
          {operator.pendingInstallPlan ? (
            <Alert
              component="h2"
              isInline
              variant="info"
              title={t('The update to {{version}} waits for your approval', {
                version: update?.version ?? update?.csv ?? '',
              })}
              data-test="upgrade-pending"
              actionLinks={
                <AlertActionLink
                  onClick={() => {
                    setApproving(true);
                  }}
                  data-test="upgrade-approve"
                >
                  {t('Review and approve')}
                </AlertActionLink>
              }
            >
              {t('InstallPlan {{name}} in {{namespace}} (Manual approval).', {
                name: operator.pendingInstallPlan,
                namespace: operator.namespace,
              })}
            </Alert>
          ) : null}
        </Stack>
        {approving && operator.pendingInstallPlan ? (
          <ApproveUpgradeModal
            operator={operator}
            installPlan={operator.pendingInstallPlan}
            nodes={nodes}
            onClose={() => {
              setApproving(false);
            }}
          />
        ) : null}
      </CardBody>
    </Card>
  );
}
