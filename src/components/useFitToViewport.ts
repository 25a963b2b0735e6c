import { useEffect, useState } from 'react';

/** Room left under the element for the page section's own padding. */
const bottomMargin = 24;
/** Below this a wizard's body has too little room to show a field; the page scrolls instead. */
const minimumHeight = 360;

/**
 * The height that makes an element (given the callback ref) end at the bottom of the viewport. A wizard
 * given it scrolls its step inside itself, so its footer (Next, Create) stays in view however long the
 * step is.
 */
export function useFitToViewport(): [(element: HTMLElement | null) => void, number | undefined] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState<number>();
  useEffect(() => {
    if (!element) return;
    const fit = () => {
      const { top } = element.getBoundingClientRect();
      setHeight(Math.max(minimumHeight, Math.round(window.innerHeight - top - bottomMargin)));
    };
    fit();
    window.addEventListener('resize', fit);
    return () => {
      window.removeEventListener('resize', fit);
    };
  }, [element]);
  return [setElement, height];
}
