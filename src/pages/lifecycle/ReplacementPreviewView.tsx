import { Alert, Label, List, ListItem, Stack } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ReplacementPreview } from '../../../server/contract/replacement';
import { YamlPreview } from '../../components/YamlPreview';
import { usePluginTranslation } from '../../i18n';
import { verdictOrder, verdictStatus } from './lifecycle-model';
import { useLifecycleText } from './useLifecycleText';
import { useReplacementText } from './useReplacementText';

/** What a move would do, what stops it, and the workloads it moves, those that break first. */
export function ReplacementPreviewView({ preview }: { preview: ReplacementPreview }) {
  const { t } = usePluginTranslation();
  const text = useReplacementText();
  const lifecycleText = useLifecycleText();
  const affected = [...preview.affected].sort(
    (a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict],
  );
  return (
    <Stack hasGutter data-test="replacement-preview">
      {preview.blockers.length > 0 ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('This move is blocked: nothing was changed')}
          data-test="replacement-blockers"
        >
          <List>
            {preview.blockers.map((blocker, index) => (
              <ListItem key={index}>{text.blocker(blocker)}</ListItem>
            ))}
          </List>
        </Alert>
      ) : preview.problems.length > 0 ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('The new MachineSet breaks the platform’s rules')}
        >
          <List>
            {preview.problems.map((problem, index) => (
              <ListItem key={index}>
                {problem.field}: {text.problem(problem)}
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : (
        <Alert component="h2" isInline variant="success" title={t('Nothing blocks this move')} />
      )}
      {preview.warnings.length > 0 ? (
        <Alert
          component="h2"
          isInline
          variant="warning"
          title={t('Not every image could be judged')}
        >
          <List>
            {preview.warnings.map((warning, index) => (
              <ListItem key={index}>{text.warning(warning)}</ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
      <Table aria-label={t('Workloads on the old nodes')} variant="compact">
        <Thead>
          <Tr>
            <Th>{t('Workload on the old nodes')}</Th>
            <Th>{t('On the target build')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {affected.map(({ workload, verdict }) => (
            <Tr key={workload} data-test="affected-workload" data-verdict={verdict}>
              <Td dataLabel={t('Workload on the old nodes')}>{workload}</Td>
              <Td dataLabel={t('On the target build')}>
                <Label isCompact status={verdictStatus(verdict)}>
                  {lifecycleText.verdict(verdict)}
                </Label>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <YamlPreview kind="MachineSet" name={preview.plan.newMachineSet} yaml={preview.yaml} />
    </Stack>
  );
}
