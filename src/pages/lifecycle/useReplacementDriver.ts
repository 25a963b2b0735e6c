import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReplacementResult, ReplacementView } from '../../../server/contract/replacement';
import { failureCode } from '../../api/bff-client';
import { advanceReplacement, readReplacements } from './lifecycle-api';
import { isSettled, type LastRequest } from './lifecycle-model';

/** A pause between turns, so a replacement that waits (nodes booting, pods terminating) is not hammered. */
const turnPauseMs = 300;

/** A refusal because the page showed an older state of the replacement than the cluster holds. */
export const isMovedOn = (failure: unknown) =>
  ['not-awaiting-confirmation', 'not-running'].includes(failureCode(failure)?.code ?? '');

export interface ReplacementDriver {
  /** The last turn this page asked for, per old MachineSet, when it failed. */
  failures: Record<string, unknown>;
  /** False while a request on the replacement is in flight, or while its shown view predates the last. */
  isSettled: (view: ReplacementView) => boolean;
  /** Asks for a change of the replacement, tracked as above. */
  request: (view: ReplacementView, ask: () => Promise<ReplacementResult>) => Promise<unknown>;
}

/**
 * Turns the replacements on while the page is open: the BFF says when an advance would change the
 * cluster or the record (`needsAdvance`), and the page asks for one turn at a time per replacement.
 * The progress lives in the cluster, so a reload (or another tab) picks up where this one stopped.
 * A live document can arrive after a request that made it stale; until a newer one does, the
 * replacement's buttons are held back so no one confirms a step that has moved on.
 */
export function useReplacementDriver(views: ReplacementView[]): ReplacementDriver {
  const inFlight = useRef(new Set<string>());
  const [failures, setFailures] = useState<Record<string, unknown>>({});
  const [lastRequests, setLastRequests] = useState<Record<string, LastRequest>>({});

  const request = useCallback((view: ReplacementView, ask: () => Promise<ReplacementResult>) => {
    const machineSet = view.plan.oldMachineSet;
    const before = view.resourceVersion;
    const settle = (after: string) => {
      setLastRequests((previous) => ({ ...previous, [machineSet]: { before, after } }));
    };
    setLastRequests((previous) => ({ ...previous, [machineSet]: { before } }));
    return ask().then(
      ({ replacement }) => {
        settle(replacement.resourceVersion);
      },
      async (failure: unknown) => {
        // Refused because the page was behind: learn where the record is now, so the buttons wait for it.
        const now = isMovedOn(failure)
          ? await readReplacements().then(
              ({ replacements }) =>
                replacements.find((shown) => shown.plan.oldMachineSet === machineSet)
                  ?.resourceVersion,
              () => undefined,
            )
          : undefined;
        settle(now ?? before);
        throw failure;
      },
    );
  }, []);

  useEffect(() => {
    const asked = inFlight.current;
    const waiting = new Map<string, ReturnType<typeof setTimeout>>();
    for (const view of views) {
      const machineSet = view.plan.oldMachineSet;
      if (!view.needsAdvance || asked.has(machineSet)) continue;
      asked.add(machineSet);
      const turn = () => {
        waiting.delete(machineSet);
        request(view, () => advanceReplacement(machineSet))
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
  }, [views, request]);

  return {
    failures,
    isSettled: (view) => isSettled(lastRequests[view.plan.oldMachineSet], view.resourceVersion),
    request,
  };
}
