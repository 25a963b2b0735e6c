import { useState } from 'react';
import { Stack, Tab, TabContentBody, Tabs, TabTitleText } from '@patternfly/react-core';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';
import { RuntimeClassesTab } from './RuntimeClassesTab';
import { SampleWorkloadTab } from './SampleWorkloadTab';
import { WorkloadCheckerTab } from './WorkloadCheckerTab';
import { useWorkloads } from './workloads-api';

type TabKey = 'runtime-classes' | 'sample' | 'checker';

export default function WorkloadsPage() {
  const { t } = usePluginTranslation();
  const { data, error, loading } = useWorkloads();
  const [tab, setTab] = useState<TabKey>('runtime-classes');

  return (
    <WindowsPage
      title={t('Windows workloads')}
      description={t(
        'Create RuntimeClasses per Windows build, generate a sample workload, and check whether a workload can run on Windows nodes.',
      )}
    >
      <LoadState loading={loading} error={error} hasData={data !== undefined}>
        {data ? (
          <Stack hasGutter>
            <UnreadableAlert
              resources={data.unreadable}
              consequence={t('Builds and RuntimeClasses may be missing from this page.')}
            />
            <Tabs
              activeKey={tab}
              onSelect={(_event, key) => {
                setTab(key as TabKey);
              }}
              aria-label={t('Windows workloads')}
              mountOnEnter
            >
              <Tab
                eventKey="runtime-classes"
                title={<TabTitleText>{t('RuntimeClasses')}</TabTitleText>}
                data-test="tab-runtime-classes"
              >
                <TabContentBody hasPadding>
                  <RuntimeClassesTab state={data} />
                </TabContentBody>
              </Tab>
              <Tab
                eventKey="sample"
                title={<TabTitleText>{t('Sample workload')}</TabTitleText>}
                data-test="tab-sample"
              >
                <TabContentBody hasPadding>
                  <SampleWorkloadTab state={data} />
                </TabContentBody>
              </Tab>
              <Tab
                eventKey="checker"
                title={<TabTitleText>{t('Workload checker')}</TabTitleText>}
                data-test="tab-checker"
              >
                <TabContentBody hasPadding>
                  <WorkloadCheckerTab />
                </TabContentBody>
              </Tab>
            </Tabs>
          </Stack>
        ) : null}
      </LoadState>
    </WindowsPage>
  );
}
