import type { ReactNode } from 'react';
import { Content, Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';
import { CallerIdentity } from './CallerIdentity';

interface WindowsPageProps {
  title: string;
  description: string;
  children?: ReactNode;
}

/** The frame every Windows page shares: its title, what it is for, and who is acting. */
export function WindowsPage({ title, description, children }: WindowsPageProps) {
  return (
    <>
      <PageSection>
        <Flex
          justifyContent={{ default: 'justifyContentSpaceBetween' }}
          alignItems={{ default: 'alignItemsCenter' }}
        >
          <FlexItem>
            <Title headingLevel="h1">{title}</Title>
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
