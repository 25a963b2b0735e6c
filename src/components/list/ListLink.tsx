import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useHref, useNavigate } from '../../console';

interface ListLinks {
  href: (to: string) => string;
  follow: (to: string) => void;
}

const ListLinksContext = createContext<ListLinks | undefined>(undefined);

/**
 * What the links of one list share: the router's base and a navigate that stays the same object. A
 * router Link subscribes to every URL change; a page of rows holds a hundred of them, and the list's
 * own URL writes would render them all again.
 */
export function ListLinksProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const root = useHref('/');
  const latest = useRef(navigate);
  useEffect(() => {
    latest.current = navigate;
  }, [navigate]);
  const links = useMemo<ListLinks>(
    () => ({
      href: (to) => `${root.replace(/\/$/, '')}${to}`,
      follow: (to) => {
        void latest.current(to);
      },
    }),
    [root],
  );
  return <ListLinksContext.Provider value={links}>{children}</ListLinksContext.Provider>;
}

function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.button === 0 &&
    !event.defaultPrevented &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
  );
}

/** A link in a list's cell, followed inside the console as a router Link is (new tabs work too). */
export function ListLink({ to, children }: { to: string; children: ReactNode }) {
  const links = useContext(ListLinksContext);
  if (!links) throw new Error('ListLink needs a ListView around it');
  return (
    <a
      href={links.href(to)}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        links.follow(to);
      }}
    >
      {children}
    </a>
  );
}
