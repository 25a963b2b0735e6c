import { useMemo } from 'react';
import { Content, Label, Truncate } from '@patternfly/react-core';
import type { ByohInstance, EntryIssue, InstanceStage } from '../../../server/contract/byoh';
import { consoleLinks } from '../../components/console-links';
import { ListLink } from '../../components/list/ListLink';
import type { ListSpec } from '../../components/list/useList';
import { lastPreflight, preflightRank, type PreflightSummary } from './instance-list-model';
import { useIssueText } from './useIssueText';
import { formatAge } from '../../messages/format';
import { useWording } from '../../messages/useWording';

const stageStatus: Record<InstanceStage, 'success' | 'warning' | 'danger' | 'info'> = {
  malformed: 'danger',
  listed: 'info',
  failed: 'danger',
  joined: 'warning',
  ready: 'success',
};
const stageOrder: readonly InstanceStage[] = ['malformed', 'failed', 'listed', 'joined', 'ready'];
const preflightStatus: Record<PreflightSummary, 'success' | 'warning' | 'danger' | undefined> = {
  pass: 'success',
  warn: 'warning',
  skipped: 'warning',
  fail: 'danger',
  never: undefined,
};

function IssueText({ issue }: { issue: EntryIssue }) {
  const issueText = useIssueText();
  return (
    <Content component="small" data-test="instance-issue">
      <br />
      {issueText(issue)}
    </Content>
  );
}

/** Every entry of windows-instances with what became of it. */
export function useInstanceListSpec(): ListSpec<ByohInstance> {
  const { t, language } = useWording();
  return useMemo(() => {
    const stageText: Record<InstanceStage, string> = {
      malformed: t('Malformed'),
      listed: t('Listed'),
      failed: t('Setup failed'),
      joined: t('Joined'),
      ready: t('Ready'),
    };
    const preflightText: Record<PreflightSummary, string> = {
      pass: t('Passed'),
      warn: t('Warnings'),
      skipped: t('Warnings'),
      fail: t('Failed'),
      never: t('Never run'),
    };
    return {
      id: 'byoh-instances',
      rowKey: (instance) => instance.address,
      rowTestId: (instance) => `instance-${instance.address}`,
      searchText: (instance) => [
        instance.address,
        instance.username,
        instance.node?.name,
        ...instance.ipv4,
      ],
      searchPlaceholder: t('Filter by address, user or node'),
      defaultSort: { column: 'address', direction: 'asc' },
      columns: [
        {
          id: 'address',
          title: t('Address'),
          required: true,
          sortKey: (instance) => instance.address,
          cell: (instance) => {
            const resolved = instance.ipv4.filter((ip) => ip !== instance.address);
            return (
              <>
                {instance.address}
                {resolved.length > 0 ? (
                  <Content component="small">{` → ${resolved.join(', ')}`}</Content>
                ) : null}
                {instance.issue ? <IssueText issue={instance.issue} /> : null}
              </>
            );
          },
        },
        {
          id: 'user',
          title: t('User'),
          sortKey: (instance) => instance.username ?? instance.value,
          cell: (instance) => instance.username ?? instance.value,
        },
        {
          id: 'preflight',
          title: t('Last preflight'),
          sortKey: (instance) => preflightRank[lastPreflight(instance)],
          cell: (instance) => {
            const outcome = lastPreflight(instance);
            if (!instance.preflight) return preflightText.never;
            const age = formatAge(language, instance.preflight.at);
            return (
              <Label isCompact status={preflightStatus[outcome]}>
                {outcome === 'pass'
                  ? t('Passed {{age}} ago', { age })
                  : outcome === 'fail'
                    ? t('Failed {{age}} ago', { age })
                    : t('Warnings {{age}} ago', { age })}
              </Label>
            );
          },
        },
        {
          id: 'stage',
          title: t('Status'),
          sortKey: (instance) => stageOrder.indexOf(instance.stage),
          cell: (instance) => (
            <Label isCompact status={stageStatus[instance.stage]} data-test="instance-stage">
              {stageText[instance.stage]}
            </Label>
          ),
        },
        {
          id: 'node',
          title: t('Node'),
          modifier: 'nowrap',
          sortKey: (instance) => instance.node?.name ?? '',
          cell: (instance) =>
            instance.node ? (
              <ListLink to={consoleLinks.node(instance.node.name)}>{instance.node.name}</ListLink>
            ) : (
              '—'
            ),
        },
        {
          id: 'version',
          title: t('WMCO version'),
          sortKey: (instance) => instance.node?.wmcoVersion ?? '',
          cell: (instance) => instance.node?.wmcoVersion ?? '—',
        },
        {
          id: 'event',
          title: t('Latest WMCO event'),
          sortKey: (instance) => -Date.parse(instance.events[0]?.at ?? '1970-01-01T00:00:00Z'),
          cell: (instance) => {
            const event = instance.events[0];
            if (!event) return '—';
            return (
              <>
                {t('{{reason}}, {{age}} ago', {
                  reason: event.reason,
                  age: formatAge(language, event.at),
                })}
                <Content component="small">
                  <Truncate content={event.message} />
                </Content>
              </>
            );
          },
        },
      ],
      attributes: [
        {
          id: 'stage',
          title: t('Status'),
          placeholder: t('Filter by status'),
          value: (instance) => instance.stage,
          options: stageOrder.map((stage) => ({ id: stage, label: stageText[stage] })),
        },
        {
          id: 'preflight',
          title: t('Last preflight'),
          placeholder: t('Filter by last preflight'),
          value: lastPreflight,
          options: (['fail', 'warn', 'pass', 'never'] as const).map((outcome) => ({
            id: outcome,
            label: preflightText[outcome],
          })),
        },
        {
          id: 'version',
          title: t('WMCO version'),
          placeholder: t('Filter by WMCO version'),
          value: (instance) => instance.node?.wmcoVersion ?? 'none',
          options: [{ id: 'none', label: t('No node yet') }],
        },
      ],
    };
  }, [t, language]);
}
