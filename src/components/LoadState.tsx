import type { ReactNode } from 'react';
import { Alert, Bullseye, Spinner } from '@patternfly/react-core';
import { usePluginTranslation } from '../i18n';

interface LoadStateProps {
  loading: boolean;
  error?: string;
  /** Rendered once there is data; an error on top of data is shown above it. */
  children?: ReactNode;
  hasData: boolean;
}

/** Loading, error and loaded states the same way on every page. */
export function LoadState({ loading, error, hasData, children }: LoadStateProps) {
  const { t } = usePluginTranslation();
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
