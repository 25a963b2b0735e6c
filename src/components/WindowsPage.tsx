import type { ReactNode } from 'react';
import {
  Breadcrumb,
  BreadcrumbItem,
  Content,
  Flex,
  FlexItem,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { DocumentTitle, Link } from '../console';
import { CallerIdentity } from './CallerIdentity';

/** A page above this one, as the console's breadcrumbs link to. */
export interface Crumb {
  label: string;
  to: string;
}

interface WindowsPageProps {
  title: string;
  description: string;
  /** The pages above this one, as the console's Operator installation page has them. */
  breadcrumbs?: Crumb[];
  children?: ReactNode;
}

/**
 * The frame every Windows page shares: the browser tab's title, its breadcrumbs if it has a parent, its
 * title, what it is for and who is acting.
 */
export function WindowsPage({ title, description, breadcrumbs, children }: WindowsPageProps) {
  return (
    <>
      <DocumentTitle>{title}</DocumentTitle>
      <PageSection>
        {breadcrumbs ? (
          <Breadcrumb>
            {breadcrumbs.map((crumb) => (
              <BreadcrumbItem
                key={crumb.to}
                render={({ className }) => (
                  <Link className={className} to={crumb.to}>
                    {crumb.label}
                  </Link>
                )}
              />
            ))}
            <BreadcrumbItem isActive>{title}</BreadcrumbItem>
          </Breadcrumb>
        ) : null}
        <Title headingLevel="h1">{title}</Title>
        {/* Who is acting sits with what the page is for: the header's right is where the console puts a
            page's primary action. */}
        <Flex alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>
            <Content component="p">{description}</Content>
          </FlexItem>
          <FlexItem>
            <CallerIdentity />
          </FlexItem>
        </Flex>
      </PageSection>
      {children ? <PageSection>{children}</PageSection> : null}
    </>
  );
}
