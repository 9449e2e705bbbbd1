import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  viewName: string;
  onReset: () => void;
  children: ReactNode;
}

/** One per view: a failure in a view shows this instead of a blank page, and can reset that view. */
export class ViewErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`The ${this.props.viewName} view failed`, error, info.componentStack);
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-6 dark:border-red-800 dark:bg-red-950/40">
        <h1 className="text-xl font-semibold">The {this.props.viewName} view ran into a problem</h1>
        <p className="mt-2 text-sm">{this.state.error.message}</p>
        <p className="mt-2 text-sm">Resetting puts this view back to its starting values; other views keep theirs.</p>
        <button type="button" onClick={this.reset} className="mt-4 rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
          Reset this view
        </button>
      </div>
    );
  }
}
