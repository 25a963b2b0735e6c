import { useEffect, useRef, useState } from 'react';
import type { ReplacementView } from '../../../server/contract/replacement';
import { advanceReplacement } from './lifecycle-api';

/** A pause between turns, so a replacement that waits (nodes booting, pods terminating) is not hammered. */
const turnPauseMs = 300;

/**
 * Turns the replacements on while the page is open: the BFF says when an advance would change the
 * cluster or the record (`needsAdvance`), and the page asks for one turn at a time per replacement.
 * The progress lives in the cluster, so a reload (or another tab) picks up where this one stopped.
 */
export function useReplacementDriver(views: ReplacementView[]): Record<string, unknown> {
  const inFlight = useRef(new Set<string>());
  const [failures, setFailures] = useState<Record<string, unknown>>({});
  useEffect(() => {
    const asked = inFlight.current;
    const waiting = new Map<string, ReturnType<typeof setTimeout>>();
    for (const view of views) {
      const machineSet = view.plan.oldMachineSet;
      if (!view.needsAdvance || asked.has(machineSet)) continue;
      asked.add(machineSet);
      const turn = () => {
        waiting.delete(machineSet);
        advanceReplacement(machineSet)
          .then(
            () => {
              setFailures(({ [machineSet]: _done, ...rest }) => rest);
            },
            (failure: unknown) => {
              setFailures((previous) => ({ ...previous, [machineSet]: failure }));
            },
          )
          .finally(() => asked.delete(machineSet));
      };
      waiting.set(machineSet, setTimeout(turn, turnPauseMs));
    }
    return () => {
      // Turns not yet asked for are given up; the next document decides again.
      for (const [machineSet, timer] of waiting) {
        clearTimeout(timer);
        asked.delete(machineSet);
      }
    };
  }, [views]);
  return failures;
}
