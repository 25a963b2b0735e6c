import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type { HrefNavItem, NavSection } from '@openshift-console/dynamic-plugin-sdk';
import { Nav, NavExpandable, NavItem, NavList } from '@patternfly/react-core';
import { useLocation, useNavigate } from 'react-router';
import { isAdminHrefNavItem, isAdminNavSection } from './console-extensions';
import { translateExtensionString } from './i18n';
import { sortNavItems } from './sort-nav-items';

type Props = { extensions: LoadedExtension[] };

/** The admin perspective's nav as the plugin contributes to it: sections, and the links in them. */
export function PluginNav({ extensions }: Props) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const links = extensions.filter(isAdminHrefNavItem);
  const topLevel: LoadedExtension<NavSection | HrefNavItem>[] = sortNavItems([
    ...extensions.filter(isAdminNavSection),
    ...links.filter((link) => link.properties.section === undefined),
  ]);

  const isActive = ({ properties }: LoadedExtension<HrefNavItem>) =>
    [properties.href, ...(properties.startsWith ?? [])].some((prefix) =>
      pathname.startsWith(prefix),
    );

  const renderLink = (link: LoadedExtension<HrefNavItem>) => (
    <NavItem
      key={link.uid}
      itemId={link.properties.id}
      to={link.properties.href}
      isActive={isActive(link)}
      // A real <a href>, but followed in-app as the console does, without reloading the plugin.
      preventDefault
      onClick={() => {
        void navigate(link.properties.href);
      }}
      {...link.properties.dataAttributes}
    >
      {translateExtensionString(link.properties.name)}
    </NavItem>
  );

  const renderSection = (section: LoadedExtension<NavSection>) => {
    const sectionLinks = sortNavItems(
      links.filter((link) => link.properties.section === section.properties.id),
    );
    if (section.properties.name === undefined) return sectionLinks.map(renderLink);
    return (
      // Collapsed until clicked, even on one of its pages, as in the console.
      <NavExpandable
        key={section.uid}
        title={translateExtensionString(section.properties.name)}
        isActive={sectionLinks.some(isActive)}
        {...section.properties.dataAttributes}
      >
        {sectionLinks.map(renderLink)}
      </NavExpandable>
    );
  };

  return (
    <Nav aria-label="Console navigation">
      <NavList>
        {topLevel.map((item) => (isAdminNavSection(item) ? renderSection(item) : renderLink(item)))}
      </NavList>
    </Nav>
  );
}
