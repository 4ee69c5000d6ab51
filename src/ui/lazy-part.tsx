/**
 * Parts of the interface fetched the first time they are shown (the print view, the import dialogs, the side tabs
 * other than the figures), so that the start-up download carries only what the map and its panels need.
 */
import { Component, Suspense, lazy, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import type { LazyPartKey } from '../i18n/lazy-part-strings';
import { useLazyPartT } from './i18n-hooks';

/** The chunk of a part could not be fetched (offline, a new build deployed since the page opened). */
class PartLoadError extends Error {}

type PartName = Extract<LazyPartKey, 'partPrint' | 'partImport' | 'partTab'>;

function PartLoading({ floating }: { floating: boolean }) {
  const t = useLazyPartT();
  return (
    <p className={floating ? 'lazy-part floating' : 'lazy-part'} role="status" data-testid="lazy-part-loading">
      {t('partLoading')}
    </p>
  );
}

// Chromium keeps a failed module fetch in the document's module map, so import() of the same chunk fails again
// until the page is reloaded; the project itself is autosaved, so a reload reopens it.
function PartFailed({ part, floating }: { part: PartName; floating: boolean }) {
  const t = useLazyPartT();
  return (
    <div className={floating ? 'lazy-part failed floating' : 'lazy-part failed'} role="alert" data-testid="lazy-part-failed">
      <p>{t('partFailed', { part: t(part) })}</p>
      <button type="button" data-testid="lazy-part-reload" onClick={() => window.location.reload()}>
        {t('partReload')}
      </button>
    </div>
  );
}

interface BoundaryProps {
  part: PartName;
  floating: boolean;
  children: ReactNode;
}

/** Shows a failed fetch of the part; any other error goes on to the boundaries above, as it did before the split. */
class PartBoundary extends Component<BoundaryProps, { failed: unknown }> {
  override state: { failed: unknown } = { failed: null };

  static getDerivedStateFromError(error: unknown): { failed: unknown } {
    return { failed: error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (error instanceof PartLoadError) console.warn('lazy part failed to load', error.cause, info.componentStack);
  }

  override render(): ReactNode {
    const { failed } = this.state;
    if (failed === null) return this.props.children;
    if (!(failed instanceof PartLoadError)) throw failed;
    return <PartFailed part={this.props.part} floating={this.props.floating} />;
  }
}

/**
 * `load`'s component, fetched when first rendered, with a loading line meanwhile and a reload offered when the fetch
 * fails; `floating` puts them over the map (for parts that are overlays), else they take the part's place in the panel.
 */
export function lazyPart(part: PartName, load: () => Promise<ComponentType>, floating = false): ComponentType {
  const Loaded = lazy(async () => {
    try {
      return { default: await load() };
    } catch (e) {
      throw new PartLoadError(String(e), { cause: e });
    }
  });
  function LazyPart() {
    return (
      <PartBoundary part={part} floating={floating}>
        <Suspense fallback={<PartLoading floating={floating} />}>
          <Loaded />
        </Suspense>
      </PartBoundary>
    );
  }
  return LazyPart;
}
