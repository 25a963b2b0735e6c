import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type { RoutePage } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { lazy, Suspense, useMemo, type ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { isAdminRoutePage } from './console-extensions';
import { ErrorBoundary } from './ErrorBoundary';

type Props = { extensions: LoadedExtension[] };

const homePath = '/windows/overview';

const pagePaths = ({ properties: { path, exact } }: LoadedExtension<RoutePage>): string[] =>
  (Array.isArray(path) ? path : [path]).map((one) => (exact ? one : `${one.replace(/\/$/, '')}/*`));

/** The plugin's pages at their paths; each page's code loads when it is first visited, as in the console. */
export function PluginRoutes({ extensions }: Props) {
  const { pathname } = useLocation();
  const pages = useMemo(
    () =>
      extensions.filter(isAdminRoutePage).map((extension) => ({
        extension,
        Page: lazy(async (): Promise<{ default: ComponentType }> => ({
          default: await extension.properties.component(),
        })),
      })),
    [extensions],
  );

  return (
    <ErrorBoundary resetKey={pathname} title="This page failed">
      <Suspense
        fallback={
          <Bullseye>
            <Spinner aria-label="Loading page" />
          </Bullseye>
        }
      >
        <Routes>
          <Route path="/" element={<Navigate to={homePath} replace />} />
          {pages.flatMap(({ extension, Page }) =>
            pagePaths(extension).map((path) => (
              <Route key={`${extension.uid} ${path}`} path={path} element={<Page />} />
            )),
          )}
          <Route path="*" element={<p>No plugin page at {pathname}</p>} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
