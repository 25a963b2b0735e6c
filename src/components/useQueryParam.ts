import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from '../console';

/**
 * One query parameter as a page's state (an open wizard, a tab): a reload or a shared link keeps the
 * place, and Back returns to where the user was before it changed. The setter stays the same
 * function across URL changes, so what holds it (a list's toolbar) does not render again for them.
 */
export function useQueryParam(key: string): [string | undefined, (value?: string) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const latest = useRef({ location, navigate });
  useEffect(() => {
    latest.current = { location, navigate };
  }, [location, navigate]);
  const value = new URLSearchParams(location.search).get(key) ?? undefined;
  const set = useCallback(
    (next?: string) => {
      const { pathname, search } = latest.current.location;
      const params = new URLSearchParams(search);
      if (next === undefined) params.delete(key);
      else params.set(key, next);
      const query = params.toString();
      void latest.current.navigate({ pathname, search: query ? `?${query}` : '' });
    },
    [key],
  );
  return [value, set];
}
