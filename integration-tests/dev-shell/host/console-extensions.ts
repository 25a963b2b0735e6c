/** The console extensions the shell renders, narrowed to the admin perspective as the console shows them. */
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type { HrefNavItem, NavSection, RoutePage } from '@openshift-console/dynamic-plugin-sdk';

type Loaded = LoadedExtension;

// Extensions that name no perspective belong to the default one, the admin perspective.
const inAdminPerspective = ({ properties }: Loaded): boolean =>
  properties.perspective === undefined || properties.perspective === 'admin';

export const isAdminNavSection = (extension: Loaded): extension is LoadedExtension<NavSection> =>
  extension.type === 'console.navigation/section' && inAdminPerspective(extension);

export const isAdminHrefNavItem = (extension: Loaded): extension is LoadedExtension<HrefNavItem> =>
  extension.type === 'console.navigation/href' && inAdminPerspective(extension);

export const isAdminRoutePage = (extension: Loaded): extension is LoadedExtension<RoutePage> =>
  extension.type === 'console.page/route' && inAdminPerspective(extension);
