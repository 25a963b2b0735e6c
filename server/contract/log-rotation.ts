import Type from 'typebox';

/**
 * WMCO's own checks of its service log rotation settings (pkg/logconfig, WMCO 10.22+): the size a
 * Kubernetes quantity, the age and flush interval Go durations, none negative. WMCO trims spaces; the
 * schema does not accept them, the form trims before it sends.
 */
export const logRotationPatterns = {
  fileSize: '^\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][-+]?[0-9]+)?$',
  fileAge: '^\\+?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$',
  flushInterval: '^\\+?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$',
} as const;

export type LogRotationField = keyof typeof logRotationPatterns;

const setting = (field: LogRotationField) =>
  Type.Optional(Type.String({ pattern: logRotationPatterns[field], maxLength: 64 }));

/** The settings as the form sends them: an absent field is removed from the Subscription (off). */
export const LogRotationSettings = Type.Object(
  {
    fileSize: setting('fileSize'),
    fileAge: setting('fileAge'),
    flushInterval: setting('flushInterval'),
  },
  { additionalProperties: false },
);
export type LogRotationSettings = Type.Static<typeof LogRotationSettings>;

/** What the Install page shows: whether this WMCO reads the settings, and their values now. */
export const LogRotationState = Type.Object({
  subscription: Type.String(),
  namespace: Type.String(),
  /** The installed WMCO version, when known. */
  wmco: Type.Optional(Type.String()),
  /** The first WMCO version that reads the settings. */
  since: Type.String(),
  supported: Type.Boolean(),
  settings: LogRotationSettings,
});
export type LogRotationState = Type.Static<typeof LogRotationState>;
