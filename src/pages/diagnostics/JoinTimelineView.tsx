import {
  Button,
  Content,
  List,
  ListItem,
  ProgressStep,
  ProgressStepper,
  Stack,
  Title,
  type ProgressStepProps,
} from '@patternfly/react-core';
import { ExternalLinkAltIcon } from '@patternfly/react-icons';
import type { JoinDiagnosis, JoinStep } from '../../../server/contract/diagnostics';
import { GuideLink } from '../../components/GuideLink';
import { useDurationText } from '../../components/useDurationText';
import { usePluginTranslation } from '../../i18n';
import { useJoinText } from './useJoinText';

const variants: Record<JoinStep['status'], ProgressStepProps['variant']> = {
  done: 'success',
  failed: 'danger',
  waiting: 'info',
  pending: 'pending',
};

const wmcoDocs = 'https://github.com/openshift/windows-machine-config-operator/blob/master/';

/**
 * One Machine's or BYOH instance's join: its steps in order, the time each took against WMCO's usual
 * ten minutes, the step it is at, and the known causes that match (or plainly none).
 */
export function JoinTimelineView({ join, id }: { join: JoinDiagnosis; id: string }) {
  const { t } = usePluginTranslation();
  const text = useJoinText();
  const duration = useDurationText();
  const { timeline, verdict } = join;
  return (
    <Stack hasGutter data-test={`join-timeline-${id}`}>
      <ProgressStepper isVertical aria-label={t('Join timeline')}>
        {timeline.steps.map((step) => (
          <ProgressStep
            key={step.step}
            id={`${id}-${step.step}`}
            titleId={`${id}-${step.step}-title`}
            variant={variants[step.status]}
            isCurrent={step.step === timeline.openStep}
            data-test={`join-step-${step.step}`}
            data-status={step.status}
            description={
              <>
                {step.at === undefined ? null : <div>{new Date(step.at).toLocaleString()}</div>}
                {step.tookMs === undefined ? null : (
                  <div>{t('took {{duration}}', { duration: duration(step.tookMs) })}</div>
                )}
                {step.detail ? <div>{text.detail(step.detail)}</div> : null}
              </>
            }
          >
            {step.step === timeline.openStep ? text.waitingAt(step.step) : text.step(step.step)}
          </ProgressStep>
        ))}
      </ProgressStepper>
      {timeline.elapsedMs === undefined ? null : (
        <Content component="p" data-test="join-elapsed">
          {timeline.joined
            ? t('Joined in {{elapsed}}; WMCO usually takes about {{usual}}.', {
                elapsed: duration(timeline.elapsedMs),
                usual: duration(timeline.usualMs),
              })
            : t('{{elapsed}} so far; WMCO usually takes about {{usual}}.', {
                elapsed: duration(timeline.elapsedMs),
                usual: duration(timeline.usualMs),
              })}
        </Content>
      )}
      {verdict.code === 'no-known-cause' ? (
        <Content component="p" data-test="join-no-known-cause">
          {t('None of the known causes matches. Read the node’s logs and WMCO’s events.')}
        </Content>
      ) : null}
      {verdict.code === 'known-causes' ? (
        <div data-test="join-causes">
          <Title headingLevel="h2">{t('Known causes')}</Title>
          <List>
            {verdict.causes.map((cause) => (
              <ListItem key={cause.code} data-test={`cause-${cause.code}`}>
                <div>{text.cause(cause)}</div>
                <div>
                  <strong>{t('Fix:')}</strong> {text.fix(cause)}
                </div>
                {cause.guideSection ? (
                  <div>
                    <GuideLink section={cause.guideSection} />
                  </div>
                ) : null}
                {cause.wmcoDoc ? (
                  <Button
                    variant="link"
                    isInline
                    component="a"
                    href={`${wmcoDocs}${cause.wmcoDoc}`}
                    target="_blank"
                    rel="noopener noreferrer"
                    icon={<ExternalLinkAltIcon />}
                    iconPosition="end"
                  >
                    {t('WMCO documentation')}
                  </Button>
                ) : null}
              </ListItem>
            ))}
          </List>
        </div>
      ) : null}
    </Stack>
  );
}
