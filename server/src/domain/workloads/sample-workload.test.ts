import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { sampleImage, sampleWorkload, type SampleWorkloadChoices } from './sample-workload';

// The guide's 6.3 Service and Deployment as printed there (callout markers removed). The callouts
// vary the image (servercore or powershell, tag ltsc2019 / ltsc2022), the command (powershell.exe
// or pwsh.exe) and the RuntimeClass; those are the placeholders here.
const guideService = `
apiVersion: v1
kind: Service
metadata:
  name: win-webserver
  labels:
    app: win-webserver
spec:
  ports:
    # the port that this service should serve on
  - port: 80
    targetPort: 80
  selector:
    app: win-webserver
  type: LoadBalancer
`;

const guideDeployment = (image: string, shell: string, runtimeClass: string) => `
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: win-webserver
  name: win-webserver
spec:
  selector:
    matchLabels:
      app: win-webserver
  replicas: 1
  template:
    metadata:
      labels:
        app: win-webserver
      name: win-webserver
    spec:
      containers:
      - name: windowswebserver
        image: ${image}
        imagePullPolicy: IfNotPresent
        command:
        - ${shell}
        - -command
        - $listener = New-Object System.Net.HttpListener; $listener.Prefixes.Add('http://*:80/'); $listener.Start();Write-Host('Listening at http://*:80/'); while ($listener.IsListening) { $context = $listener.GetContext(); $response = $context.Response; $content='<html><body><H1>Red Hat OpenShift + Windows Container Workloads</H1></body></html>'; $buffer = [System.Text.Encoding]::UTF8.GetBytes($content); $response.ContentLength64 = $buffer.Length; $response.OutputStream.Write($buffer, 0, $buffer.Length); $response.Close(); };
        securityContext:
          runAsNonRoot: false
          windowsOptions:
            runAsUserName: "ContainerAdministrator"
      os:
        name: "windows"
      runtimeClassName: ${runtimeClass}
`;

const guideChoices: SampleWorkloadChoices = {
  name: 'win-webserver',
  imageFamily: 'servercore',
  build: '10.0.17763',
  runtimeClassName: 'windows2019',
  replicas: 1,
  serviceType: 'LoadBalancer',
};

const guideCases: [SampleWorkloadChoices, image: string, shell: string][] = [
  [guideChoices, 'mcr.microsoft.com/windows/servercore:ltsc2019', 'powershell.exe'],
  [
    { ...guideChoices, build: '10.0.20348', runtimeClassName: 'windows2022' },
    'mcr.microsoft.com/windows/servercore:ltsc2022',
    'powershell.exe',
  ],
  [
    { ...guideChoices, imageFamily: 'powershell' },
    'mcr.microsoft.com/powershell:ltsc2019',
    'pwsh.exe',
  ],
  [
    {
      ...guideChoices,
      imageFamily: 'powershell',
      build: '10.0.20348',
      runtimeClassName: 'windows2022',
    },
    'mcr.microsoft.com/powershell:ltsc2022',
    'pwsh.exe',
  ],
];

for (const [choices, image, shell] of guideCases) {
  test(`${image} with ${shell} and ${choices.runtimeClassName}: exactly the guide’s 6.3 objects`, () => {
    const sample = sampleWorkload(choices);
    assert.deepEqual(
      sample.deployment,
      parse(guideDeployment(image, shell, choices.runtimeClassName)),
    );
    assert.deepEqual(sample.service, parse(guideService));
  });
}

test('2025 takes the ltsc2025 tag from the support matrix', () => {
  assert.equal(
    sampleImage('servercore', '10.0.26100'),
    'mcr.microsoft.com/windows/servercore:ltsc2025',
  );
});

test('the chosen namespace, name, replicas and Service type land everywhere they belong', () => {
  const { deployment, service } = sampleWorkload({
    ...guideChoices,
    namespace: 'team-a',
    name: 'hello',
    build: '10.0.20348',
    runtimeClassName: 'windows2022',
    replicas: 3,
    serviceType: 'ClusterIP',
  });
  const labels = { app: 'hello' };
  assert.deepEqual(deployment.metadata, { name: 'hello', namespace: 'team-a', labels });
  assert.deepEqual(service.metadata, { name: 'hello', namespace: 'team-a', labels });
  assert.equal(deployment.spec?.replicas, 3);
  assert.deepEqual(deployment.spec.selector.matchLabels, labels);
  assert.deepEqual(deployment.spec.template.metadata, { labels, name: 'hello' });
  assert.equal(deployment.spec.template.spec?.runtimeClassName, 'windows2022');
  assert.deepEqual(service.spec?.selector, labels);
  assert.equal(service.spec.type, 'ClusterIP');
});

test('a build without a known image tag is refused', () => {
  assert.throws(
    () => sampleWorkload({ ...guideChoices, build: '10.0.19041' }),
    /No Windows Server image tag/,
  );
});
