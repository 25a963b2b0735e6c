import { InstallSettings, type InstallPart, type InstallRequest } from '../../../contract/install';
import { parseStored } from '../stored-json';

/**
 * On the namespace the install wizard creates: the choices the install was started with. An install
 * cut off after the namespace (the BFF killed, the browser closed) is found by it, in any namespace,
 * and resumed with the same choices. The uninstall removes it from a namespace it keeps.
 */
export const installRecordAnnotation = 'windows-nodes-plugin/install';

/** The annotation's value for this request: everything but the namespace and the key. */
export function installRecord(request: Omit<InstallRequest, 'key'>): string {
  const { clusterMonitoring, channel, approval, source, sourceNamespace } = request;
  const settings: InstallSettings = {
    clusterMonitoring,
    channel,
    approval,
    source,
    sourceNamespace,
  };
  return JSON.stringify(settings);
}

/** The recorded choices, or undefined when the namespace carries none (or one not of ours). */
export function recordedInstall(
  annotations: Record<string, string> | undefined,
): InstallSettings | undefined {
  return parseStored(InstallSettings, annotations?.[installRecordAnnotation]);
}

/** What exists of an install in one namespace; undefined: unknown (not read, or not readable). */
export interface InstallParts {
  namespaceExists: boolean;
  /** The namespace carries the wizard's install record. */
  recorded: boolean;
  operatorGroup?: boolean;
  subscription?: boolean;
  key?: boolean;
}

/**
 * What an install that was started has not made yet, in the order it makes them; undefined when nothing
 * is missing or no install was started there. Started means WMCO's Subscription is there, or the
 * wizard's namespace is: a namespace someone else made is not an install.
 */
export function missingInstallParts(parts: InstallParts): InstallPart[] | undefined {
  if (!parts.namespaceExists || !(parts.subscription === true || parts.recorded)) return undefined;
  const missing: InstallPart[] = [];
  if (parts.operatorGroup === false) missing.push('operator-group');
  if (parts.subscription === false) missing.push('subscription');
  if (parts.key === false) missing.push('key');
  return missing.length > 0 ? missing : undefined;
}
