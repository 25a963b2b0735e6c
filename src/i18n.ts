import { useTranslation } from 'react-i18next';

/** The console loads this namespace from locales/<lng>/plugin__windows-nodes-plugin.json. */
export const i18nNamespace = 'plugin__windows-nodes-plugin';

export function usePluginTranslation() {
  return useTranslation(i18nNamespace);
}

/** The plugin's `t`, for helpers that word things outside a component. */
export type Translate = ReturnType<typeof usePluginTranslation>['t'];
