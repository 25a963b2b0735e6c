import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { windowsMachineSetObject } from './machine-set-template';
import type { MachineSetInputs } from './machine-set-inputs';

// The guide's examples (5.1.2, 5.2.2, 5.3.3, 5.4.2) as printed there, callout numbers removed and each
// placeholder filled with the value the inputs below give it.
const infrastructureName = 'agl030519-vplxk';

const guideAws = `
apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata:
  labels:
    machine.openshift.io/cluster-api-cluster: agl030519-vplxk
  name: agl030519-vplxk-windows-worker-us-east-1a
  namespace: openshift-machine-api
spec:
  replicas: 1
  selector:
    matchLabels:
      machine.openshift.io/cluster-api-cluster: agl030519-vplxk
      machine.openshift.io/cluster-api-machineset: agl030519-vplxk-windows-worker-us-east-1a
  template:
    metadata:
      labels:
        machine.openshift.io/cluster-api-cluster: agl030519-vplxk
        machine.openshift.io/cluster-api-machine-role: worker
        machine.openshift.io/cluster-api-machine-type: worker
        machine.openshift.io/cluster-api-machineset: agl030519-vplxk-windows-worker-us-east-1a
        machine.openshift.io/os-id: Windows
    spec:
      metadata:
        labels:
          node-role.kubernetes.io/worker: ""
      providerSpec:
        value:
          ami:
            id: ami-0a1b2c3d4e5f60718
          apiVersion: awsproviderconfig.openshift.io/v1beta1
          blockDevices:
            - ebs:
                iops: 0
                volumeSize: 120
                volumeType: gp2
          credentialsSecret:
            name: aws-cloud-credentials
          deviceIndex: 0
          iamInstanceProfile:
            id: agl030519-vplxk-worker-profile
          instanceType: m5a.large
          kind: AWSMachineProviderConfig
          placement:
            availabilityZone: us-east-1a
            region: us-east-1
          securityGroups:
            - filters:
                - name: tag:Name
                  values:
                    - agl030519-vplxk-worker-sg
          subnet:
            filters:
              - name: tag:Name
                values:
                  - agl030519-vplxk-private-us-east-1a
          tags:
            - name: kubernetes.io/cluster/agl030519-vplxk
              value: owned
          userDataSecret:
            name: windows-user-data
            namespace: openshift-machine-api
`;

const guideAzure = `
apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata:
  labels:
    machine.openshift.io/cluster-api-cluster: agl030519-vplxk
  name: winworker
  namespace: openshift-machine-api
spec:
  replicas: 1
  selector:
    matchLabels:
      machine.openshift.io/cluster-api-cluster: agl030519-vplxk
      machine.openshift.io/cluster-api-machineset: winworker
  template:
    metadata:
      labels:
        machine.openshift.io/cluster-api-cluster: agl030519-vplxk
        machine.openshift.io/cluster-api-machine-role: worker
        machine.openshift.io/cluster-api-machine-type: worker
        machine.openshift.io/cluster-api-machineset: winworker
        machine.openshift.io/os-id: Windows
    spec:
      metadata:
        labels:
          node-role.kubernetes.io/worker: ""
      providerSpec:
        value:
          apiVersion: azureproviderconfig.openshift.io/v1beta1
          credentialsSecret:
            name: azure-cloud-credentials
            namespace: openshift-machine-api
          image:
            offer: WindowsServer
            publisher: MicrosoftWindowsServer
            resourceID: ""
            sku: 2019-Datacenter-with-Containers
            version: latest
          kind: AzureMachineProviderSpec
          location: centralus
          managedIdentity: agl030519-vplxk-identity
          networkResourceGroup: agl030519-vplxk-rg
          osDisk:
            diskSizeGB: 128
            managedDisk:
              storageAccountType: Premium_LRS
            osType: Windows
          publicIP: false
          resourceGroup: agl030519-vplxk-rg
          subnet: agl030519-vplxk-worker-subnet
          userDataSecret:
            name: windows-user-data
            namespace: openshift-machine-api
          vmSize: Standard_D2s_v3
          vnet: agl030519-vplxk-vnet
          zone: "1"
`;

const guideVSphere = `
apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata:
  labels:
    machine.openshift.io/cluster-api-cluster: agl030519-vplxk
  name: winworker
  namespace: openshift-machine-api
spec:
  replicas: 1
  selector:
    matchLabels:
      machine.openshift.io/cluster-api-cluster: agl030519-vplxk
      machine.openshift.io/cluster-api-machineset: winworker
  template:
    metadata:
      labels:
        machine.openshift.io/cluster-api-cluster: agl030519-vplxk
        machine.openshift.io/cluster-api-machine-role: worker
        machine.openshift.io/cluster-api-machine-type: worker
        machine.openshift.io/cluster-api-machineset: winworker
        machine.openshift.io/os-id: Windows
    spec:
      metadata:
        labels:
          node-role.kubernetes.io/worker: ""
      providerSpec:
        value:
          apiVersion: vsphereprovider.openshift.io/v1beta1
          credentialsSecret:
            name: vsphere-cloud-credentials
          diskGiB: 128
          kind: VSphereMachineProviderSpec
          memoryMiB: 16384
          network:
            devices:
            - networkName: "VM Network"
          numCPUs: 4
          numCoresPerSocket: 1
          snapshot: ""
          template: golden-images/windows-server-template
          userDataSecret:
            name: windows-user-data
          workspace:
             datacenter: dc1
             datastore: datastore1
             folder: /dc1/vm/user-inst-5ddjd
             resourcePool: /dc1/host/cluster1/Resources
             server: vcenter.example.com
`;

