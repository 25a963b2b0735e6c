import { Label } from '@patternfly/react-core';
import type { NodeStatus } from '../../server/src/domain/nodes/node-status';
import type { Translate } from '../i18n';

const order: readonly NodeStatus[] = ['ready', 'configuring', 'not-ready'];
const labelStatus = { ready: 'success', configuring: 'info', 'not-ready': 'danger' } as const;

/** A node's status in words; made once per list, so rows ask for no translations. */
export function nodeStatusTexts(t: Translate): Record<NodeStatus, string> {
  return { ready: t('Ready'), configuring: t('Configuring'), 'not-ready': t('Not Ready') };
}

export function nodeStatusLabel(status: NodeStatus, texts: Record<NodeStatus, string>) {
  return (
    <Label isCompact status={labelStatus[status]}>
      {texts[status]}
    </Label>
  );
}

/** The options of a Status filter over Windows nodes. */
export function nodeStatusOptions(texts: Record<NodeStatus, string>) {
  return order.map((id) => ({ id, label: texts[id] }));
}
