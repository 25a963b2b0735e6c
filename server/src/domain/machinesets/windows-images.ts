import type { WindowsServerVersion } from '../support/support-matrix';

/** A marketplace image of Azure. */
export interface AzureImage {
  publisher: string;
  offer: string;
  sku: string;
  version: string;
}

/** An AMI id: `ami-` and 8 (older regions) or 17 hexadecimal digits. */
export const amiIdPattern = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/** The `aws ec2 describe-images` name filter of the guide's prerequisites (5.1) for a version. */
export function awsImageNameFilter(version: WindowsServerVersion): string {
  return `Windows_Server-${version}*English*Core*Base*`;
}

/** The guide's command that lists the public English Windows Server AMIs of a region, newest first. */
export function awsDescribeImagesCommand(version: WindowsServerVersion, region: string): string {
  return [
    'aws ec2 describe-images',
    `--region ${region || '<aws_region_name>'}`,
    `--filters "Name=name,Values=${awsImageNameFilter(version)}" "Name=is-public,Values=true"`,
    '--query "reverse(sort_by(Images, &CreationDate))[*].{name: Name, id: ImageId}"',
    '--output table',
  ].join(' ');
}

/** Marketplace images per version: the guide's SKU for 2019, the small-disk datacenter SKUs after it. */
export function azureMarketplaceImage(version: WindowsServerVersion): AzureImage {
  const sku = {
    '2019': '2019-Datacenter-with-Containers',
    '2022': '2022-datacenter-smalldisk',
    '2025': '2025-datacenter-smalldisk',
  }[version];
  return { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku, version: 'latest' };
}

/** Google's public Windows Server Core image family of a version. */
export function gcpImageFamily(version: WindowsServerVersion): string {
  return `projects/windows-cloud/global/images/family/windows-${version}-core`;
}
