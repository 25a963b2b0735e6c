import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';

export default function UpgradesPage() {
  const { t } = usePluginTranslation();
  return (
    <WindowsPage
      title={t('WMCO upgrades')}
      description={t(
        'Follow a Windows Machine Config Operator upgrade across the Windows nodes, one node at a time.',
      )}
    />
  );
}
