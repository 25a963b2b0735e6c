import type { WindowsPageEntry } from '../page-extensions';

export const workloadsPage: WindowsPageEntry = {
  id: 'workloads',
  label: 'Workloads',
  path: '/windows/workloads',
  module: 'WorkloadsPage',
  file: './pages/workloads/WorkloadsPage',
};
