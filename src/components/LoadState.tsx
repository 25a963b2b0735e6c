import type { ReactNode } from 'react';
import { Alert, AlertActionLink, Bullseye, Spinner } from '@patternfly/react-core';
import { usePluginTranslation } from '../i18n';

interface LoadStateProps {
  loading: boolean;
  error?: string;
  /** Rendered once there is data; an error on top of data is shown above it. */
  children?: ReactNode;
  hasData: boolean;
  /** The user's session ended (see useLiveBff): say so, and show nothing as if it were current. */
  expired?: boolean;
}

/** Loading, error and loaded states the same way on every page. */
export function LoadState({ loading, error, hasData, expired, children }: LoadStateProps) {
  const { t } = usePluginTranslation();
  if (expired) {
    return (
      <Alert
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
  if (!hasData && loading) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  }
  return (
    <>
      {error ? (
        <Alert
          isInline
          variant="danger"
          title={t('The latest update failed')}
          data-test="load-error"
        >
          {error}
        </Alert>
      ) : null}
      {hasData ? children : null}
    </>
  );
}
