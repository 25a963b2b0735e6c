import type { V1Deployment, V1Service } from '@kubernetes/client-node';
import { windowsServerReleaseOfBuild } from '../support/support-matrix';

/** The two base images the guide's sample names, each with the shell it must be started with. */
export const imageFamilies = {
  servercore: { repository: 'mcr.microsoft.com/windows/servercore', shell: 'powershell.exe' },
  powershell: { repository: 'mcr.microsoft.com/powershell', shell: 'pwsh.exe' },
} as const;
export type ImageFamily = keyof typeof imageFamilies;

export type ServiceType = 'LoadBalancer' | 'NodePort' | 'ClusterIP';

export interface SampleWorkloadChoices {
  /** Where the objects go; the guide's objects name none (`oc create` puts them in the current one). */
  namespace?: string;
  name: string;
  imageFamily: ImageFamily;
  /** The target nodes' `node.kubernetes.io/windows-build`: it decides the image tag. */
  build: string;
  runtimeClassName: string;
  replicas: number;
  serviceType: ServiceType;
}

export interface SampleWorkload {
  deployment: V1Deployment;
  service: V1Service;
}

/** The guide's web listener: answers every request on port 80 with a one-line page. */
// i18n-exempt: the guide's PowerShell program, run in the container, never shown as text of ours.
export const webListenerScript =
  "$listener = New-Object System.Net.HttpListener; $listener.Prefixes.Add('http://*:80/'); $listener.Start();Write-Host('Listening at http://*:80/'); while ($listener.IsListening) { $context = $listener.GetContext(); $response = $context.Response; $content='<html><body><H1>Red Hat OpenShift + Windows Container Workloads</H1></body></html>'; $buffer = [System.Text.Encoding]::UTF8.GetBytes($content); $response.ContentLength64 = $buffer.Length; $response.OutputStream.Write($buffer, 0, $buffer.Length); $response.Close(); };";

/** `mcr.microsoft.com/windows/servercore:ltsc2022` for 10.0.20348; undefined for an unknown build. */
export function sampleImage(imageFamily: ImageFamily, build: string): string | undefined {
  const release = windowsServerReleaseOfBuild(build);
  return release ? `${imageFamilies[imageFamily].repository}:${release.imageTag}` : undefined;
}

/**
 * The guide's 6.3 Deployment and Service for the chosen name, image, build and RuntimeClass. Throws
 * for a build the support matrix doesn't know: no image tag matches it.
 */
export function sampleWorkload(choices: SampleWorkloadChoices): SampleWorkload {
  const image = sampleImage(choices.imageFamily, choices.build);
  if (!image) throw new Error(`No Windows Server image tag is known for build ${choices.build}.`);
  const labels = { app: choices.name };
  const metadata = () => ({
    name: choices.name,
    ...(choices.namespace ? { namespace: choices.namespace } : {}),
    labels: { ...labels },
  });
  const service: V1Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(),
    spec: {
      ports: [{ port: 80, targetPort: 80 }],
      selector: { ...labels },
      type: choices.serviceType,
    },
  };
  const deployment: V1Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(),
    spec: {
      selector: { matchLabels: { ...labels } },
      replicas: choices.replicas,
      template: {
        metadata: { labels: { ...labels }, name: choices.name },
        spec: {
          containers: [
            {
              name: 'windowswebserver',
              image,
              imagePullPolicy: 'IfNotPresent',
              command: [imageFamilies[choices.imageFamily].shell, '-command', webListenerScript],
              securityContext: {
                runAsNonRoot: false,
                windowsOptions: { runAsUserName: 'ContainerAdministrator' },
              },
            },
          ],
          os: { name: 'windows' },
          runtimeClassName: choices.runtimeClassName,
        },
      },
    },
  };
  return { deployment, service };
}
