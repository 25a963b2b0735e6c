import type {
  compatibilityCodes,
  ImageVerdict,
  lifecycleFindingCodes,
  ownerActionCodes,
  registryFailureCodes,
  SupportState,
} from '../../../server/contract/lifecycle';
import type { NodeLifecycle } from '../../../server/contract/lifecycle';
import { usePluginTranslation } from '../../i18n';

type Params = Record<string, string | number>;
type Coded<C extends readonly string[]> = { code: C[number]; params: Params };

export interface LifecycleText {
  state: (state: SupportState) => string;
  finding: (finding: Coded<typeof lifecycleFindingCodes>) => string;
  ownerAction: (action: Coded<typeof ownerActionCodes>) => string;
  verdict: (verdict: ImageVerdict) => string;
  compatibility: (code: (typeof compatibilityCodes)[number]) => string;
  registryFailure: (failure: Coded<typeof registryFailureCodes>) => string;
  patchAge: (patch: NodeLifecycle['patch']) => string;
}

/** Words for the Lifecycle view's codes: support states, findings, owners' actions, image verdicts. */
export function useLifecycleText(): LifecycleText {
  const { t } = usePluginTranslation();
  const states: Record<SupportState, string> = {
    'unknown-build': t('Unknown build'),
    'past-end-of-support': t('Past end of support'),
    'below-required-build': t('Below the required build'),
    'unsupported-by-wmco': t('Not supported by this WMCO'),
    'extended-only': t('Extended support only'),
    mainstream: t('Mainstream support'),
  };
  const finding = ({ code, params }: Coded<typeof lifecycleFindingCodes>) => {
    switch (code) {
      case 'unknown-build':
        return t('The node reports no Windows Server build this page knows.');
      case 'past-end-of-support':
        return t('Windows Server {{version}} left Microsoft’s support on {{ends}}.', params);
      case 'below-required-build':
        return t(
          'Build {{found}} is below {{build}}, which WMCO needs: install a later monthly update.',
          params,
        );
      case 'unsupported-by-wmco':
        return t(
          'WMCO {{wmco}} does not support Windows Server {{version}} on {{platform}} (supported: {{supported}}).',
          params,
        );
      case 'extended-only':
        return t('Windows Server {{version}} is in extended support until {{ends}}.', params);
      case 'revision-unknown':
        return t(
          'The node does not report its monthly update; WMCO needs {{build}} or later.',
          params,
        );
      case 'build-label-mismatch':
        return t('The node’s build label and its kernel version disagree.');
    }
  };
  const ownerAction = ({ code, params }: Coded<typeof ownerActionCodes>) => {
    switch (code) {
      case 'install-update':
        return t('Install the monthly update that brings the host to {{build}} or later.', params);
      case 'move-to-supported-version':
        return params.supported
          ? t('Reinstall the host with a supported Windows Server version ({{supported}}).', params)
          : t('Reinstall the host with a Windows Server version that WMCO and Microsoft support.');
      case 'plan-version-move':
        return t('Plan a move off Windows Server {{version}} before {{ends}}.', params);
      case 'report-build':
        return t('Check the host’s build: the node does not report it fully.');
      case 'none':
        return t('Nothing to do.');
    }
  };
  const verdicts: Record<ImageVerdict, string> = {
    runs: t('Runs'),
    'does-not-run': t('Does not run'),
    unknown: t('Unknown'),
  };
  const compatibility = (code: (typeof compatibilityCodes)[number]) => {
    switch (code) {
      case 'same-build':
        return t('The image has an entry for this build.');
      case 'newer-host-exception':
        return t('A Windows Server 2022 image runs on this newer host.');
      case 'linux-only':
        return t('The image is for Linux only.');
      case 'no-windows-platform':
        return t('The image offers no Windows platform.');
      case 'no-matching-architecture':
        return t('The image offers no entry for the node’s architecture.');
      case 'build-mismatch':
        return t('The image is built for other Windows builds.');
      case 'os-version-missing':
        return t('The image names no Windows build: only starting it tells.');
      case 'host-build-unknown':
        return t('The host’s build is unknown.');
    }
  };
  const registryFailure = ({ code }: Coded<typeof registryFailureCodes>) => {
    switch (code) {
      case 'invalid-reference':
        return t('The image reference is not valid.');
      case 'loopback-registry':
        return t('The registry is on a loopback address, which the BFF does not read.');
      case 'insecure-redirect':
        return t('The registry redirected to plain HTTP.');
      case 'unreachable':
        return t('The registry is unreachable.');
      case 'timeout':
        return t('The registry did not answer in time.');
      case 'unauthorized':
        return t('The registry refused the pull secrets the workload has.');
      case 'not-found':
        return t('The registry has no such image.');
      case 'too-large':
        return t('The registry’s answer is too large.');
      case 'unsupported-media-type':
        return t('The image’s manifest is of a type this page does not read.');
      case 'bad-response':
      case 'registry-error':
        return t('The registry answered with an error.');
    }
  };
  const patchAge = (patch: NodeLifecycle['patch']) => {
    if (!patch) return t('Unknown');
    switch (patch.kind) {
      case 'released':
        return t('{{days}} days (released {{on}})', patch);
      case 'between':
        return t('{{minDays}}–{{maxDays}} days', patch);
      case 'older-than':
        return t('More than {{minDays}} days', patch);
      case 'newer-than':
        return t('Less than {{maxDays}} days', patch);
    }
  };
  return {
    state: (state) => states[state],
    finding,
    ownerAction,
    verdict: (verdict) => verdicts[verdict],
    compatibility,
    registryFailure,
    patchAge,
  };
}
