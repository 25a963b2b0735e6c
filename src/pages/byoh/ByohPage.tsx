import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';

export default function ByohPage() {
  const { t } = usePluginTranslation();
  return (
    <WindowsPage
      title={t('Bring-Your-Own-Host Windows instances')}
      description={t(
        'Add existing Windows servers as nodes after checking them over SSH, and follow them as they join.',
      )}
    />
  );
}
