import { useEffect, useState } from 'react';
import { formatAge } from '../messages/format';
import { useWording } from '../messages/useWording';

const listeners = new Set<() => void>();
let clock: ReturnType<typeof setInterval> | undefined;

/** One clock for every age on the page, running only while an age is shown. */
function onTick(listener: () => void): () => void {
  listeners.add(listener);
  clock ??= setInterval(() => {
    for (const tick of listeners) tick();
  }, 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    clearInterval(clock);
    clock = undefined;
  };
}

interface AgeProps {
  /** The moment the age counts from (RFC 3339). */
  at: string | undefined;
  /** The age in a sentence ("Passed {{age}} ago"); the bare age without. */
  words?: (age: string) => string;
}

/** An age that keeps moving ("45s", "2m"); it renders again only when its text changes. */
export function Age({ at, words }: AgeProps) {
  const { language } = useWording();
  const [, setShown] = useState('');
  useEffect(
    () =>
      onTick(() => {
        setShown(formatAge(language, at));
      }),
    [at, language],
  );
  const age = formatAge(language, at);
  return <>{words ? words(age) : age}</>;
}
