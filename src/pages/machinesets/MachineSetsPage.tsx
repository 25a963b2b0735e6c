import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';

export default function MachineSetsPage() {
  const { t } = usePluginTranslation();
  return (
    <WindowsPage
      title={t('Windows MachineSets')}
      description={t(
        "Create Windows MachineSets for this cluster's platform, scale them, and manage their machines.",
      )}
    />
  );
}
