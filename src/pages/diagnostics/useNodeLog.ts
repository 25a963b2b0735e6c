import { useEffect, useState } from 'react';
import type { LogStreamLine } from '../../../server/contract/node-logs';
import { bffUrl } from '../../api/bff-client';
import { readNdjson } from '../../api/ndjson';
import { consoleFetch } from '../../console';
import {
  applyLogLine,
  emptyLogView,
  logQuery,
  type LogForm,
  type LogViewState,
} from './log-view-model';

export interface NodeLogRead extends LogViewState {
  reading: boolean;
  /** What the BFF refused the read with (an error before the stream), if it did. */
  failure?: unknown;
}

/** The path of one service's log on a node; `/text` after it for the download. */
export function nodeLogPath(node: string, form: LogForm): string {
  return `/diagnostics/nodes/${encodeURIComponent(node)}/logs/${form.service}`;
}

const starting: NodeLogRead = { ...emptyLogView, reading: true };

/**
 * Reads one service's log as `form` asks (again whenever the form is applied anew), streaming what
 * the BFF sends; a follow goes on until the form changes or the page goes.
 */
export function useNodeLog(node: string, form: LogForm): NodeLogRead {
  // What was read, and for which request: a new form starts from nothing.
  const [state, setState] = useState<{ form?: LogForm; node?: string; read: NodeLogRead }>({
    read: starting,
  });
  useEffect(() => {
    const abort = new AbortController();
    const update = (next: (previous: NodeLogRead) => NodeLogRead) => {
      setState((previous) => ({
        form,
        node,
        read: next(previous.form === form && previous.node === node ? previous.read : starting),
      }));
    };
    const url = bffUrl(`${nodeLogPath(node, form)}${logQuery(form)}`);
    const headers = { Accept: 'application/x-ndjson' };
    consoleFetch(url, { method: 'GET', headers, signal: abort.signal }, 0)
      .then((response) =>
        readNdjson(response, (line) => {
          update((previous) => ({
            ...applyLogLine(previous, line as LogStreamLine),
            reading: true,
          }));
        }),
      )
      .then(
        () => {
          update((previous) => ({ ...previous, reading: false }));
        },
        (error: unknown) => {
          if (!abort.signal.aborted) {
            update((previous) => ({ ...previous, reading: false, failure: error }));
          }
        },
      );
    return () => {
      abort.abort();
    };
  }, [node, form]);
  return state.form === form && state.node === node ? state.read : starting;
}
