import { useTranslation } from 'react-i18next';

/** The console loads this namespace from locales/<lng>/plugin__windows-nodes-plugin.json. */
export const i18nNamespace = 'plugin__windows-nodes-plugin';

/**
 * The console's languages, as the folders it loads plugin strings from: it resolves its language to the
 * language alone (`load: 'languageOnly'`), so Simplified Chinese (`zh-CN`) reads `locales/zh/`.
 */
export const pluginLanguages = ['en', 'zh', 'ja', 'ko', 'fr', 'es'] as const;
export type PluginLanguage = (typeof pluginLanguages)[number];

export function usePluginTranslation() {
  return useTranslation(i18nNamespace);
}

/** The plugin's `t`, for helpers that word things outside a component. */
export type Translate = ReturnType<typeof usePluginTranslation>['t'];
