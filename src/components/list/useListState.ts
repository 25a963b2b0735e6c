import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from '../../console';
import type { ListState } from './list-model';
import { listQuery, readListState, writeListState, type ListUrlSpec } from './list-url';

/** The console writes a typed filter to the URL once typing pauses this long. */
const textDebounceMs = 250;
/** Other changes reach the URL right after the table has painted them: a URL change renders the page. */
const urlFollowMs = 100;

export type ListUpdate = (
  change: (state: ListState) => ListState,
  options?: { debounceUrl?: boolean },
) => void;

interface Held {
  list: ListState;
  /** This list's part of the URL as last seen: a different one is a navigation or our own write. */
  urlQuery: string;
  /** What this list last wrote, so its echo is not taken for a navigation. */
  written: string;
  urlDelayMs: number;
}

/**
 * A list's filter, sort and page, kept in the URL query (reload and share keep them) unless `inUrl` is
 * false. The table follows every change at once; the URL follows typed text after a pause, the rest
 * as soon as the table has painted. A URL changed from outside (back, a link) replaces the state.
 */
export function useListState(spec: ListUrlSpec, inUrl: boolean): [ListState, ListUpdate] {
  const location = useLocation();
  const navigate = useNavigate();
  const fromUrl = () => readListState(new URLSearchParams(location.search), spec);
  const urlQuery = inUrl ? listQuery(fromUrl(), spec) : '';
  const [held, setHeld] = useState<Held>(() => ({
    list: inUrl ? fromUrl() : spec.defaults,
    urlQuery,
    written: urlQuery,
    urlDelayMs: 0,
  }));

  // Adjusting state while rendering, React's pattern for following a changed input.
  let current = held;
  if (inUrl && urlQuery !== held.urlQuery) {
    const list = urlQuery === held.written ? held.list : fromUrl();
    current = { ...held, list, urlQuery, urlDelayMs: 0 };
    setHeld(current);
  }

  const wanted = inUrl ? listQuery(current.list, spec) : '';
  const { pathname, search } = location;
  useEffect(() => {
    if (!inUrl || wanted === current.urlQuery) return;
    const timer = setTimeout(() => {
      setHeld((previous) => ({ ...previous, written: wanted }));
      const params = writeListState(new URLSearchParams(search), current.list, spec);
      const query = params.toString();
      void navigate({ pathname, search: query ? `?${query}` : '' }, { replace: true });
    }, current.urlDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [inUrl, wanted, current, spec, pathname, search, navigate]);

  const update = useCallback<ListUpdate>((change, options) => {
    setHeld((previous) => ({
      ...previous,
      list: change(previous.list),
      urlDelayMs: options?.debounceUrl ? textDebounceMs : urlFollowMs,
    }));
  }, []);

  return [current.list, update];
}
