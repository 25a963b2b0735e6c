import type { CheckCatalogue } from '../../server/contract/byoh';
import type { CheckText } from './check-text';
import type { WordsFor } from './wording';

/**
 * The windows-build check in the reader's language. A refused version is never among the supported
 * ones it names, and the reason is the real one: the platform, or the custom VXLAN port.
 */
export const buildCheckWords = {
  supported: ({ t }, p) => ({
    message: t(
      'Windows Server {{version}} (build {{build}}) is supported on {{platform}} by WMCO {{wmco}}.',
      p,
    ),
  }),
  'unsupported-on-platform': ({ t }, p) => ({
    message:
      p.supported === ''
        ? t(
            'Windows Server {{version}} (build {{build}}) cannot join: WMCO {{wmco}} runs no Windows nodes on {{platform}}.',
            p,
          )
        : t(
            'Windows Server {{version}} (build {{build}}) is not supported on {{platform}} by WMCO {{wmco}} (supported: {{supported}}).',
            p,
          ),
    fix: t('Use a Windows Server version this cluster supports.'),
  }),
  'unsupported-with-vxlan-port': ({ t }, p) =>
    p.supported === ''
      ? {
          message: t(
            'Windows Server {{version}} (build {{build}}) cannot join: the hybrid overlay uses a custom VXLAN port, which the guide supports with Windows Server 2022 and later only, and WMCO {{wmco}} supports no such version on {{platform}}.',
            p,
          ),
          fix: t('Use a WMCO version that supports Windows Server 2022 or later on this platform.'),
        }
      : {
          message: t(
            'Windows Server {{version}} (build {{build}}) cannot join: the hybrid overlay uses a custom VXLAN port, which the guide supports with Windows Server 2022 and later only; with it, WMCO {{wmco}} supports {{supported}} on {{platform}}.',
            p,
          ),
          fix: t('Use Windows Server 2022 or later on this cluster.'),
        },
  'revision-too-old': ({ t }, p) => ({
    message: t('Build {{build}} (Windows Server {{version}}) is older than {{minimum}}.', p),
    fix: t('Install the latest cumulative update (Windows Server 2022 needs KB5012637).'),
  }),
  'unknown-build': ({ t }, { build, supported }) => ({
    message: t('Build {{build}} is not a Windows Server release WMCO supports.', { build }),
    fix:
      supported === undefined
        ? t('Use Windows Server 2019 or 2022, or 2025 where this WMCO supports it.')
        : t('Use a Windows Server version this cluster supports: {{supported}}.', { supported }),
  }),
  'no-rules': ({ t }, p) => ({
    message: t(
      'Windows Server {{version}} (build {{build}}): the WMCO version or the platform is unknown, so support cannot be judged.',
      p,
    ),
    fix: t('Install WMCO first, or run the preflight with permission to read it.'),
  }),
} satisfies Partial<WordsFor<CheckCatalogue, CheckText>>;
