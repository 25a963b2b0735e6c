import type { InstallRequest, InstallState } from '../../../server/contract/install';

export type KeyMode = 'generate' | 'upload' | 'keep';

export interface InstallForm {
  namespace: string;
  clusterMonitoring: boolean;
  channel: string;
  approval: 'Automatic' | 'Manual';
  catalog: string; // `<namespace>/<name>` of the CatalogSource
  keyMode: KeyMode;
  keyType: 'rsa' | 'ed25519';
  uploadedKey: string;
}

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * The guide's defaults, adjusted to what the cluster already has; an install that stopped halfway is
 * resumed with the choices it was started with.
 */
export function initialInstallForm(state: InstallState): InstallForm {
  const redHat = state.catalogSources.find((source) => source.name === 'redhat-operators');
  const catalog = redHat ?? state.catalogSources[0];
  const started = state.incomplete?.settings;
  const subscription = state.existing.subscription;
  return {
    namespace: state.namespace,
    clusterMonitoring: started?.clusterMonitoring ?? true,
    channel: started?.channel ?? subscription?.channel ?? state.defaultChannel ?? 'stable',
    approval: (started?.approval ?? subscription?.approval) === 'Manual' ? 'Manual' : 'Automatic',
    catalog: started
      ? `${started.sourceNamespace}/${started.source}`
      : catalog
        ? `${catalog.namespace}/${catalog.name}`
        : 'openshift-marketplace/redhat-operators',
    keyMode: state.existing.key ? 'keep' : 'generate',
    keyType: 'rsa',
    uploadedKey: '',
  };
}

export type InstallFormError =
  'invalid-namespace' | 'no-channel' | 'no-catalog' | 'no-key' | 'not-a-private-key';

/** Field → what is wrong with it, for every wrong field, so each is named next to its input. */
export function installFormErrors(
  form: InstallForm,
): Partial<Record<keyof InstallForm, InstallFormError>> {
  const errors: Partial<Record<keyof InstallForm, InstallFormError>> = {};
  if (form.namespace.length > 63 || !dnsLabel.test(form.namespace))
    errors.namespace = 'invalid-namespace';
  if (form.channel.trim() === '') errors.channel = 'no-channel';
  if (!form.catalog.includes('/')) errors.catalog = 'no-catalog';
  if (form.keyMode === 'upload') {
    if (form.uploadedKey.trim() === '') errors.uploadedKey = 'no-key';
    else if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(form.uploadedKey))
      errors.uploadedKey = 'not-a-private-key';
  }
  return errors;
}

export function toInstallRequest(form: InstallForm): InstallRequest {
  const [sourceNamespace = '', source = ''] = form.catalog.split('/');
  const key: InstallRequest['key'] =
    form.keyMode === 'generate'
      ? { mode: 'generate', type: form.keyType }
      : form.keyMode === 'upload'
        ? { mode: 'upload', privateKey: form.uploadedKey }
        : { mode: 'keep' };
  return {
    namespace: form.namespace,
    clusterMonitoring: form.clusterMonitoring,
    channel: form.channel,
    approval: form.approval,
    source,
    sourceNamespace,
    key,
  };
}
