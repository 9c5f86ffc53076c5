/**
 * The parts of the portal that are not needed for its first paint, as separate chunks: the three
 * views (the force view brings d3's zoom, drag and force layout), the details panel and the source
 * dialog. Only the loading: Portal.svelte requests the current view as it starts and the details
 * once the view is shown, and mounts them in the stages after the first paint that the page's
 * scheduler runs (state/scheduler.ts), so the header and the search box appear without waiting
 * for them and no single task builds the whole page.
 */
import type { Component } from 'svelte';
import PanoramaView from './panorama/PanoramaView.svelte';
// Types only (erased from the bundle): the props are declared once, in the components.
import type DetailsPanelComponent from '../components/DetailsPanel.svelte';
import type SourceDialogComponent from '../components/SourceDialog.svelte';
import type { View } from '../i18n/strings.ts';
import { page } from '../state/scheduler.ts';

/** The details panel and the source dialog (one chunk: the panel opens the dialog). */
export interface DetailsParts {
  DetailsPanel: typeof DetailsPanelComponent;
  SourceDialog: typeof SourceDialogComponent;
}

/** What has arrived so far: the latest view loaded (with its name), and the details. */
export interface LazyParts {
  view: { name: View; component: Component } | null;
  details: DetailsParts | null;
}

const importers: Record<View, () => Promise<{ default: Component }>> = {
  // The view a chain opens on is light (HTML, no D3): part of the first screen, not a chunk.
  panorama: () => Promise.resolve({ default: PanoramaView }),
  force: () => import('./force/ForceView.svelte'),
  sankey: () => import('./sankey/SankeyView.svelte'),
  outline: () => import('./outline/OutlineView.svelte'),
};

const views = new Map<View, Promise<Component>>();

/** The component of `view`, downloaded once (a failed download is tried again on the next call). */
export function loadView(view: View): Promise<Component> {
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

/** Downloads the views that are not shown yet when the browser is idle, so switching is instant. */
export function prefetchViews(): void {
  const go = (): void => {
    for (const v of Object.keys(importers) as View[]) loadView(v).catch(() => undefined);
  };
  page.whenIdle(go, 5000);
}
