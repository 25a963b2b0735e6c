import type { LogRotationSettings, LogRotationState } from '../../../server/contract/log-rotation';
import type {
  InstallPreview,
  InstallPreviewRequest,
  InstallRequest,
  InstallResult,
  InstallState,
  KeyChoice,
  UninstallPlan,
  UninstallResult,
} from '../../../server/contract/install';
import { postToBff, putToBff } from '../../api/bff-client';
import { useBffQuery } from '../../api/useBffQuery';
import { useLiveBff } from '../../api/useLiveBff';

/** The install page's calls to the BFF, each made with the user's token by the console's proxy. */

export function useInstallState() {
  return useLiveBff<InstallState>('/install');
}

export function installWmco(request: InstallRequest): Promise<InstallResult> {
  return postToBff<InstallResult>('/install', request);
}

export function previewInstall(request: InstallPreviewRequest): Promise<InstallPreview> {
  return postToBff<InstallPreview>('/install/preview', request);
}

/** Approves a Manual InstallPlan: a first install, or an upgrade waiting on the Upgrades page. */
export function approveInstallPlan(installPlan: string): Promise<unknown> {
  return postToBff('/install/approve', { installPlan });
}

export function replaceKey(key: KeyChoice): Promise<InstallResult> {
  return putToBff<InstallResult>('/install/key', { key });
}

export function useUninstallPlan() {
  return useBffQuery<UninstallPlan>('/uninstall');
}

export function uninstallOperator(): Promise<UninstallResult> {
  return postToBff<UninstallResult>('/uninstall/operator');
}

export function deleteOperatorNamespace(): Promise<UninstallResult> {
  return postToBff<UninstallResult>('/uninstall/namespace');
}

/** Writes WMCO's service log rotation into its Subscription; a field left out is removed. */
export function saveLogRotation(settings: LogRotationSettings): Promise<LogRotationState> {
  return putToBff<LogRotationState>('/install/log-rotation', settings);
}
