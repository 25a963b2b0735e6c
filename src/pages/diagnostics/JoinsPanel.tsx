import { useState } from 'react';
import { EmptyState, EmptyStateBody, Label, Stack } from '@patternfly/react-core';
import { ExpandableRowContent, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { JoinDiagnosis, JoinsResponse } from '../../../server/contract/diagnostics';
import { useLiveBff } from '../../api/useLiveBff';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { useDurationText } from '../../components/useDurationText';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { JoinTimelineView } from './JoinTimelineView';
import { useJoinText } from './useJoinText';

/** The Machine's name or the BYOH entry's address: what the admin created. */
export function joinSubjectName({ subject }: JoinDiagnosis): string {
  return subject.kind === 'Machine' ? subject.name : subject.address;
}

/** Every Windows Machine and BYOH instance joining or joined, stuck ones first, each with its timeline. */
export function JoinsPanel() {
  const { t } = usePluginTranslation();
  const { data, error, loading } = useLiveBff<JoinsResponse>('/diagnostics/joins');
  const text = useJoinText();
  const duration = useDurationText();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (name: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  };
  const headers = [t('Machine or BYOH instance'), t('Node'), t('Step'), t('Time'), t('Cause')];
  return (
    <LoadState loading={loading} error={error} hasData={data !== undefined}>
      {data ? (
        <Stack hasGutter>
          <UnreadableAlert
            resources={data.unreadable}
            consequence={t('Timelines may be missing or incomplete.')}
          />
          {data.joins.length === 0 ? (
            <EmptyState headingLevel="h2" titleText={t('No Windows Machines or BYOH instances')}>
              <EmptyStateBody>
                {t('Each Windows Machine and BYOH instance appears here with its join timeline.')}
              </EmptyStateBody>
            </EmptyState>
          ) : (
            <Table aria-label={t('Join timelines')} variant="compact" data-test="joins-table">
              <Thead>
                <Tr>
                  <Th screenReaderText={t('Show the timeline')} />
                  {headers.map((header) => (
                    <Th key={header}>{header}</Th>
                  ))}
                </Tr>
              </Thead>
              {data.joins.map((join, index) => {
                const name = joinSubjectName(join);
                const isExpanded = expanded.has(name);
                const { timeline, verdict } = join;
                return (
                  <Tbody key={name} isExpanded={isExpanded}>
                    <Tr data-test={`join-${name}`}>
                      <Td
                        expand={{
                          rowIndex: index,
                          isExpanded,
                          onToggle: () => {
                            toggle(name);
                          },
                        }}
                      />
                      <Td dataLabel={headers[0]}>
                        {join.subject.kind === 'BYOH' ? `${name} (${t('BYOH')})` : name}
                      </Td>
                      <Td dataLabel={headers[1]}>
                        {join.node ? (
                          <Link to={`/windows/diagnostics/nodes/${join.node}`}>{join.node}</Link>
                        ) : (
                          '—'
                        )}
                      </Td>
                      <Td dataLabel={headers[2]} data-test="join-step">
                        {timeline.openStep ? text.waitingAt(timeline.openStep) : t('Joined')}{' '}
                        {timeline.stuckAt ? (
                          <Label status="danger" isCompact>
                            {t('Stuck')}
                          </Label>
                        ) : null}
                      </Td>
                      <Td dataLabel={headers[3]}>
                        {timeline.elapsedMs === undefined ? '—' : duration(timeline.elapsedMs)}
                      </Td>
                      <Td dataLabel={headers[4]} data-test="join-cause">
                        {verdict.code === 'known-causes'
                          ? verdict.causes.map((cause) => text.cause(cause)).join(' ')
                          : verdict.code === 'no-known-cause'
                            ? t('None of the known causes matches')
                            : '—'}
                      </Td>
                    </Tr>
                    <Tr isExpanded={isExpanded}>
                      <Td colSpan={headers.length + 1}>
                        <ExpandableRowContent>
                          {isExpanded ? <JoinTimelineView join={join} id={name} /> : null}
                        </ExpandableRowContent>
                      </Td>
                    </Tr>
                  </Tbody>
                );
              })}
            </Table>
          )}
        </Stack>
      ) : null}
    </LoadState>
  );
}
