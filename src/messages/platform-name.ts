import type { Wording } from './wording';

const brandNames: Record<string, string> = {
  AWS: 'Amazon Web Services',
  Azure: 'Microsoft Azure',
  VSphere: 'VMware vSphere',
  GCP: 'Google Cloud Platform',
  Nutanix: 'Nutanix',
};

/** What a cluster runs on, as a reader names it. */
export function platformName({ t }: Wording, platform: string): string {
  if (platform === 'None') return t('a platform-agnostic (none) installation');
  if (platform === 'BareMetal') return t('bare metal');
  return brandNames[platform] ?? platform;
}
