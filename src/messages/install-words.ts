import type { InstallStepCatalogue, InstallWarningCatalogue } from '../../server/contract/install';
import type { WordsFor } from './wording';

/** What the install, a key rotation or the uninstall did to one object. */
export const installStepWords: WordsFor<InstallStepCatalogue> = {
  created: ({ t }) => t('Created.'),
  'monitoring-label-added': ({ t }) => t('Existed; added the cluster monitoring label.'),
  exists: ({ t }) => t('Already exists.'),
  'operator-group-created': ({ t }, { namespace }) =>
    t('Created, targeting {{namespace}}.', { namespace }),
  'operator-groups-several': ({ t }, { namespace, count }) =>
    t('{{namespace}} has {{count}} OperatorGroups; OLM installs nothing until only one remains.', {
      namespace,
      count,
    }),
  'operator-group-adopted': ({ t }, { namespace }) =>
    t('Already targets {{namespace}}.', { namespace }),
  'operator-group-targets-other': (w, { namespace, targets }) =>
    w.t('Targets {{targets}} instead of {{namespace}}; not changed.', {
      targets: w.list(targets),
      namespace,
    }),
  'operator-group-targets-all': ({ t }, { namespace }) =>
    t('Targets all namespaces instead of {{namespace}}; not changed.', { namespace }),
  'subscription-created': ({ t }, { channel, approval, source }) =>
    approval === 'Manual'
      ? t('Created: channel {{channel}}, Manual approval, from {{source}}.', { channel, source })
      : t('Created: channel {{channel}}, Automatic approval, from {{source}}.', {
          channel,
          source,
        }),
  'subscription-adopted': ({ t }) => t('Already subscribed with these settings.'),
  'subscription-differs': (w, { differences }) =>
    w.t('Exists with other settings ({{differences}}); not changed.', {
      differences: w.list(differences),
    }),
  'key-created': ({ t }, p) => t('Created with {{keyType}} key {{fingerprint}}.', p),
  'key-adopted': ({ t }) => t('Already holds this key.'),
  'key-kept': ({ t }) =>
    t('Holds a different key, which was kept. Use key rotation to replace it.'),
  'key-replaced': ({ t }, p) => t('Now holds {{keyType}} key {{fingerprint}}.', p),
  deleted: ({ t }) => t('Deleted.'),
  'operator-deleted': ({ t }) => t('Deleted; the operator stops.'),
  'namespace-deleting': ({ t }) => t('Deleting; its secrets and ConfigMaps go with it.'),
};

/** What the admin should know after an install or a key rotation. */
export const installWarningWords: WordsFor<InstallWarningCatalogue> = {
  'install-key-reused': ({ t }) =>
    t(
      'This key is the cluster’s install SSH key (MachineConfig 99-worker-ssh/99-master-ssh). The guide recommends a different key for Windows nodes.',
    ),
  'install-key-unchecked': ({ t }) =>
    t(
      'Could not check whether this key is the cluster’s install key (MachineConfigs are not readable).',
    ),
  'rotation-recreates-nodes': ({ t }) =>
    t(
      'WMCO now recreates Machine-backed Windows nodes one at a time. Add the new public key to authorized_keys on every BYOH host by hand.',
    ),
};
