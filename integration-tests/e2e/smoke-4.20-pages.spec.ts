// Smoke test of the 4.19–4.21 build in the console 4.20 (React 17, react-router 5): every page, reached
// from the console's nav, renders with the cluster's data.
import { walkEveryPage } from './every-page';
import { test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes' });

test('every Windows page renders with the cluster’s data', async ({ page }) => {
  await walkEveryPage(page);
});
