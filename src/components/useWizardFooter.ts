import { usePluginTranslation } from '../i18n';

/** PatternFly's wizard buttons say Next, Back and Cancel in English unless told otherwise. */
export function useWizardFooter(): {
  nextButtonText: string;
  backButtonText: string;
  cancelButtonText: string;
} {
  const { t } = usePluginTranslation();
  return { nextButtonText: t('Next'), backButtonText: t('Back'), cancelButtonText: t('Cancel') };
}
