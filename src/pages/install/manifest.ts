import type { WindowsPageEntry } from '../page-extensions';

export const installPage: WindowsPageEntry = {
  id: 'install',
  label: 'Install',
  path: '/windows/install',
  module: 'InstallPage',
  file: './pages/install/InstallPage',
};
