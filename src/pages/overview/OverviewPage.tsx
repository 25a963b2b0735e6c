import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';

export default function OverviewPage() {
  const { t } = usePluginTranslation();
  return (
    <WindowsPage
      title={t('Windows overview')}
      description={t(
        'Whether this cluster can run Windows nodes, what stands in the way, and what to do next.',
      )}
    />
  );
}
