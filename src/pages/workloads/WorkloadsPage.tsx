import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';

export default function WorkloadsPage() {
  const { t } = usePluginTranslation();
  return (
    <WindowsPage
      title={t('Windows workloads')}
      description={t(
        'Create RuntimeClasses per Windows build, generate a sample workload, and check whether a workload can run on Windows nodes.',
      )}
    />
  );
}