const guideGcp = `
apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata:
  labels:
    machine.openshift.io/cluster-api-cluster: agl030519-vplxk
  name: agl030519-vplxk-windows-worker-a
  namespace: openshift-machine-api
spec:
  replicas: 1
  selector:
    matchLabels:
      machine.openshift.io/cluster-api-cluster: agl030519-vplxk
      machine.openshift.io/cluster-api-machineset: agl030519-vplxk-windows-worker-a
  template:
    metadata:
      labels:
        machine.openshift.io/cluster-api-cluster: agl030519-vplxk
        machine.openshift.io/cluster-api-machine-role: worker
        machine.openshift.io/cluster-api-machine-type: worker
        machine.openshift.io/cluster-api-machineset: agl030519-vplxk-windows-worker-a
        machine.openshift.io/os-id: Windows
    spec:
      metadata:
        labels:
          node-role.kubernetes.io/worker: ""
      providerSpec:
        value:
          apiVersion: machine.openshift.io/v1beta1
          canIPForward: false
          credentialsSecret:
            name: gcp-cloud-credentials
          deletionProtection: false
          disks:
          - autoDelete: true
            boot: true
            image: projects/windows-cloud/global/images/family/windows-2022-core
            sizeGb: 128
            type: pd-ssd
          kind: GCPMachineProviderSpec
          machineType: n1-standard-4
          networkInterfaces:
          - network: agl030519-vplxk-network
            subnetwork: agl030519-vplxk-worker-subnet
          projectID: openshift-winlab
          region: us-central1
          serviceAccounts:
          - email: agl030519-vplxk-w@openshift-winlab.iam.gserviceaccount.com
            scopes:
            - https://www.googleapis.com/auth/cloud-platform
          tags:
          - agl030519-vplxk-worker
          userDataSecret:
            name: windows-user-data
          zone: us-central1-a
`;

const guideCases: { platform: string; inputs: MachineSetInputs; yaml: string }[] = [
  {
    platform: 'AWS',
    yaml: guideAws,
    inputs: {
      platform: 'AWS',
      infrastructureName,
      name: `${infrastructureName}-windows-worker-us-east-1a`,
      replicas: 1,
      values: {
        region: 'us-east-1',
        zone: 'us-east-1a',
        ami: 'ami-0a1b2c3d4e5f60718',
        instanceType: 'm5a.large',
        iamInstanceProfile: `${infrastructureName}-worker-profile`,
        securityGroups: `${infrastructureName}-worker-sg`,
        subnet: `${infrastructureName}-private-us-east-1a`,
      },
    },
  },
  {
    platform: 'Azure',
    yaml: guideAzure,
    inputs: {
      platform: 'Azure',
      infrastructureName,
      name: 'winworker',
      replicas: 1,
      values: {
        region: 'centralus',
        zone: '1',
        vmSize: 'Standard_D2s_v3',
        imagePublisher: 'MicrosoftWindowsServer',
        imageOffer: 'WindowsServer',
        imageSku: '2019-Datacenter-with-Containers',
        imageVersion: 'latest',
        resourceGroup: `${infrastructureName}-rg`,
        networkResourceGroup: `${infrastructureName}-rg`,
        vnet: `${infrastructureName}-vnet`,
        subnet: `${infrastructureName}-worker-subnet`,
        managedIdentity: `${infrastructureName}-identity`,
      },
    },
  },
  {
    platform: 'vSphere',
    yaml: guideVSphere,
    inputs: {
      platform: 'VSphere',
      infrastructureName,
      name: 'winworker',
      replicas: 1,
      values: {
        template: 'golden-images/windows-server-template',
        networkName: 'VM Network',
        server: 'vcenter.example.com',
        datacenter: 'dc1',
        datastore: 'datastore1',
        folder: '/dc1/vm/user-inst-5ddjd',
        resourcePool: '/dc1/host/cluster1/Resources',
      },
    },
  },
  {
    platform: 'GCP',
    yaml: guideGcp,
    inputs: {
      platform: 'GCP',
      infrastructureName,
      name: `${infrastructureName}-windows-worker-a`,
      replicas: 1,
      values: {
        region: 'us-central1',
        zone: 'us-central1-a',
        projectID: 'openshift-winlab',
        image: 'projects/windows-cloud/global/images/family/windows-2022-core',
        machineType: 'n1-standard-4',
        network: `${infrastructureName}-network`,
        subnetwork: `${infrastructureName}-worker-subnet`,
        serviceAccountEmail: `${infrastructureName}-w@openshift-winlab.iam.gserviceaccount.com`,
        tags: `${infrastructureName}-worker`,
      },
    },
  },
];

for (const { platform, inputs, yaml } of guideCases) {
  test(`the ${platform} template with the guide’s values is the guide’s MachineSet`, () => {
    assert.deepEqual(windowsMachineSetObject(inputs), parse(yaml));
  });
}

test('every value the form asks for lands where the guide puts it, and nowhere else', () => {
  const [aws] = guideCases;
  if (aws?.inputs.platform !== 'AWS') throw new Error('the first case is AWS');
  const object = windowsMachineSetObject({
    ...aws.inputs,
    name: 'other-name',
    replicas: 3,
    values: { ...aws.inputs.values, securityGroups: 'sg-a, sg-b' },
  });
  const text = JSON.stringify(object);
  assert.equal(text.split('other-name').length - 1, 3, 'name, selector and template label');
  assert.match(text, /"replicas":3/);
  assert.match(
    text,
    /"securityGroups":\[\{"filters":\[\{"name":"tag:Name","values":\["sg-a"\]\}\]\},\{"filters":\[\{"name":"tag:Name","values":\["sg-b"\]\}\]\}\]/,
  );
});
