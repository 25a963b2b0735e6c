import { useEffect } from 'react';

/**
 * Takes the focus to the element with this id (a wizard's title) once it opens, so keyboard and
 * screen-reader users start inside what they opened rather than on the button behind it.
 */
export function useFocusOnOpen(id: string): void {
  useEffect(() => {
    const target = document.getElementById(id);
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }, [id]);
}
