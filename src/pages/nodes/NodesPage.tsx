import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';

export default function NodesPage() {
  const { t } = usePluginTranslation();
  return (
    <WindowsPage
      title={t('Windows nodes')}
      description={t(
        'Every Windows node with its Windows Server build, WMCO version, source and readiness.',
      )}
    />
  );
}
