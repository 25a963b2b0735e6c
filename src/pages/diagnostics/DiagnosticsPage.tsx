import { useState } from 'react';
import { Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { WindowsPage } from '../../components/WindowsPage';
import { useParams } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { JoinsPanel } from './JoinsPanel';
import { NodeJoinPanel } from './NodeJoinPanel';
import { NodeLogsPanel } from './NodeLogsPanel';
import { NodeServicesPanel } from './NodeServicesPanel';
import { SupportBundlePanel } from './SupportBundlePanel';

const nodeTabs = ['services', 'logs', 'join'] as const;
type NodeTab = (typeof nodeTabs)[number];

/** One Windows node: its services against WMCO's, its logs, and how it joined. */
function NodeDiagnostics({ node, tab }: { node: string; tab?: string }) {
  const { t } = usePluginTranslation();
  const [active, setActive] = useState<NodeTab>(
    nodeTabs.find((candidate) => candidate === tab) ?? 'services',
  );
  return (
    <WindowsPage
      title={t('Windows node {{node}}', { node })}
      description={t('Its services against what WMCO expects, its logs, and how it joined.')}
      breadcrumbs={[{ label: t('Diagnostics'), to: '/windows/diagnostics' }]}
    >
      <Tabs
        activeKey={active}
        onSelect={(_event, key) => {
          setActive(key as NodeTab);
        }}
        mountOnEnter
        unmountOnExit
      >
        <Tab eventKey="services" title={<TabTitleText>{t('Services')}</TabTitleText>}>
          <NodeServicesPanel node={node} />
        </Tab>
        <Tab eventKey="logs" title={<TabTitleText>{t('Logs')}</TabTitleText>}>
          <NodeLogsPanel node={node} />
        </Tab>
        <Tab eventKey="join" title={<TabTitleText>{t('Join timeline')}</TabTitleText>}>
          <NodeJoinPanel node={node} />
        </Tab>
      </Tabs>
    </WindowsPage>
  );
}

/** Every Windows Machine's and BYOH instance's join, and the support bundle. */
function FleetDiagnostics() {
  const { t } = usePluginTranslation();
  return (
    <WindowsPage
      title={t('Diagnostics')}
      description={t(
        'Where each Windows Machine and BYOH instance is in joining the cluster and why it is stuck, and a support bundle to hand over.',
      )}
    >
      <Tabs defaultActiveKey="joins" mountOnEnter unmountOnExit>
        <Tab eventKey="joins" title={<TabTitleText>{t('Join timelines')}</TabTitleText>}>
          <JoinsPanel />
        </Tab>
        <Tab eventKey="bundle" title={<TabTitleText>{t('Support bundle')}</TabTitleText>}>
          <SupportBundlePanel />
        </Tab>
      </Tabs>
    </WindowsPage>
  );
}

export default function DiagnosticsPage() {
  const { node, tab } = useParams();
  return node ? (
    <NodeDiagnostics key={`${node}/${tab ?? ''}`} node={node} tab={tab} />
  ) : (
    <FleetDiagnostics />
  );
}
