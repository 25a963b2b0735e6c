import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pluginLanguages } from '../../../src/i18n';
import { consoleLanguageKey, pluginAssetsPath, pluginName } from '../contract';

const pluginNamespace = `plugin__${pluginName}`;

/** The console's choice (frontend/public/i18n.js `getLastLanguage`): the stored preference, else the browser's. */
function consoleLanguage(): string {
  return localStorage.getItem(consoleLanguageKey) ?? navigator.language;
}

async function pluginStrings(language: string): Promise<Record<string, string>> {
  const response = await fetch(`${pluginAssetsPath}locales/${language}/${pluginNamespace}.json`);
  if (!response.ok) {
    throw new Error(
      `Loading the plugin's ${language} strings failed: HTTP ${String(response.status)}`,
    );
  }
  return (await response.json()) as Record<string, string>;
}

/**
 * Starts i18next with the console's settings (frontend/public/i18n.js) — `~` separates namespace and key, keys
 * may contain dots, a language resolves to its language part (`zh-CN` reads `zh`), English is the
 * fallback — and every language of the plugin, fetched from where the console finds them, as its
 * `--i18n-preload` does.
 */
export async function initI18n(): Promise<void> {
  const resources = Object.fromEntries(
    await Promise.all(
      pluginLanguages.map(async (language) => [
        language,
        { [pluginNamespace]: await pluginStrings(language) },
      ]),
    ),
  ) as Record<string, Record<string, Record<string, string>>>;
  await i18n.use(initReactI18next).init({
    lng: consoleLanguage(),
    fallbackLng: 'en',
    load: 'languageOnly',
    resources,
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
