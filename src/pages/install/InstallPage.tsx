import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';

export default function InstallPage() {
  const { t } = usePluginTranslation();
  return (
    <WindowsPage
      title={t('Install the Windows Machine Config Operator')}
      description={t(
        'Install WMCO and its SSH key, follow the installation, or remove the operator again.',
      )}
    />
  );
}
