/**
 * The parts of the portal that are not needed for its first paint, as separate chunks: the three
 * views (the force view brings d3's zoom, drag and force layout), the details panel and the source
 * dialog. Portal.svelte requests the current view as it starts and the details once the view is
 * shown, and mounts them in the tasks after the first paint (`afterPaint`), so the header and the
 * search box appear without waiting for them and no single task builds the whole page.
 */
import type { Component } from 'svelte';
import PanoramaView from './panorama/PanoramaView.svelte';
import type { ViewProps } from './view-props.ts';
// Types only (erased from the bundle): the props are declared once, in the components.
import type DetailsPanelComponent from '../components/DetailsPanel.svelte';
import type SourceDialogComponent from '../components/SourceDialog.svelte';
import type { View } from '../i18n/strings.ts';

export type { ViewProps } from './view-props.ts';

/** The details panel and the source dialog (one chunk: the panel opens the dialog). */
export interface DetailsParts {
  DetailsPanel: typeof DetailsPanelComponent;
  SourceDialog: typeof SourceDialogComponent;
}

/** What has arrived so far: the latest view loaded (with its name), and the details. */
export interface LazyParts {
  view: { name: View; component: Component<ViewProps> } | null;
  details: DetailsParts | null;
}

const importers: Record<View, () => Promise<{ default: Component<ViewProps> }>> = {
  // The view a chain opens on is light (HTML, no D3): part of the first screen, not a chunk.
  panorama: () => Promise.resolve({ default: PanoramaView as Component<ViewProps> }),
  force: () => import('./force/ForceView.svelte'),
  sankey: () => import('./sankey/SankeyView.svelte'),
  outline: () => import('./outline/OutlineView.svelte'),
};

const views = new Map<View, Promise<Component<ViewProps>>>();

/** The component of `view`, downloaded once (a failed download is tried again on the next call). */
export function loadView(view: View): Promise<Component<ViewProps>> {
  let p = views.get(view);
  if (!p) {
    p = importers[view]().then((m) => m.default);
    p.catch(() => views.delete(view));
    views.set(view, p);
  }
  return p;
}

let details: Promise<DetailsParts> | null = null;

/** The details panel and the source dialog, downloaded once. */
export function loadDetails(): Promise<DetailsParts> {
  if (!details) {
    details = Promise.all([
      import('../components/DetailsPanel.svelte'),
      import('../components/SourceDialog.svelte'),
    ]).then(([d, s]) => ({ DetailsPanel: d.default, SourceDialog: s.default }));
    details.catch(() => (details = null));
  }
  return details;
}

/**
 * Downloads `view` ahead of the tap that shows it: the header's view buttons call this on hover
 * and focus, so a switch is instant without the first view fetching every view on idle.
 */
export function prefetchView(view: View): void {
  loadView(view).catch(() => undefined);
}

/** The family of the shipped CJK font (build/vite-plugin-cjk-font.ts). */
const SHIPPED_FONT = 'ChainMap Sans SC';

/** How long the view waits for the full font before it draws with what there is. */
export const FONT_WAIT_MS = 1500;

/**
 * Resolves when the shipped font's faces for `text` have loaded (or failed), or after `ms`.
 * The first screen's characters come from a small preloaded subset; the view's labels need the
 * full one, which this starts loading.
 */
function fontLoaded(text: string, ms: number): Promise<void> {
  if (!('fonts' in document)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    document.fonts.load(`16px "${SHIPPED_FONT}"`, text).then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}

/**
 * The order in which the rest of the portal appears after its first screen: once that screen is
 * painted, the view's chunk has arrived and the full font has loaded (at most FONT_WAIT_MS),
 * `showView` is called in an animation frame: the view's canvas is then sized by the layout of that
 * same frame and drawn at that size (in steps, ForceView.svelte), with the font its labels are
 * measured in, instead of at a default size first and again for each change. `showDetails`
 * follows after the next paint.
 * Returns a function that cancels what has not happened yet.
 */
export function stageParts(o: {
  view: Promise<unknown>;
  text: string;
  /** How long the view waits for the full font: a canvas measures its labels in it; HTML reflows. */
  fontWaitMs: number;
  showView: () => void;
  showDetails: () => void;
}): () => void {
  let live = true;
  let cancel = afterPaint(() => {
    // The full font is not needed for the first screen: ask for it once that screen is on
    // screen and the page is idle, so it does not compete with it for the connection.
    cancel = whenIdle(() => {
      void Promise.all([
        o.view.catch(() => undefined), // Without a wait, nothing is asked for: the browser fetches the faces the text on screen
        // needs (a full-font request before the first view is drawn would compete with it).
        o.fontWaitMs > 0 ? fontLoaded(o.text, o.fontWaitMs) : undefined,
      ]).then(() => {
        if (!live) return;
        const show = (): void => {
          if (!live) return;
          o.showView();
          cancel = afterPaint(() => live && o.showDetails());
        };
        // A hidden page gets no animation frames.
        if (document.visibilityState === 'hidden') return show();
        const frame = requestAnimationFrame(show);
        cancel = () => cancelAnimationFrame(frame);
      });
    });
  });
  return () => {
    live = false;
    cancel();
  };
}

/** Calls `fn` when the browser is idle (at most `ms` from now). Returns a cancel function. */
function whenIdle(fn: () => void, ms = 500): () => void {
  if (!('requestIdleCallback' in window)) {
    const timer = setTimeout(fn, 50);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(fn, { timeout: ms });
  return () => cancelIdleCallback(id);
}

let settle: () => void = () => undefined;
const settled = new Promise<void>((resolve) => (settle = resolve));

/** Says the page shows what it was opened for (its view, the presentation, the sheet, a message). */
export function pageSettled(): void {
  settle();
}

/**
 * Calls `fn` once the page has settled (pageSettled) or `ms` have passed, when the browser is
 * next idle: for work no reader waits for, such as registering the service worker, which would
 * otherwise compete with the first view for the main thread and the connection.
 */
export function afterSettled(fn: () => void, ms = 10_000): void {
  void Promise.race([settled, new Promise((r) => setTimeout(r, ms))]).then(() =>
    whenIdle(fn, 2000),
  );
}

/**
 * Calls `fn` in a task after the next frame is painted (an animation frame, then a macrotask);
 * at once in a task when the page is hidden (a hidden page gets no animation frames).
 * Returns a function that cancels the call.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (document.visibilityState === 'hidden') {
    timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
