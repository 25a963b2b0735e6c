import { Alert } from '@patternfly/react-core';
import { Component, type ReactNode } from 'react';
import { describeError } from './describe-error';

type Props = { title: string; resetKey: string; children: ReactNode };
type State = { error?: Error };

/** Shows a page's failure (its code failing to load, or a render error) instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  // Clear the error on navigation without remounting the pages that still render.
  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: undefined });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert variant="danger" isInline title={this.props.title}>
        {describeError(error)}
      </Alert>
    );
  }
}
