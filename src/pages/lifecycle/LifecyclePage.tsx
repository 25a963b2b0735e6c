import { Stack, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { useLifecycle } from './lifecycle-api';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { WindowsPage } from '../../components/WindowsPage';
import { useSearchParams } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { ByohOwnersCard } from './ByohOwnersCard';
import { CompatibilitySection } from './CompatibilitySection';
import { InventorySection } from './InventorySection';
import { ReplacementSection } from './ReplacementSection';

const tabs = ['inventory', 'compatibility', 'replacement'] as const;
type TabKey = (typeof tabs)[number];

export default function LifecyclePage() {
  const { t } = usePluginTranslation();
  const { data, error, loading } = useLifecycle();
  // The tab is in the address, so a reload (mid-replacement) comes back to it.
  const [search, setSearch] = useSearchParams();
  const active: TabKey = tabs.find((tab) => tab === search.get('tab')) ?? 'inventory';
  return (
    <WindowsPage
      title={t('Lifecycle')}
      description={t(
        'Windows Server versions and patch levels across the Windows nodes, which workloads a move to another build breaks, and guided MachineSet replacement.',
      )}
    >
      <LoadState loading={loading} error={error} hasData={data !== undefined}>
        {data ? (
          <Stack hasGutter>
            <UnreadableAlert
              resources={data.unreadable}
              consequence={t('Nodes you cannot read are missing from the inventory.')}
            />
            <Tabs
              activeKey={active}
              onSelect={(_event, key) => {
                setSearch({ tab: String(key) }, { replace: true });
              }}
              mountOnEnter
              aria-label={t('Lifecycle')}
            >
              <Tab eventKey="inventory" title={<TabTitleText>{t('OS inventory')}</TabTitleText>}>
                <Stack hasGutter>
                  <InventorySection lifecycle={data} />
                  <ByohOwnersCard hosts={data.byoh} />
                </Stack>
              </Tab>
              <Tab
                eventKey="compatibility"
                title={<TabTitleText>{t('Workload compatibility')}</TabTitleText>}
              >
                <CompatibilitySection />
              </Tab>
              <Tab
                eventKey="replacement"
                title={<TabTitleText>{t('Node replacement')}</TabTitleText>}
              >
                <ReplacementSection lifecycle={data} />
              </Tab>
            </Tabs>
          </Stack>
        ) : null}
      </LoadState>
    </WindowsPage>
  );
}
