/** Names WMCO and the Machine API put on objects; one place, so a rename in WMCO is one edit here. */
const prefix = 'windowsmachineconfig.openshift.io';

export const wmcoNames = {
  packageName: 'windows-machine-config-operator',
  /** WMCO's Deployment, as its CSV names it; its pods carry `name=<it>`. */
  operatorDeployment: 'windows-machine-config-operator',
  /** On WMCO's namespace, `true` lets cluster monitoring scrape the Windows nodes' metrics. */
  monitoringLabel: 'openshift.io/cluster-monitoring',
  defaultNamespace: 'openshift-windows-machine-config-operator',
  privateKeySecret: 'cloud-private-key',
  privateKeyField: 'private-key.pem',
  userDataSecret: 'windows-user-data',
  machineApiNamespace: 'openshift-machine-api',
  instancesConfigMap: 'windows-instances',
  /** WMCO's trust-on-first-use host keys by address, until the node exists (then node annotations). */
  sshHostKeysConfigMap: 'windows-ssh-host-keys',
  sshHostKeyAnnotation: `${prefix}/ssh-host-key`,
  servicesConfigMapPrefix: 'windows-services-',
  versionAnnotation: `${prefix}/version`,
  desiredVersionAnnotation: `${prefix}/desired-version`,
  rebootRequiredAnnotation: `${prefix}/reboot-required`,
  byohLabel: `${prefix}/byoh`,
  upgradingLabel: `${prefix}/upgrading`,
  /** WMCO 8.x/9.x stop a node's upgrade for in-tree storage; an admin's allow-upgrade=true lets it go. */
  upgradeBlockedLabel: `${prefix}/upgrade-blocked`,
  allowUpgradeLabel: `${prefix}/allow-upgrade`,
  osLabel: 'kubernetes.io/os',
  windowsBuildLabel: 'node.kubernetes.io/windows-build',
  machineOsIdLabel: 'machine.openshift.io/os-id',
  machineSetLabel: 'machine.openshift.io/cluster-api-machineset',
  machineAnnotationOnNode: 'machine.openshift.io/machine',
  machineClusterLabel: 'machine.openshift.io/cluster-api-cluster',
  machineRoleLabel: 'machine.openshift.io/cluster-api-machine-role',
  machineTypeLabel: 'machine.openshift.io/cluster-api-machine-type',
  deleteMachineAnnotation: 'machine.openshift.io/delete-machine',
  excludeNodeDrainingAnnotation: 'machine.openshift.io/exclude-node-draining',
  workerRoleLabel: 'node-role.kubernetes.io/worker',
} as const;
