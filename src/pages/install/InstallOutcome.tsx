import { Alert, Button, List, ListItem, Stack, Title } from '@patternfly/react-core';
import type { InstallResult, InstallState } from '../../../server/contract/install';
import { Link, useNavigate } from '../../console';
import { installStepWords, installWarningWords } from '../../messages/install-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';
import { InstallProgressPanel } from './InstallProgressPanel';
import { PublicKeyPanel } from './PublicKeyPanel';

const outcomeVariant = {
  created: 'success',
  adopted: 'info',
  updated: 'success',
  kept: 'warning',
  conflict: 'warning',
} as const;

/** What the install did, object by object, then OLM's live progress until WMCO runs. */
export function InstallOutcome({ result, state }: { result: InstallResult; state?: InstallState }) {
  const wording = useWording();
  const { t } = wording;
  const navigate = useNavigate();
  const key = result.key ?? state?.existing.key;
  return (
    <Stack hasGutter>
      <Title headingLevel="h2" data-test="install-headline">
        {state?.progress.stage === 'succeeded'
          ? t('Installed')
          : t('Installing the Windows Machine Config Operator')}
      </Title>
      {state?.progress.stage === 'succeeded' ? (
        <div data-test="install-next">
          <Button
            variant="primary"
            onClick={() => {
              void navigate('/windows/machinesets?wizard=create');
            }}
          >
            {t('Next: create a Windows MachineSet')}
          </Button>{' '}
          <Link to="/windows/byoh">{t('or add your own Windows hosts (BYOH)')}</Link>
        </div>
      ) : null}
      <List isPlain data-test="install-steps">
        {result.steps.map((step) => (
          <ListItem key={step.object}>
            <Alert
              component="h2"
              isInline
              isPlain
              variant={outcomeVariant[step.outcome]}
              title={`${step.object}: ${say(installStepWords, wording, step)}`}
            />
          </ListItem>
        ))}
      </List>
      {result.warnings.map((warning) => (
        <Alert
          component="h2"
          key={warning.code}
          isInline
          variant="warning"
          title={say(installWarningWords, wording, warning)}
        />
      ))}
      {state ? <InstallProgressPanel progress={state.progress} /> : null}
      {key ? <PublicKeyPanel publicKey={key} /> : null}
    </Stack>
  );
}
