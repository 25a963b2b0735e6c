import { useCallback, useMemo, useState } from 'react';
import {
  Alert,
  AlertActionCloseButton,
  AlertActionLink,
  Button,
  Content,
  Stack,
  Title,
  ToolbarItem,
} from '@patternfly/react-core';
import type {
  RuntimeClassResult,
  WindowsBuild,
  WorkloadsState,
} from '../../../server/contract/workloads';
import { ListView } from '../../components/list/ListView';
import type { RowAction } from '../../components/list/RowActions';
import { useList } from '../../components/list/useList';
import { runtimeClassOutcomeText } from '../../messages/sample-words';
import { useWording } from '../../messages/useWording';
import { useQueryParam } from '../../components/useQueryParam';
import { useNavigate } from '../../console';
import { CreateRuntimeClassModal } from './CreateRuntimeClassModal';
import { useBuildListSpec } from './useBuildListSpec';
import { useRuntimeClassListSpec } from './useRuntimeClassListSpec';
import { workloadsLink } from './workloads-links';

/** Guide 6.2: one RuntimeClass per Windows build, so pods land on nodes whose build their image matches. */
export function RuntimeClassesTab({ state }: { state: WorkloadsState }) {
  const wording = useWording();
  const { t } = wording;
  const buildSpec = useBuildListSpec();
  const runtimeClassSpec = useRuntimeClassListSpec();
  const builds = useList(state.builds, buildSpec);
  const runtimeClasses = useList(state.runtimeClasses, runtimeClassSpec);
  const [createParam, setCreateParam] = useQueryParam('create');
  const creating = state.builds.find((build) => build.build === createParam);
  const [created, setCreated] = useState<{ result: RuntimeClassResult; build: string }>();
  const navigate = useNavigate();
  const setCreating = useCallback(
    (build?: WindowsBuild) => {
      setCreateParam(build?.build);
    },
    [setCreateParam],
  );
  const missing = state.builds.find((build) => !build.guideRuntimeClass);

  const actions = useMemo(
    () => (
      <ToolbarItem>
        <Button
          isDisabled={!missing}
          onClick={() => {
            setCreating(missing);
          }}
        >
          {t('Create RuntimeClass')}
        </Button>
      </ToolbarItem>
    ),
    [t, missing, setCreating],
  );
  const rowActions = useCallback(
    (build: WindowsBuild): RowAction[] => [
      {
        title: t('Create RuntimeClass'),
        isDisabled: build.guideRuntimeClass !== undefined,
        onClick: () => {
          setCreating(build);
        },
      },
    ],
    [t, setCreating],
  );

  return (
    <Stack hasGutter>
      <Content component="p">
        {t(
          'A RuntimeClass carries the Windows node selector (OS, architecture, build) and the tolerations for the Windows taint, so a pod only names it. The guide asks for one per Windows build on the cluster (section 6.2).',
        )}
      </Content>
      {created ? (
        <Alert
          component="h2"
          isInline
          variant="success"
          title={runtimeClassOutcomeText(wording, created.result)}
          actionClose={
            <AlertActionCloseButton
              onClose={() => {
                setCreated(undefined);
              }}
            />
          }
          data-test="runtime-class-outcome"
          actionLinks={
            <AlertActionLink
              onClick={() => {
                void navigate(workloadsLink({ tab: 'sample', build: created.build }));
              }}
            >
              {t('Next: run a sample workload on it')}
            </AlertActionLink>
          }
        />
      ) : null}
      <ListView
        list={builds}
        label={t('Windows builds')}
        testId="builds-table"
        rowActions={rowActions}
        actions={actions}
        empty={{
          title: t('No Windows builds found'),
          body: t(
            'No node with the node.kubernetes.io/windows-build label is visible. RuntimeClasses are created per build once Windows nodes have joined.',
          ),
        }}
      />
      <Title headingLevel="h2">{t('RuntimeClasses on the cluster')}</Title>
      <ListView
        list={runtimeClasses}
        label={t('RuntimeClasses')}
        testId="runtime-classes"
        empty={{
          title: t('No RuntimeClasses yet'),
          body: t('Create the guide’s RuntimeClass for a Windows build from the list above.'),
        }}
      />
      {creating ? (
        <CreateRuntimeClassModal
          builds={state.builds}
          build={creating}
          onCreated={(result, build) => {
            setCreated({ result, build });
          }}
          onClose={() => {
            setCreating();
          }}
        />
      ) : null}
    </Stack>
  );
}
