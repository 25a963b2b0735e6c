import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
} from '@patternfly/react-core';
import type { InstallStep, UninstallResult } from '../../../server/contract/install';
import { failureMessage } from '../../api/bff-client';
import { LoadState } from '../../components/LoadState';
import { Link } from '../../console';
import { installStepWords } from '../../messages/install-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';
import { deleteOperatorNamespace, uninstallOperator, useUninstallPlan } from './install-api';

/** Guide ch. 10, step by step: refused while Windows machines or BYOH hosts exist, each step confirmed. */
export function UninstallModal({ onClose }: { onClose: () => void }) {
  const wording = useWording();
  const { t } = wording;
  const plan = useUninstallPlan();
  const [done, setDone] = useState<InstallStep[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const [deleteNamespace, setDeleteNamespace] = useState(false);
  const run = (step: () => Promise<UninstallResult>) => {
    setRunning(true);
    setError(undefined);
    step().then(
      (result) => {
        setRunning(false);
        setDone((previous) => [...previous, ...result.steps]);
        plan.reload();
      },
      (failure: unknown) => {
        setRunning(false);
        setError(failureMessage(failure));
      },
    );
  };
  const data = plan.data;
  const inUse = data ? data.windowsMachines.length + data.byohInstances.length > 0 : true;
  const operatorPresent = Boolean(data?.subscription ?? data?.csv);
  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="uninstall-title">
      <ModalHeader
        title={t('Uninstall the Windows Machine Config Operator')}
        labelId="uninstall-title"
        titleIconVariant="danger"
      />
      <ModalBody>
        <LoadState loading={plan.loading} error={plan.error} hasData={data !== undefined}>
          {data ? (
            <Stack hasGutter>
              {inUse ? (
                <Alert
                  component="h2"
                  isInline
                  variant="danger"
                  title={t('WMCO still manages Windows nodes')}
                  data-test="uninstall-blockers"
                >
                  <List>
                    {data.windowsMachines.map((name) => (
                      <ListItem key={name}>
                        {t('Machine')} <Link to="/windows/machinesets">{name}</Link>
                      </ListItem>
                    ))}
                    {data.byohInstances.map((address) => (
                      <ListItem key={address}>
                        {t('BYOH instance')} <Link to="/windows/byoh">{address}</Link>
                      </ListItem>
                    ))}
                  </List>
                  {t('Delete them first; the operator would leave them unmanaged.')}
                </Alert>
              ) : null}
              {done.map((step) => (
                <Alert
                  component="h2"
                  key={step.object}
                  isInline
                  isPlain
                  variant="success"
                  title={`${step.object}: ${say(installStepWords, wording, step)}`}
                />
              ))}
              {!operatorPresent && data.namespaceExists ? (
                <Checkbox
                  id="uninstall-namespace"
                  label={t('Also delete namespace {{namespace}}, with its secrets and ConfigMaps', {
                    namespace: data.namespace,
                  })}
                  isChecked={deleteNamespace}
                  onChange={(_event, checked) => {
                    setDeleteNamespace(checked);
                  }}
                />
              ) : null}
              {error ? (
                <Alert component="h2" isInline variant="danger" title={t('Uninstall stopped')}>
                  {error}
                </Alert>
              ) : null}
            </Stack>
          ) : null}
        </LoadState>
      </ModalBody>
      <ModalFooter>
        {operatorPresent ? (
          <Button
            variant="danger"
            isDisabled={inUse || running}
            isLoading={running}
            onClick={() => {
              run(uninstallOperator);
            }}
          >
            {t('Delete the Subscription and CSV')}
          </Button>
        ) : (
          <Button
            variant="danger"
            isDisabled={!deleteNamespace || running}
            isLoading={running}
            onClick={() => {
              run(deleteOperatorNamespace);
            }}
          >
            {t('Delete the namespace')}
          </Button>
        )}
        <Button variant="link" onClick={onClose}>
          {t('Close')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
