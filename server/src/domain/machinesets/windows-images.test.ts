import { test } from 'node:test';
import assert from 'node:assert/strict';
import { awsDescribeImagesCommand, azureMarketplaceImage, gcpImageFamily } from './windows-images';

test('the AMI lookup is the guide’s command (5.1) with the region filled in', () => {
  assert.equal(
    awsDescribeImagesCommand('2022', 'us-east-1'),
    'aws ec2 describe-images --region us-east-1 --filters "Name=name,Values=Windows_Server-2022*English*Core*Base*" "Name=is-public,Values=true" --query "reverse(sort_by(Images, &CreationDate))[*].{name: Name, id: ImageId}" --output table',
  );
  assert.match(
    awsDescribeImagesCommand('2019', ''),
    /--region <aws_region_name> .*Windows_Server-2019\*/,
  );
});

test('marketplace and GCP defaults name their Windows Server version', () => {
  assert.equal(azureMarketplaceImage('2019').sku, '2019-Datacenter-with-Containers');
  assert.equal(azureMarketplaceImage('2025').sku, '2025-datacenter-smalldisk');
  assert.equal(
    gcpImageFamily('2022'),
    'projects/windows-cloud/global/images/family/windows-2022-core',
  );
});
