import { useEffect, useState } from 'react';
import type { StateTransition } from '../../../server/contract/upgrades';
import { onTick } from '../../components/clock';
import { useDurationText } from '../../components/useDurationText';
import { usePluginTranslation } from '../../i18n';
import { timelineDurations } from './timeline-durations';
import { useUpgradeText } from './useUpgradeText';

/** A node's states in this upgrade, each with when it began and how long it took or has taken so far. */
export function NodeTimeline({ history }: { history: StateTransition[] }) {
  const { t } = usePluginTranslation();
  const text = useUpgradeText();
  const duration = useDurationText();
  const [now, setNow] = useState(Date.now);
  const timed = timelineDurations(history, now);
  const ticking = timed.some((entry) => entry.ongoing);
  useEffect(
    () =>
      ticking
        ? onTick(() => {
            setNow(Date.now());
          })
        : undefined,
    [ticking],
  );
  if (timed.length === 0) return <span data-test="node-timeline">—</span>;
  return (
    <span data-test="node-timeline">
      {timed
        .map((entry) => {
          const step = `${text.state(entry.state)} ${text.time(entry.at)}`;
          if (entry.durationMs === undefined) return step;
          const took = duration(entry.durationMs);
          return entry.ongoing
            ? t('{{step}} ({{duration}} so far)', { step, duration: took })
            : t('{{step}} (took {{duration}})', { step, duration: took });
        })
        .join(' → ')}
    </span>
  );
}
