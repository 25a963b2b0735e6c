import { usePluginTranslation } from '../../i18n';
import type { SampleFormError } from './workload-forms';

/** Words for what is wrong with a field of the sample form, in the user's language. */
export function useSampleErrorText(): (error: SampleFormError | undefined) => string | undefined {
  const { t } = usePluginTranslation();
  const texts: Record<SampleFormError, string> = {
    required: t('Required.'),
    'too-long': t('At most 63 characters.'),
    invalid: t(
      'Lower-case letters, digits and "-", starting with a letter and ending with a letter or digit.',
    ),
    'no-build': t('Choose the Windows build to run on.'),
    'no-runtime-class': t(
      'No RuntimeClass targets this build yet: create one on the RuntimeClasses tab.',
    ),
    'invalid-replicas': t('Between 0 and 100.'),
  };
  return (error) => (error === undefined ? undefined : texts[error]);
}
