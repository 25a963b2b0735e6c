import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pluginAssetsPath, pluginName } from '../contract';

const pluginNamespace = `plugin__${pluginName}`;

/**
 * Starts i18next with the console's settings (frontend/public/i18n.js) — `~` separates namespace and key, keys
 * may contain dots — and the plugin's English strings, fetched from where the console finds them.
 */
export async function initI18n(): Promise<void> {
  const response = await fetch(`${pluginAssetsPath}locales/en/${pluginNamespace}.json`);
  if (!response.ok) throw new Error(`Loading the plugin's strings failed: HTTP ${response.status}`);
  const strings = (await response.json()) as Record<string, string>;
  await i18n.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    load: 'languageOnly',
    resources: { en: { [pluginNamespace]: strings } },
    ns: [pluginNamespace],
    defaultNS: 'public',
    nsSeparator: '~',
    keySeparator: false,
    contextSeparator: '~',
    interpolation: { escapeValue: false },
    react: { useSuspense: true, transSupportBasicHtmlNodes: true },
    // As in the console: a missing string is logged, so browser tests can fail on it.
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      console.error(
        `Missing i18n key "${key}" in namespace "${namespace}" and language "${languages.join(',')}".`,
      );
    },
  });
}

/** Extension strings written `%namespace~key%` are translation keys, as in the console. */
export function translateExtensionString(value: string): string {
  return value.length > 2 && value.startsWith('%') && value.endsWith('%')
    ? i18n.t(value.slice(1, -1))
    : value;
}
