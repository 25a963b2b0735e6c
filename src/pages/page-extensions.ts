import type { EncodedExtension } from '@openshift-console/dynamic-plugin-sdk-webpack';
import type { HrefNavItem, NavSection, RoutePage } from '@openshift-console/dynamic-plugin-sdk';

/** What the console needs to know about one Windows page: a nav entry, a route, and the module it loads. */
export interface WindowsPageEntry {
  id: string;
  /** Nav label, an i18n key of the plugin namespace. */
  label: string;
  path: `/windows/${string}`;
  /** Exposed module name → source file (relative to src/) whose default export is the page. */
  module: string;
  file: string;
}

export const windowsSectionId = 'windows';
const ns = 'plugin__windows-nodes-plugin';

export const windowsNavSection: EncodedExtension<NavSection> = {
  type: 'console.navigation/section',
  properties: {
    id: windowsSectionId,
    perspective: 'admin',
    name: `%${ns}~Windows%`,
    insertAfter: 'compute',
  },
};

/** The nav entry and route of each page, in nav order. */
export function pageExtensions(pages: WindowsPageEntry[]): EncodedExtension[] {
  return pages.flatMap((page, index): EncodedExtension[] => {
    const previous = pages[index - 1];
    const href: EncodedExtension<HrefNavItem> = {
      type: 'console.navigation/href',
      properties: {
        id: `windows-${page.id}`,
        perspective: 'admin',
        section: windowsSectionId,
        name: `%${ns}~${page.label}%`,
        href: page.path,
        ...(previous ? { insertAfter: `windows-${previous.id}` } : {}),
      },
    };
    const route: EncodedExtension<RoutePage> = {
      type: 'console.page/route',
      properties: { path: page.path, exact: true, component: { $codeRef: page.module } },
    };
    return [href, route];
  });
}
