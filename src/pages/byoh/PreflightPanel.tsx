import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Content,
  Flex,
  FlexItem,
  Label,
  Spinner,
  Stack,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { CheckResult, CheckStatus, InstanceInput } from '../../../server/contract/byoh';
import { failureMessage } from '../../api/bff-client';
import { usePluginTranslation } from '../../i18n';
import { remediateByohHost, streamPreflight } from './byoh-api';
import { CheckStatusIcon } from './CheckStatusIcon';
import { ConfirmModal } from '../../components/ConfirmModal';
import {
  startPreflight,
  withCheck,
  withLine,
  type HostPreflight,
  type PreflightState,
} from './preflight-model';
import { useCheckText } from './useCheckText';

interface PreflightPanelProps {
  hosts: InstanceInput[];
  /** Reports every change, so the caller can act on the verdict. */
  onChange?: (state: PreflightState) => void;
}

function OutcomeLabel({ outcome }: { outcome?: CheckStatus }) {
  const { t } = usePluginTranslation();
  if (!outcome) return <Spinner size="sm" aria-label={t('Checking')} />;
  if (outcome === 'pass') return <Label status="success">{t('All checks passed')}</Label>;
  if (outcome === 'warn') return <Label status="warning">{t('Passed with warnings')}</Label>;
  return <Label status="danger">{t('Failed')}</Label>;
}

function HostChecks({
  host,
  onRemediate,
}: {
  host: HostPreflight;
  onRemediate: (host: HostPreflight) => void;
}) {
  const { t } = usePluginTranslation();
  const { title, describe } = useCheckText();
  const row = (check: CheckResult) => {
    const text = describe(check, host.checks);
    return (
      <Tr key={check.id} data-test={`check-${check.id}`} data-status={check.status}>
        <Td dataLabel={t('Result')} modifier="fitContent">
          <CheckStatusIcon status={check.status} />
        </Td>
        <Td dataLabel={t('Check')}>{title(check.id)}</Td>
        <Td dataLabel={t('Finding')}>
          {text.message}
          {text.fix ? (
            <Content component="small">
              <br />
              {t('Fix: {{fix}}', { fix: text.fix })}
            </Content>
          ) : null}
        </Td>
        <Td dataLabel={t('Action')} modifier="fitContent">
          {check.remediable && check.status === 'fail' ? (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                onRemediate(host);
              }}
            >
              {t('Remediate')}
            </Button>
          ) : null}
        </Td>
      </Tr>
    );
  };
  return (
    <Stack data-test={`preflight-${host.address}`}>
      <Flex alignItems={{ default: 'alignItemsCenter' }}>
        <FlexItem>
          <Title headingLevel="h3">
            {t('{{address}} as {{username}}', { address: host.address, username: host.username })}
          </Title>
        </FlexItem>
        <FlexItem data-test="preflight-outcome">
          <OutcomeLabel outcome={host.outcome} />
        </FlexItem>
        {host.saved === false ? (
          <FlexItem>
            <Content component="small">
              {t('Not recorded: you may not write ConfigMaps in WMCO’s namespace.')}
            </Content>
          </FlexItem>
        ) : null}
      </Flex>
      <Table
        aria-label={t('Preflight checks of {{address}}', { address: host.address })}
        variant="compact"
      >
        <Thead>
          <Tr>
            <Th screenReaderText={t('Result')} />
            <Th>{t('Check')}</Th>
            <Th>{t('Finding')}</Th>
            <Th screenReaderText={t('Action')} />
          </Tr>
        </Thead>
        <Tbody>{host.checks.map(row)}</Tbody>
      </Table>
    </Stack>
  );
}

/**
 * Runs the SSH preflight of some hosts and shows each check as it arrives. A failed firewall check can be
 * remediated over SSH, each host only after its own confirmation; the check then runs again. Give it a
 * `key` that changes with the hosts: a new run is a new panel.
 */
export function PreflightPanel({ hosts, onChange }: PreflightPanelProps) {
  const { t } = usePluginTranslation();
  const [state, setState] = useState<PreflightState>(() => startPreflight(hosts));
  const [error, setError] = useState<string>();
  const [remediating, setRemediating] = useState<HostPreflight>();
  const [request] = useState(hosts);

  useEffect(() => {
    const abort = new AbortController();
    streamPreflight(
      request,
      (line) => {
        setState((previous) => withLine(previous, line));
      },
      abort.signal,
    ).catch((failure: unknown) => {
      if (!abort.signal.aborted) setError(failureMessage(failure));
    });
    return () => {
      abort.abort();
    };
  }, [request]);

  useEffect(() => {
    onChange?.(state);
  }, [state, onChange]);

  return (
    <Stack hasGutter data-test="preflight-results">
      {error ? (
        <Alert component="h2" isInline variant="danger" title={t('The preflight could not run')}>
          {error}
        </Alert>
      ) : (
        state.hosts.map((host) => (
          <HostChecks key={host.address} host={host} onRemediate={setRemediating} />
        ))
      )}
      {remediating ? (
        <ConfirmModal
          id="byoh-remediate"
          title={t('Create firewall rules on {{address}}?', { address: remediating.address })}
          confirmLabel={t('Create firewall rules')}
          onConfirm={async () => {
            const result = await remediateByohHost({
              address: remediating.address,
              username: remediating.username,
            });
            setState((previous) => withCheck(previous, result.address, result.check));
          }}
          onClose={() => {
            setRemediating(undefined);
          }}
        >
          {t(
            'The backend logs in to {{address}} as {{username}} with cloud-private-key and creates the inbound rules ContainerLogsPort (TCP 10250) and WindowsExporterMetricsPort (TCP 9182) where missing, then checks the ports again. Nothing else is changed on the host.',
            { address: remediating.address, username: remediating.username },
          )}
        </ConfirmModal>
      ) : null}
    </Stack>
  );
}
