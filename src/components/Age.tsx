import { useEffect, useState } from 'react';
import { formatAge } from '../messages/format';
import { onTick } from './clock';
import { useWording } from '../messages/useWording';

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
