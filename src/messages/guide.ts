import type { GuideSection } from '../../server/contract/guide';

/**
 * Red Hat's "Windows Container Support for OpenShift" guide, OpenShift 4.12: the edition the product follows
 * (its Chinese text is in the project's seeds). docs.redhat.com publishes it translated in Simplified
 * Chinese, Japanese and Korean; its French and Spanish pages carry the English text, so those readers,
 * like everyone else, get the English edition.
 */
const guidePath =
  'documentation/openshift_container_platform/4.12/html-single/windows_container_support_for_openshift/index';
const translatedEditions: Record<string, string> = { zh: 'zh-cn', ja: 'ja', ko: 'ko' };

/** Where each section starts: the assembly or module id docs.redhat.com anchors it with. */
const anchors: Record<GuideSection, string> = {
  '2.4': 'windows-containers-release-notes',
  '2.6.3': 'windows-containers-release-notes',
  '2.7.1': 'wmco-prerequisites_windows-containers-release-notes',
  '2.7.2': 'wmco-prerequisites_windows-containers-release-notes',
  '2.7.3': 'wmco-prerequisites_windows-containers-release-notes',
  '2.8': 'windows-containers-release-notes-limitations_windows-containers-release-notes',
  '3.3': 'windows-node-services_understanding-windows-container-workloads',
  '3.4': 'windows-containers-release-notes-limitations_understanding-windows-container-workloads',
  '4': 'enabling-windows-container-workloads',
  '4.1': 'installing-the-wmco',
  '4.2': 'configuring-secret-for-wmco_enabling-windows-container-workloads',
  '5': 'creating-windows-machineset-aws',
  '5.3.2.1': 'creating-the-vsphere-windows-vm-golden-image_creating-windows-machineset-vsphere',
  '6.1': 'windows-pod-placement_scheduling-windows-workloads',
  '6.2': 'creating-runtimeclass_scheduling-windows-workloads',
  '6.3': 'sample-windows-workload-deployment_scheduling-windows-workloads',
  '7.1': 'wmco-upgrades_windows-node-upgrades',
  '8.1': 'configuring-byoh-windows-instance',
};

/** The edition of the guide for a console language: its own where Red Hat translated it, else English. */
export function guideEdition(language: string): string {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return translatedEditions[primary] ?? 'en';
}

export function guideUrl(language: string, section: GuideSection): string {
  return `https://docs.redhat.com/${guideEdition(language)}/${guidePath}#${anchors[section]}`;
}
