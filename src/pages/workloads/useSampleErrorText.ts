import { usePluginTranslation } from '../../i18n';
import type { SampleFormError } from './workload-forms';

/** Words for what is wrong with a field of the sample form, in the user's language. */
export function useSampleErrorText(): (error: SampleFormError | undefined) => string | undefined {
  const { t } = usePluginTranslation();
  return (error) => {
    switch (error) {
      case undefined:
        return undefined;
      case 'required':
        return t('Required.');
      case 'too-long':
        return t('At most 63 characters.');
      case 'invalid':
        return t(
          'Lower-case letters, digits and "-", starting with a letter and ending with a letter or digit.',
        );
      case 'no-build':
        return t('Choose the Windows build to run on.');
      case 'no-runtime-class':
        return t('No RuntimeClass targets this build yet: create one on the RuntimeClasses tab.');
      case 'invalid-replicas':
        return t('Between 0 and 100.');
    }
  };
}
