import type { InstallRequest } from '../../../contract/install';
import { wmcoNames } from '../wmco-names';
import { installRecord, installRecordAnnotation } from './install-record';

export interface InstallObjects {
  namespace: object;
  operatorGroup: object;
  subscription: object;
}

/**
 * The objects of the guide's CLI install (4.1.2), for the choices the wizard made; the namespace also
 * records those choices (see install-record.ts).
 */
export function installObjects(request: Omit<InstallRequest, 'key'>): InstallObjects {
  const { namespace } = request;
  return {
    namespace: {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: namespace,
        annotations: { [installRecordAnnotation]: installRecord(request) },
        ...(request.clusterMonitoring
          ? { labels: { 'openshift.io/cluster-monitoring': 'true' } }
          : {}),
      },
    },
    operatorGroup: {
      apiVersion: 'operators.coreos.com/v1',
      kind: 'OperatorGroup',
      metadata: { name: wmcoNames.packageName, namespace },
      spec: { targetNamespaces: [namespace] },
    },
    subscription: {
      apiVersion: 'operators.coreos.com/v1alpha1',
      kind: 'Subscription',
      metadata: { name: wmcoNames.packageName, namespace },
      spec: {
        channel: request.channel,
        installPlanApproval: request.approval,
        name: wmcoNames.packageName,
        source: request.source,
        sourceNamespace: request.sourceNamespace,
      },
    },
  };
}

/** The guide's `cloud-private-key` secret (4.2); `privateKey` is the PEM, or a placeholder for previews. */
export function privateKeySecret(namespace: string, privateKey: string): object {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: { name: wmcoNames.privateKeySecret, namespace },
    stringData: { [wmcoNames.privateKeyField]: privateKey },
  };
}
