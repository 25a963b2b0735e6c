import { useCallback, useEffect, useState } from 'react';
import { failureMessage, getFromBff } from './bff-client';

export interface BffQuery<T> {
  /** The last answer, kept while a reload is under way. */
  data?: T;
  error?: string;
  /** What the failed call threw: its code and params, when the BFF sent them (see failureCode). */
  failure?: unknown;
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  request: string;
  data?: T;
  error?: string;
  failure?: unknown;
}

/** Reads one BFF resource for a page, with loading and error states and a way to ask again. */
export function useBffQuery<T>(path: string): BffQuery<T> {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer<T>>();
  const request = `${path}#${String(attempt)}`;

  useEffect(() => {
    const abort = new AbortController();
    getFromBff<T>(path, abort.signal).then(
      (data) => {
        setAnswer({ request, data });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) {
          setAnswer({ request, error: failureMessage(error), failure: error });
        }
      },
    );
    return () => {
      abort.abort();
    };
  }, [path, request]);

  const reload = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  const loading = answer?.request !== request;
  return {
    data: answer?.data,
    error: loading ? undefined : answer.error,
    failure: loading ? undefined : answer.failure,
    loading,
    reload,
  };
}
