/** Catches a render error in one part of the page and reports it there; the rest keeps working. */
import { Component, type ReactNode } from 'react';
import { translator } from '../i18n/t';
import { useAppStore } from '../state/store';

interface Props {
  name: string;
  /** When this changes (e.g. another country is selected), a failed part tries again by itself. */
  resetKey?: unknown;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.warn(`[${this.props.name}]`, error);
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = translator(useAppStore.getState().lang);
    return (
      <div className="boundary-error" role="alert" data-boundary={this.props.name}>
        <p>{t('somethingFailed')}</p>
        {/* The error's own text is for whoever fixes it, not the first thing a minister reads. */}
        <details>
          <summary>{t('technicalDetails')}</summary>
          <code>{this.state.error.message}</code>
        </details>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('retry')}
        </button>
      </div>
    );
  }
}
