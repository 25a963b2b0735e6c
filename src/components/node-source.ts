import type { WindowsNode } from '../../server/contract/nodes';
import type { Translate } from '../i18n';
import type { ListAttribute } from './list/useList';

type NodeSource = WindowsNode['source'];

/** Where a Windows node comes from, in words. */
export function nodeSourceText(t: Translate, source: NodeSource): string {
  return source === 'BYOH' ? t('BYOH') : t('MachineSet');
}

/** The Source filter of every list of Windows nodes. */
export function nodeSourceAttribute<T extends { source: NodeSource }>(
  t: Translate,
): ListAttribute<T> {
  return {
    id: 'source',
    title: t('Source'),
    placeholder: t('Filter by source'),
    value: (node) => node.source,
    options: (['MachineSet', 'BYOH'] as const).map((source) => ({
      id: source,
      label: nodeSourceText(t, source),
    })),
  };
}
