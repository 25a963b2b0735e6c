import { Alert, Button, Content, Label, Stack } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type {
  NodeServicesResponse,
  ServiceLogChecks,
} from '../../../server/contract/node-services';
import { judgeNodeServices } from '../../../server/src/domain/diagnostics/node-services';
import { useBffQuery } from '../../api/useBffQuery';
import { useLiveBff } from '../../api/useLiveBff';
import { LoadState } from '../../components/LoadState';
import { usePluginTranslation } from '../../i18n';
import { NodeLogRefusal } from './NodeLogRefusal';
import { useServiceText } from './useServiceText';

/**
 * The services WMCO’s ConfigMap says this node must run, in start order, each judged on what the node
 * shows (live) and on the end of its log (read once, again on request).
 */
export function NodeServicesPanel({ node }: { node: string }) {
  const { t } = usePluginTranslation();
  const text = useServiceText();
  const base = `/diagnostics/nodes/${encodeURIComponent(node)}/services`;
  const live = useLiveBff<NodeServicesResponse>(base);
  const logs = useBffQuery<ServiceLogChecks>(`${base}/logs`);
  const data = live.data;
  const services = data
    ? judgeNodeServices(data.expected, { ...data.facts, logs: logs.data?.logs ?? {} })
    : [];
  const headers = [t('Service'), t('Starts'), t('Depends on'), t('State'), t('What it says')];
  return (
    <LoadState loading={live.loading} error={live.error} hasData={data !== undefined}>
      {data ? (
        <Stack hasGutter>
          {!data.found ? (
            <Alert
              component="h2"
              isInline
              variant="warning"
              title={t('No Windows node {{node}}', { node })}
            />
          ) : null}
          {data.configProblem ? (
            <Alert
              component="h2"
              isInline
              variant="warning"
              title={t('WMCO’s expected services are unknown')}
            >
              {text.configProblem(data.configProblem)}
            </Alert>
          ) : null}
          {data.readyMessage ? (
            <Content component="p">
              {t('The node reports: {{message}}', { message: data.readyMessage })}
            </Content>
          ) : null}
          <Content component="p" data-test="services-source">
            {data.servicesConfigMap
              ? t('Expected by WMCO’s ConfigMap {{configMap}}.', {
                  configMap: data.servicesConfigMap,
                })
              : null}{' '}
            {logs.loading
              ? t('Reading the services’ logs…')
              : logs.data
                ? t('Logs read at {{time}}.', {
                    time: new Date(logs.data.checkedAt).toLocaleTimeString(),
                  })
                : null}{' '}
            <Button variant="link" isInline onClick={logs.reload} isDisabled={logs.loading}>
              {t('Read the logs again')}
            </Button>
          </Content>
          {logs.error ? <NodeLogRefusal error={logs.failure} /> : null}
          <Table
            aria-label={t('Services on {{node}}', { node })}
            variant="compact"
            data-test="services-table"
          >
            <Thead>
              <Tr>
                {headers.map((header) => (
                  <Th key={header}>{header}</Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {services.map((service) => {
                const state = text.state(service.state);
                return (
                  <Tr key={service.name} data-test={`service-${service.name}`}>
                    <Td dataLabel={headers[0]}>{service.name}</Td>
                    <Td dataLabel={headers[1]}>
                      {service.bootstrap
                        ? t('Before the node exists')
                        : t('With the node, priority {{priority}}', { priority: service.priority })}
                    </Td>
                    <Td dataLabel={headers[2]}>{service.dependencies.join(', ') || '—'}</Td>
                    <Td dataLabel={headers[3]} data-test="service-state">
                      <Label status={state.status} isCompact>
                        {state.label}
                      </Label>
                    </Td>
                    <Td dataLabel={headers[4]} modifier="breakWord">
                      {state.words ? <code>{state.words}</code> : '—'}
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        </Stack>
      ) : null}
    </LoadState>
  );
}
