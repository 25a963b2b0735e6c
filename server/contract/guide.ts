import Type from 'typebox';

/**
 * Sections of Red Hat's "Windows Container Support for OpenShift" guide (OpenShift 4.12, the edition the
 * product follows) that findings and checks point to; the plugin links each to the guide in the reader's
 * language.
 */
export const GuideSection = Type.Enum([
  '2.4',
  '2.6.3',
  '2.7.1',
  '2.7.2',
  '2.7.3',
  '2.8',
  '3.3',
  '3.4',
  '4',
  '4.1',
  '4.2',
  '5',
  '5.3.2.1',
  '6.1',
  '6.2',
  '6.3',
  '7.1',
  '8.1',
]);
export type GuideSection = Type.Static<typeof GuideSection>;

/** Guide §2.8 and §3.4: what Windows nodes do not support, as the release in use has it. */
export const UnsupportedFeature = Type.Enum([
  'image-builds',
  'pipelines',
  'service-mesh',
  'user-monitoring',
  'serverless',
  'vpa',
  'hpa',
  'deployment-configs',
  'multi-tenancy',
  'hyperv',
  'trunk-ports',
  'in-tree-storage-only',
]);
export type UnsupportedFeature = Type.Static<typeof UnsupportedFeature>;
