import { useState } from 'react';
import {
  Alert,
  Button,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
} from '@patternfly/react-core';
import type { NodeUpgrade, OperatorUpgrade } from '../../../server/contract/upgrades';
import { failureMessage } from '../../api/bff-client';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { approveInstallPlan } from '../install/install-api';
import { approvalScope } from './upgrade-view-model';

interface ApproveUpgradeModalProps {
  operator: OperatorUpgrade;
  installPlan: string;
  nodes: NodeUpgrade[];
  onClose: () => void;
}

/** Says what approving the InstallPlan sets in motion, then approves it (the install flow's endpoint). */
export function ApproveUpgradeModal({
  operator,
  installPlan,
  nodes,
  onClose,
}: ApproveUpgradeModalProps) {
  const { t } = usePluginTranslation();
  const [approving, setApproving] = useState(false);
  const [error, setError] = useState<string>();
  const scope = approvalScope(nodes);
  const version = operator.availableUpdate?.version ?? operator.availableUpdate?.csv ?? '';
  const approve = () => {
    setApproving(true);
    setError(undefined);
    approveInstallPlan(installPlan).then(onClose, (failure: unknown) => {
      setApproving(false);
      setError(failureMessage(failure));
    });
  };
  return (
    <Modal
      isOpen
      variant="medium"
      onClose={onClose}
      aria-labelledby="approve-upgrade-title"
      data-test="approve-upgrade-modal"
    >
      <ModalHeader
        title={t('Approve the update to WMCO {{version}}?', { version })}
        labelId="approve-upgrade-title"
        titleIconVariant="warning"
      />
      <ModalBody>
        <Stack hasGutter>
          <List data-test="approve-upgrade-summary">
            <ListItem>
              {t(
                'OLM installs WMCO {{version}} (InstallPlan {{installPlan}}) in place of {{installed}}.',
                {
                  version,
                  installPlan,
                  installed: operator.installedVersion ?? operator.installedCSV ?? '',
                },
              )}
            </ListItem>
            <ListItem>
              {t(
                'WMCO then reconfigures all {{total}} Windows nodes ({{machineSet}} from MachineSets, {{byoh}} BYOH) one at a time: each is cordoned and drained first, so its pods move to other nodes, then reconfigured and returned to service.',
                scope,
              )}
            </ListItem>
            <ListItem>
              {t(
                'Plan for one Windows node out of service at a time. A PodDisruptionBudget that allows no disruption stops the drain until it does.',
              )}
            </ListItem>
            <ListItem>
              {t(
                'Windows itself is not updated: WMCO updates only the Kubernetes components on the nodes. To update Windows, change the image of the Windows MachineSets separately.',
              )}{' '}
              <Link to="/windows/machinesets">{t('Change a MachineSet image')}</Link>
            </ListItem>
          </List>
          {operator.upgradeable?.status === 'False' ? (
            <Alert component="h2" isInline variant="warning" title={t('WMCO is busy')}>
              {t('OLM waits until WMCO reports it can be upgraded safely.')}
            </Alert>
          ) : null}
          {error ? (
            <Alert component="h2" isInline variant="danger" title={t('Approval failed')}>
              {error}
            </Alert>
          ) : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={approve}
          isLoading={approving}
          isDisabled={approving}
          data-test="confirm-approve-upgrade"
        >
          {t('Approve')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
