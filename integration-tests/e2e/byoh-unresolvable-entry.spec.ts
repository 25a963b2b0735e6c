// A windows-instances key no resolver answers for (the reserved `.invalid` TLD, asked of the test's own
// dnsmasq on loopback) is one WMCO's parser rejects: the Overview and the BYOH page give it the same
// blocking verdict, in the same words, and the resolvable name beside it is not flagged on either.
import { expect, test } from '../ssh-peers/playwright-fixtures';
import { applyWindowsInstances } from './windows-instances-seed';

// A stack of its own: the entries it leaves would be the next BYOH spec's starting state.
test.use({ scenario: 'vsphere-wmco-installed', isolation: 'unresolvable-entry' });

const missing = 'win-missing.example.invalid';

test('an unresolvable name blocks all BYOH hosts on the Overview and the BYOH page alike; the resolvable one is not flagged', async ({
  page,
  stack,
  peers,
}) => {
  const resolvable = peers.dnsName('good');
  await applyWindowsInstances(stack, {
    [missing]: 'username=Administrator',
    [resolvable]: 'username=Administrator',
  });

  await page.goto('/windows/byoh');
  const blocked = page.getByTestId('byoh-blocked');
  await expect(blocked).toContainText('1 malformed entry blocks all BYOH hosts');
  const missingRow = page.getByTestId(`instance-${missing}`);
  await expect(missingRow.getByTestId('instance-stage')).toHaveText('Malformed');
  const issue = missingRow.getByTestId('instance-issue');
  await expect(issue).toContainText('Does not resolve to an IPv4 address');
  const verdict = `${missing}: ${(await issue.innerText()).trim()}`;
  await expect(blocked).toContainText(verdict);
  await expect(blocked).not.toContainText(resolvable);
  const resolvableRow = page.getByTestId(`instance-${resolvable}`);
  await expect(resolvableRow).toContainText(`→ ${peers.address('good')}`);
  await expect(resolvableRow.getByTestId('instance-issue')).toHaveCount(0);
  await expect(resolvableRow.getByTestId('instance-stage')).not.toHaveText('Malformed');

  await page.goto('/windows/overview');
  const finding = page.getByTestId('finding-byoh-malformed-entries');
  await expect(finding).toContainText('1 malformed windows-instances entry blocks all BYOH hosts');
  await expect(finding).toContainText(verdict);
  await expect(finding).not.toContainText(resolvable);
  await expect(page.getByTestId('area-byoh')).not.toContainText(resolvable);
  await expect(page.getByTestId('finding-byoh-entry-cautions')).toHaveCount(0);

  await finding.getByRole('link', { name: 'Fix BYOH entries' }).click();
  await expect(page.getByTestId('byoh-blocked')).toContainText(verdict);
});
