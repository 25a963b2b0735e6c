import { useEffect, useState } from 'react';
import type { ErrorResponse } from '../../server/contract/errors';
import { bffFailureText, bffUrl, failureMessage, failureStatus, getFromBff } from './bff-client';

export interface LiveBff<T> {
  data?: T;
  error?: string;
  loading: boolean;
  /** False while the event stream is down and the page polls instead. */
  live: boolean;
  /**
   * The API server no longer accepts the user's token (expired, or revoked): the stream has ended, the
   * document is dropped, and nothing is fetched until the page is loaded again.
   */
  expired: boolean;
}

const pollIntervalMs = 5000;

/**
 * Keeps a BFF document current without reloads: server-sent events from `<path>/events`, and polling
 * `<path>` whenever the stream is broken, until it delivers again. An `expired` event (or a poll
 * refused with 401) ends both: what the page last got is no longer shown as live.
 */
export function useLiveBff<T>(path: string): LiveBff<T> {
  const [state, setState] = useState<LiveBff<T> & { path: string }>({
    path,
    loading: true,
    live: true,
    expired: false,
  });

  useEffect(() => {
    let stopped = false;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    const update = (next: Partial<LiveBff<T>>) => {
      if (!stopped) setState((previous) => ({ ...previous, path, loading: false, ...next }));
    };

    const source = new EventSource(bffUrl(`${path}/events`));
    const stopPolling = () => {
      clearInterval(pollTimer);
      pollTimer = undefined;
    };
    const expire = () => {
      source.close();
      stopPolling();
      update({ data: undefined, error: undefined, live: false, expired: true });
      stopped = true;
    };
    const poll = () => {
      getFromBff<T>(path).then(
        (data) => {
          update({ data, error: undefined });
        },
        (error: unknown) => {
          if (failureStatus(error) === 401) expire();
          else update({ error: failureMessage(error) });
        },
      );
    };
    const startPolling = () => {
      if (pollTimer) return;
      poll();
      pollTimer = setInterval(poll, pollIntervalMs);
    };

    source.addEventListener('snapshot', (event) => {
      stopPolling();
      update({
        data: JSON.parse((event as MessageEvent<string>).data) as T,
        error: undefined,
        live: true,
      });
    });
    source.addEventListener('expired', expire);
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
  if (state.path !== path) return { loading: true, live: true, expired: false };
  const { data, error, loading, live, expired } = state;
  return { data, error, loading, live, expired };
}
