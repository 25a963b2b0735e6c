import type { WindowsPageEntry } from '../page-extensions';

export const overviewPage: WindowsPageEntry = {
  id: 'overview',
  label: 'Overview',
  path: '/windows/overview',
  module: 'OverviewPage',
  file: './pages/overview/OverviewPage',
};
