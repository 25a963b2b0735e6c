import type { FieldValues, MachineSetPlatform } from '../machinesets/machine-set-platform';
import { wmcoNames } from '../wmco-names';

/**
 * The image a MachineSet's machines boot, as its platform's image fields name it: `{ ami }` on AWS,
 * `{ imagePublisher, imageOffer, imageSku, imageVersion }` on Azure, `{ template }` on vSphere,
 * `{ image }` on GCP and Nutanix. The platform's module knows where each goes.
 */
export type ProviderImage = FieldValues;

/** What a copy needs of a platform module: where its image goes in a providerSpec. */
export type ProviderImageSetter = Pick<MachineSetPlatform, 'withImage'>;

/** The parts of a MachineSet the copy reads; everything else is carried over as it is. */
export interface MachineSetObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [field: string]: unknown;
  };
  spec?: Record<string, unknown>;
  status?: unknown;
}

/** The annotation that ties a replacement MachineSet to the one it replaces. */
export const replacesAnnotation = 'windows-nodes-plugin/replaces';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function withMachineSetLabel(value: unknown, name: string): Record<string, unknown> {
  const labels = record(value);
  return { ...labels, [wmcoNames.machineSetLabel]: name };
}

/**
 * A new MachineSet from the old one's template with another image: same labels, template, taints
 * and provider settings, its own name in the selector and the machines' labels, no replicas yet
 * (scaling up is a step of its own), and nothing the API server owns (uid, resourceVersion, status).
 */
export function newMachineSetFrom(
  old: MachineSetObject,
  name: string,
  image: ProviderImage,
  setter: ProviderImageSetter,
): MachineSetObject {
  const copy = structuredClone(old);
  const spec = record(copy.spec);
  const selector = record(spec.selector);
  const template = record(spec.template);
  const templateMetadata = record(template.metadata);
  const templateSpec = record(template.spec);
  const providerSpec = record(templateSpec.providerSpec);
  return {
    apiVersion: copy.apiVersion,
    kind: copy.kind,
    metadata: {
      name,
      namespace: copy.metadata?.namespace,
      labels: copy.metadata?.labels,
      annotations: {
        ...copy.metadata?.annotations,
        [replacesAnnotation]: old.metadata?.name ?? '',
      },
    },
    spec: {
      ...spec,
      replicas: 0,
      selector: { ...selector, matchLabels: withMachineSetLabel(selector.matchLabels, name) },
      template: {
        ...template,
        metadata: {
          ...templateMetadata,
          labels: withMachineSetLabel(templateMetadata.labels, name),
        },
        spec: {
          ...templateSpec,
          providerSpec: {
            ...providerSpec,
            value: setter.withImage(record(providerSpec.value), image),
          },
        },
      },
    },
  };
}
