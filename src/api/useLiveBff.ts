import { useEffect, useState } from 'react';
import type { ErrorResponse } from '../../server/contract/errors';
import { bffFailureText, bffUrl, failureMessage, getFromBff } from './bff-client';

export interface LiveBff<T> {
  data?: T;
  error?: string;
  loading: boolean;
  /** False while the event stream is down and the page polls instead. */
  live: boolean;
}

const pollIntervalMs = 5000;

/**
 * Keeps a BFF document current without reloads: server-sent events from `<path>/events`, and polling
 * `<path>` whenever the stream is broken, until it delivers again.
 */
export function useLiveBff<T>(path: string): LiveBff<T> {
  const [state, setState] = useState<LiveBff<T> & { path: string }>({
    path,
    loading: true,
    live: true,
  });

  useEffect(() => {
    let stopped = false;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    const update = (next: Partial<LiveBff<T>>) => {
      if (!stopped) setState((previous) => ({ ...previous, path, loading: false, ...next }));
    };

    const poll = () => {
      getFromBff<T>(path).then(
        (data) => {
          update({ data, error: undefined });
        },
        (error: unknown) => {
          update({ error: failureMessage(error) });
        },
      );
    };
    const startPolling = () => {
      if (pollTimer) return;
      poll();
      pollTimer = setInterval(poll, pollIntervalMs);
    };
    const stopPolling = () => {
      clearInterval(pollTimer);
      pollTimer = undefined;
    };

    const source = new EventSource(bffUrl(`${path}/events`));
    source.addEventListener('snapshot', (event) => {
      stopPolling();
      update({
        data: JSON.parse((event as MessageEvent<string>).data) as T,
        error: undefined,
        live: true,
      });
    });
    source.addEventListener('problem', (event) => {
      const problem = JSON.parse((event as MessageEvent<string>).data) as Partial<ErrorResponse>;
      update({ error: bffFailureText(problem) ?? problem.code });
    });
    // EventSource retries by itself; until it delivers again, the page polls.
    source.onerror = () => {
      update({ live: false });
      startPolling();
    };

    return () => {
      stopped = true;
      stopPolling();
      source.close();
    };
  }, [path]);

  // A new path starts from "loading", not from the previous page's document.
  if (state.path !== path) return { loading: true, live: true };
  return { data: state.data, error: state.error, loading: state.loading, live: state.live };
}
