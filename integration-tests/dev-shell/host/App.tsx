import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import {
  Alert,
  Bullseye,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  Page,
  PageSidebar,
  PageSidebarBody,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { useEffect, useState } from 'react';
import { describeError } from './describe-error';
import { initI18n } from './i18n';
import { loadPlugin } from './load-plugin';
import { PluginNav } from './PluginNav';
import { PluginRoutes } from './PluginRoutes';
import { UserSwitcher } from './UserSwitcher';

type PluginState =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; extensions: LoadedExtension[] };

/** The console's frame around the plugin: masthead, the plugin's nav and its pages. */
export function App() {
  const [plugin, setPlugin] = useState<PluginState>({ status: 'loading' });
  useEffect(() => {
    loadPlugin()
      .then(async (extensions) => {
        await initI18n();
        setPlugin({ status: 'ready', extensions });
      })
      .catch((error: unknown) => {
        setPlugin({ status: 'failed', error: describeError(error) });
      });
  }, []);

  const masthead = (
    <Masthead>
      <MastheadMain>
        <MastheadBrand>
          <MastheadLogo component="span">Console dev shell</MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight isStatic>
          <ToolbarContent>
            <ToolbarItem align={{ default: 'alignEnd' }}>
              <UserSwitcher />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
  const sidebar =
    plugin.status === 'ready' ? (
      <PageSidebar>
        <PageSidebarBody>
          <PluginNav extensions={plugin.extensions} />
        </PageSidebarBody>
      </PageSidebar>
    ) : undefined;

  return (
    <Page masthead={masthead} sidebar={sidebar}>
      {plugin.status === 'loading' && (
        <Bullseye>
          <Spinner aria-label="Loading plugin" />
        </Bullseye>
      )}
      {plugin.status === 'failed' && (
        <Alert variant="danger" isInline title="The plugin failed to load">
          {plugin.error}
        </Alert>
      )}
      {plugin.status === 'ready' && <PluginRoutes extensions={plugin.extensions} />}
    </Page>
  );
}
