import type { NodeUpgradeReason, NodeUpgradeState } from '../../../server/contract/upgrades';
import { useMemo } from 'react';
import { formatTime } from '../../messages/format';
import { upgradeReasonWords, upgradeStateWords } from '../../messages/upgrade-words';
import { useWording } from '../../messages/useWording';

export interface UpgradeText {
  state: (state: NodeUpgradeState) => string;
  reason: (reason: NodeUpgradeReason) => string;
  /** When a node entered a state, as a time of day. */
  time: (timestamp: string) => string;
  duration: (seconds: number) => string;
}

/** Words for the upgrade states and the reasons a node is blocked or failed. */
export function useUpgradeText(): UpgradeText {
  const wording = useWording();
  return useMemo(
    () => ({
      state: (state) => upgradeStateWords[state](wording),
      reason: (reason) => upgradeReasonWords[reason.code](wording, reason),
      time: (timestamp) => formatTime(wording.language, timestamp),
      duration: wording.duration,
    }),
    [wording],
  );
}
