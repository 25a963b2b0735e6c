import {
  Alert,
  Content,
  DataList,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Flex,
  FlexItem,
  Stack,
} from '@patternfly/react-core';
import type { CheckResult } from '../../../server/contract/workloads';
import { GuideLink, GuideNote } from '../../components/GuideLink';
import { SeverityIcon } from '../../components/SeverityIcon';
import { usePluginTranslation } from '../../i18n';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';
import {
  notCheckedWords,
  workloadFindingWords,
  workloadSignalWords,
} from '../../messages/workload-check-words';
import { workloadFixWords } from '../../messages/workload-fix-words';

function useHeadline(result: CheckResult): {
  variant: 'success' | 'danger' | 'info';
  title: string;
} {
  const { t } = usePluginTranslation();
  const subject = [result.workload.kind, result.workload.name].filter(Boolean).join(' ');
  switch (result.verdict) {
    case 'can-run':
      return {
        variant: 'success',
        title: t('{{subject}} can run on Windows nodes', { subject }),
      };
    case 'cannot-run':
      return {
        variant: 'danger',
        title: t('{{subject}} cannot run on Windows nodes as it stands', { subject }),
      };
    case 'linux':
      return { variant: 'info', title: t('{{subject}} is a Linux workload', { subject }) };
  }
}

/** The verdict, then every reason with its fix, blocking ones first. */
export function CheckResultView({ result }: { result: CheckResult }) {
  const wording = useWording();
  const { t } = wording;
  const headline = useHeadline(result);
  const findings = [...result.findings].sort(
    (a, b) => Number(b.severity === 'blocked') - Number(a.severity === 'blocked'),
  );
  return (
    <Stack hasGutter data-test="check-result">
      <Alert
        component="h2"
        isInline
        variant={headline.variant}
        title={headline.title}
        data-test="check-verdict"
      >
        {result.verdict === 'linux'
          ? t(
              'Nothing in it points at Windows (image, os.name, node selector, toleration or RuntimeClass). Only the reverse is checked: that it stays off Windows nodes.',
            )
          : null}
        {result.verdict === 'can-run' && result.nodes.length > 0
          ? t('It can be scheduled to: {{nodes}}.', { nodes: wording.list(result.nodes) })
          : null}
        {result.verdict === 'cannot-run'
          ? t('Blocking reasons: {{blocked}}. Each is listed below with its fix.', {
              blocked: result.findings.filter((f) => f.severity === 'blocked').length,
            })
          : null}
      </Alert>
      {result.signals.length > 0 ? (
        <Content component="small">
          {t('Taken for a Windows workload because of: {{signals}}.', {
            signals: wording.list(
              result.signals.map((signal) => say(workloadSignalWords, wording, signal)),
            ),
          })}
        </Content>
      ) : null}
      {result.notChecked.map((note) => (
        <Alert
          component="h2"
          key={note}
          isInline
          isPlain
          variant="warning"
          title={t('Not checked: {{note}}', { note: notCheckedWords[note](wording) })}
        />
      ))}
      {findings.length > 0 ? (
        <DataList aria-label={t('Reasons and fixes')} data-test="check-findings">
          {findings.map((finding, index) => {
            const text = say(workloadFindingWords, wording, finding);
            return (
              <DataListItem
                key={`${finding.id}-${String(index)}`}
                aria-labelledby={`check-finding-${String(index)}`}
                data-test={`check-finding-${finding.id}`}
              >
                <DataListItemRow>
                  <DataListItemCells
                    dataListCells={[
                      <DataListCell key="reason" width={4}>
                        <Flex flexWrap={{ default: 'nowrap' }}>
                          <FlexItem>
                            <SeverityIcon severity={finding.severity} />
                          </FlexItem>
                          <FlexItem>
                            <Stack>
                              <strong id={`check-finding-${String(index)}`}>{text.title}</strong>
                              <Content component="p">{text.detail}</Content>
                            </Stack>
                          </FlexItem>
                        </Flex>
                      </DataListCell>,
                      <DataListCell key="fix" width={3}>
                        <Stack>
                          <strong>{t('Fix')}</strong>
                          <Content component="p" data-test="check-fix">
                            {say(workloadFixWords, wording, finding.fix)}
                          </Content>
                          {finding.guideSection ? (
                            <FlexItem>
                              <GuideLink section={finding.guideSection} />
                            </FlexItem>
                          ) : null}
                        </Stack>
                      </DataListCell>,
                    ]}
                  />
                </DataListItemRow>
              </DataListItem>
            );
          })}
        </DataList>
      ) : null}
      {findings.some((finding) => finding.guideSection) ? <GuideNote /> : null}
    </Stack>
  );
}
