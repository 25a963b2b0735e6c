import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { installObjects, privateKeySecret } from './install-objects';
import { installRecordAnnotation, recordedInstall } from './install-record';

// The guide's 4.1.2 objects, as printed there.
const guideNamespace = `
apiVersion: v1
kind: Namespace
metadata:
  name: openshift-windows-machine-config-operator
  labels:
    openshift.io/cluster-monitoring: "true"
`;
const guideOperatorGroup = `
apiVersion: operators.coreos.com/v1
kind: OperatorGroup
metadata:
  name: windows-machine-config-operator
  namespace: openshift-windows-machine-config-operator
spec:
  targetNamespaces:
  - openshift-windows-machine-config-operator
`;
const guideSubscription = `
apiVersion: operators.coreos.com/v1alpha1
kind: Subscription
metadata:
  name: windows-machine-config-operator
  namespace: openshift-windows-machine-config-operator
spec:
  channel: "stable"
  installPlanApproval: "Automatic"
  name: "windows-machine-config-operator"
  source: "redhat-operators"
  sourceNamespace: "openshift-marketplace"
`;

const guideChoices = {
  namespace: 'openshift-windows-machine-config-operator',
  clusterMonitoring: true,
  channel: 'stable',
  approval: 'Automatic' as const,
  source: 'redhat-operators',
  sourceNamespace: 'openshift-marketplace',
};

/** The object without the plugin's record of the choices, which the guide does not have. */
function withoutRecord(namespace: object): object {
  const { metadata } = namespace as { metadata: { annotations?: Record<string, string> } };
  const { annotations: all, ...rest } = metadata;
  const { [installRecordAnnotation]: _record, ...annotations } = all ?? {};
  return {
    ...namespace,
    metadata: Object.keys(annotations).length > 0 ? { ...rest, annotations } : rest,
  };
}

test('the guide’s choices produce exactly the guide’s Namespace, OperatorGroup and Subscription', () => {
  const objects = installObjects(guideChoices);
  assert.deepEqual(withoutRecord(objects.namespace), parse(guideNamespace));
  assert.deepEqual(objects.operatorGroup, parse(guideOperatorGroup));
  assert.deepEqual(objects.subscription, parse(guideSubscription));
});

test('another namespace, Manual approval and no monitoring label are carried everywhere', () => {
  const objects = installObjects({
    ...guideChoices,
    namespace: 'wmco',
    approval: 'Manual',
    clusterMonitoring: false,
  });
  assert.deepEqual(withoutRecord(objects.namespace), {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'wmco' },
  });
  assert.deepEqual((objects.operatorGroup as { spec: unknown }).spec, {
    targetNamespaces: ['wmco'],
  });
  const subscription = objects.subscription as {
    metadata: { namespace: string };
    spec: { installPlanApproval: string };
  };
  assert.equal(subscription.metadata.namespace, 'wmco');
  assert.equal(subscription.spec.installPlanApproval, 'Manual');
});

test('the namespace records the choices besides the namespace and the key, to resume an install', () => {
  const { namespace } = installObjects({ ...guideChoices, namespace: 'wmco', approval: 'Manual' });
  const { annotations } = (namespace as { metadata: { annotations?: Record<string, string> } })
    .metadata;
  assert.deepEqual(recordedInstall(annotations), {
    clusterMonitoring: true,
    channel: 'stable',
    approval: 'Manual',
    source: 'redhat-operators',
    sourceNamespace: 'openshift-marketplace',
  });
  assert.equal(recordedInstall({ [installRecordAnnotation]: '{"channel":1}' }), undefined);
  assert.equal(recordedInstall(undefined), undefined);
});

test('the key secret is the guide’s cloud-private-key with private-key.pem', () => {
  assert.deepEqual(privateKeySecret('wmco', 'PEM'), {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: { name: 'cloud-private-key', namespace: 'wmco' },
    stringData: { 'private-key.pem': 'PEM' },
  });
});
