import { usePluginTranslation } from '../i18n';
import { formatAge } from './format';
import { wordingFor, type Wording } from './wording';

/** The wording of the console's current language; components re-render when it changes. */
export function useWording(): Wording {
  const { t, i18n } = usePluginTranslation();
  return wordingFor(t, i18n.language || 'en');
}

/** Kubernetes-style ages (`5h`) in the console's current language. */
export function useAge(): (timestamp: string | undefined) => string {
  const { language } = useWording();
  return (timestamp) => formatAge(language, timestamp);
}
