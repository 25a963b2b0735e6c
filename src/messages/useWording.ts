import { useMemo } from 'react';
import { usePluginTranslation } from '../i18n';
import { formatAge } from './format';
import { wordingFor, type Wording } from './wording';

/**
 * The wording of the console's current language; components re-render when it changes, and it is the
 * same object until then (list specs memoize on it).
 */
export function useWording(): Wording {
  const { t, i18n } = usePluginTranslation();
  const language = i18n.language || 'en';
  return useMemo(() => wordingFor(t, language), [t, language]);
}

/** Kubernetes-style ages (`5h`) in the console's current language. */
export function useAge(): (timestamp: string | undefined) => string {
  const { language } = useWording();
  return (timestamp) => formatAge(language, timestamp);
}
