import type { WindowsPageEntry } from '../page-extensions';

export const machinesetsPage: WindowsPageEntry = {
  id: 'machinesets',
  label: 'MachineSets',
  path: '/windows/machinesets',
  module: 'MachineSetsPage',
  file: './pages/machinesets/MachineSetsPage',
};
