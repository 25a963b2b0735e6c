import type { WindowsPageEntry } from '../page-extensions';

export const byohPage: WindowsPageEntry = {
  id: 'byoh',
  label: 'BYOH instances',
  path: '/windows/byoh',
  module: 'ByohPage',
  file: './pages/byoh/ByohPage',
};
