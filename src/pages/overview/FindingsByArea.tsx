import { useState } from 'react';
import {
  Button,
  Card,
  CardBody,
  CardTitle,
  DataList,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Content,
  Flex,
  FlexItem,
  Stack,
} from '@patternfly/react-core';
import type { Finding, FindingArea } from '../../../server/contract/findings';
import { GuideLink, GuideNote } from '../../components/GuideLink';
import { SeverityIcon } from '../../components/SeverityIcon';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { findingActionWords, findingWords } from '../../messages/finding-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';
import { EnableMonitoringModal } from './EnableMonitoringModal';

/** The namespace a monitoring finding names: where the fix labels and restarts. */
function namespaceToMonitor(finding: Finding): string | undefined {
  return finding.code === 'wmco-monitoring-label-missing' ||
    finding.code === 'wmco-monitoring-needs-restart'
    ? finding.params.namespace
    : undefined;
}

/**
 * A link to the page that fixes the finding; the monitoring fix is a confirmed action on this page,
 * whose dialog the list keeps (the finding goes once it worked, the dialog stays to say so).
 */
function FindingFix({
  finding,
  onEnableMonitoring,
}: {
  finding: Finding;
  onEnableMonitoring: (namespace: string) => void;
}) {
  const wording = useWording();
  if (!finding.fix) return null;
  const label = findingActionWords[finding.fix.action](wording);
  const namespace = namespaceToMonitor(finding);
  if (finding.fix.action !== 'enable-monitoring' || namespace === undefined) {
    return <Link to={finding.fix.route}>{label}</Link>;
  }
  return (
    <Button
      variant="link"
      isInline
      onClick={() => {
        onEnableMonitoring(namespace);
      }}
    >
      {label}
    </Button>
  );
}

const areaOrder: FindingArea[] = [
  'platform',
  'network',
  'operator',
  'keys',
  'byoh',
  'nodes',
  'access',
];

function FindingRow({
  finding,
  onEnableMonitoring,
}: {
  finding: Finding;
  onEnableMonitoring: (namespace: string) => void;
}) {
  const wording = useWording();
  const text = say(findingWords, wording, finding);
  return (
    <DataListItem aria-labelledby={`finding-${finding.id}`} data-test={`finding-${finding.id}`}>
      <DataListItemRow>
        <DataListItemCells
          dataListCells={[
            <DataListCell key="finding" width={5}>
              <Flex flexWrap={{ default: 'nowrap' }}>
                <FlexItem>
                  <SeverityIcon severity={finding.severity} />
                </FlexItem>
                <FlexItem>
                  <Stack>
                    <strong id={`finding-${finding.id}`}>{text.title}</strong>
                    <Content component="p">{text.detail}</Content>
                  </Stack>
                </FlexItem>
              </Flex>
            </DataListCell>,
            <DataListCell key="fix" width={2}>
              <Flex
                direction={{ default: 'column' }}
                alignItems={{ default: 'alignItemsFlexStart' }}
              >
                <FindingFix finding={finding} onEnableMonitoring={onEnableMonitoring} />
                {finding.guideSection ? <GuideLink section={finding.guideSection} /> : null}
              </Flex>
            </DataListCell>,
          ]}
        />
      </DataListItemRow>
    </DataListItem>
  );
}

/** Findings grouped by what they are about, worst first within each group. */
export function FindingsByArea({ findings }: { findings: Finding[] }) {
  const { t } = usePluginTranslation();
  const [confirmingFor, setConfirmingFor] = useState<string>();
  const areaTitles: Record<FindingArea, string> = {
    access: t('Your access'),
    platform: t('Platform and versions'),
    network: t('Networking'),
    operator: t('Windows Machine Config Operator'),
    keys: t('SSH key'),
    byoh: t('BYOH instances'),
    nodes: t('Windows nodes'),
  };
  return (
    <Stack hasGutter>
      {areaOrder
        .map((area) => ({ area, items: findings.filter((finding) => finding.area === area) }))
        .filter(({ items }) => items.length > 0)
        .map(({ area, items }) => (
          <Card key={area} isCompact data-test={`area-${area}`}>
            <CardTitle component="h2">{areaTitles[area]}</CardTitle>
            <CardBody>
              <DataList aria-label={areaTitles[area]} isCompact>
                {items.map((finding) => (
                  <FindingRow
                    key={finding.id}
                    finding={finding}
                    onEnableMonitoring={setConfirmingFor}
                  />
                ))}
              </DataList>
            </CardBody>
          </Card>
        ))}
      <GuideNote />
      {confirmingFor === undefined ? null : (
        <EnableMonitoringModal
          namespace={confirmingFor}
          onClose={() => {
            setConfirmingFor(undefined);
          }}
        />
      )}
    </Stack>
  );
}
