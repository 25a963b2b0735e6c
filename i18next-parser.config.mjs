// Extracts t('...') strings of the plugin, and the uiText('...') of the MachineSet platform modules the
// wizard shows; scripts/i18n.ts adds the nav labels of the console extensions.
export default {
  input: ['src/**/*.{ts,tsx}', 'server/src/domain/machinesets/*-platform.ts'],
  output: `${process.env.I18N_OUTPUT_DIR ?? 'locales'}/$LOCALE/$NAMESPACE.json`,
  locales: ['en'],
  defaultNamespace: 'plugin__windows-nodes-plugin',
  namespaceSeparator: '~',
  keySeparator: false,
  contextSeparator: '_',
  createOldCatalogs: false,
  keepRemoved: false,
  sort: true,
  defaultValue: (_locale, _namespace, key) => key,
  lexers: {
    ts: [{ lexer: 'JavascriptLexer', functions: ['t', 'uiText'] }],
    tsx: ['JsxLexer'],
  },
};
