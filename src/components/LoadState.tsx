import type { ReactNode } from 'react';
import { Alert, AlertActionLink, Skeleton, Stack } from '@patternfly/react-core';
import { usePluginTranslation } from '../i18n';

interface LoadStateProps {
  loading: boolean;
  error?: string;
  /**
   * Rendered once there is data; an error on top of data is shown above it. The page's one alert for
   * a failed read: the frame's identity says its own failure without one.
   */
  children?: ReactNode;
  hasData: boolean;
  /** The page's shape while it loads; a list page passes its list's skeleton. */
  skeleton?: ReactNode;
  /** The user's session ended (see useLiveBff): say so, and show nothing as if it were current. */
  expired?: boolean;
}

/** Placeholder lines in the shape of a page, instead of a bare spinner. */
function PageSkeleton() {
  const { t } = usePluginTranslation();
  return (
    <Stack hasGutter aria-busy="true" data-test="page-skeleton">
      <Skeleton width="40%" screenreaderText={t('Loading')} />
      <Skeleton height="6rem" />
      <Skeleton width="80%" />
      <Skeleton width="60%" />
    </Stack>
  );
}

/** Loading, error and loaded states the same way on every page. */
export function LoadState({
  loading,
  error,
  hasData,
  skeleton,
  expired,
  children,
}: LoadStateProps) {
  const { t } = usePluginTranslation();
  if (expired) {
    return (
      <Alert
        component="h2"
        isInline
        variant="warning"
        title={t('Your session has expired')}
        data-test="session-expired"
        actionLinks={
          <AlertActionLink
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('Reload the page')}
          </AlertActionLink>
        }
      >
        {t(
          'The cluster no longer accepts your sign-in, so this page stopped updating and hides what it showed. Reload the page to sign in again.',
        )}
      </Alert>
    );
  }
  if (!hasData && loading) return <>{skeleton ?? <PageSkeleton />}</>;
  return (
    <>
      {error ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={
            hasData
              ? t('Updates stopped: what is shown may be out of date')
              : t('Loading from the Windows Nodes backend failed')
          }
          data-test="load-error"
        >
          {error}
        </Alert>
      ) : null}
      {hasData ? children : null}
    </>
  );
}
