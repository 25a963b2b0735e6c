// Component tests run in node:test: a DOM (happy-dom) as browser globals, and the plugin's English
// texts in i18next, as the console loads them. Imported first by every *.test.tsx.
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { GlobalRegistrator } from '@happy-dom/global-registrator';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nNamespace } from '../i18n';

GlobalRegistrator.register({ url: 'http://localhost/' });

// PatternFly's CommonJS build requires its stylesheets; styles play no part in these tests.
const loaders = (Module as unknown as { _extensions: Record<string, (module: Module) => void> })
  ._extensions;
loaders['.css'] = (module) => {
  module.exports = {};
};

const english = JSON.parse(
  readFileSync(new URL(`../../locales/en/${i18nNamespace}.json`, import.meta.url), 'utf8'),
) as Record<string, string>;

await i18next.use(initReactI18next).init({
  lng: 'en',
  ns: [i18nNamespace],
  defaultNS: i18nNamespace,
  resources: { en: { [i18nNamespace]: english } },
  keySeparator: false,
  nsSeparator: '~',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
