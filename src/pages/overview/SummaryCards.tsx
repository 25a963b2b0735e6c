import { Card, CardBody, CardFooter, CardTitle, Content, Gallery } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import type { OverviewResponse } from '../../../server/contract/overview';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';

function SummaryCard(props: {
  title: string;
  value: ReactNode;
  detail: string;
  to: string;
  link: string;
  test: string;
}) {
  return (
    <Card isCompact data-test={props.test}>
      <CardTitle component="h2">{props.title}</CardTitle>
      <CardBody>
        <Content component="p">
          <strong>{props.value}</strong>
        </Content>
        <Content component="small">{props.detail}</Content>
      </CardBody>
      <CardFooter>
        <Link to={props.to}>{props.link}</Link>
      </CardFooter>
    </Card>
  );
}

/** Counts at a glance, each leading to the page that manages them. */
export function SummaryCards({ overview }: { overview: OverviewResponse }) {
  const { t } = usePluginTranslation();
  const { wmco, counts } = overview;
  const wmcoStates = {
    'not-installed': t('Not installed'),
    installing: t('Installing'),
    installed: t('Installed'),
    failed: t('Failed'),
    unknown: t('Unknown'),
  };
  return (
    <Gallery hasGutter minWidths={{ default: '220px' }}>
      <SummaryCard
        test="card-wmco"
        title={t('Operator')}
        value={wmcoStates[wmco.state]}
        detail={
          wmco.state === 'not-installed' && wmco.version
            ? t('The catalog offers WMCO {{version}}', { version: wmco.version })
            : wmco.version
              ? t('WMCO {{version}} in {{namespace}}', {
                  version: wmco.fullVersion ?? wmco.version,
                  namespace: wmco.namespace,
                })
              : wmco.namespace
        }
        to="/windows/install"
        link={t('Install and manage WMCO')}
      />
      <SummaryCard
        test="card-nodes"
        title={t('Windows nodes')}
        value={counts.windowsNodes}
        detail={t('{{ready}} Ready · {{machines}} from MachineSets · {{byoh}} BYOH', {
          ready: counts.readyNodes,
          machines: counts.machineSetNodes,
          byoh: counts.byohNodes,
        })}
        to="/windows/nodes"
        link={t('See Windows nodes')}
      />
      <SummaryCard
        test="card-machinesets"
        title={t('Windows MachineSets')}
        value={counts.windowsMachineSets}
        detail={
          overview.platform ? t('Platform {{platform}}', { platform: overview.platform.type }) : ''
        }
        to="/windows/machinesets"
        link={t('Manage MachineSets')}
      />
      <SummaryCard
        test="card-byoh"
        title={t('BYOH instances')}
        value={counts.byohEntries}
        detail={
          counts.malformedByohEntries > 0
            ? t('{{count}} malformed entry blocks all BYOH hosts', {
                count: counts.malformedByohEntries,
              })
            : t('Entries in windows-instances')
        }
        to="/windows/byoh"
        link={t('Manage BYOH instances')}
      />
    </Gallery>
  );
}
