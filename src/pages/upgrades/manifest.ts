import type { WindowsPageEntry } from '../page-extensions';

export const upgradesPage: WindowsPageEntry = {
  id: 'upgrades',
  label: 'Upgrades',
  path: '/windows/upgrades',
  module: 'UpgradesPage',
  file: './pages/upgrades/UpgradesPage',
};
