/**
 * Starts the page: one app state (state/app-state.svelte.ts) for whatever the mode mounts. The
 * default map is emitted by Vite as an asset and fetched at run time; the kiosk file passes its
 * own way of reading files (data/kiosk-files.ts).
 */
import { mount } from 'svelte';
import Portal from './modes/portal/Portal.svelte';
import './app.css';
import { startModes } from './start.ts';
import { page } from './state/scheduler.ts';
import { AppState } from './state/app-state.svelte.ts';
import type { Fetch } from './data/load.ts';
import firstViewUrl from 'virtual:first-view';

// A glob, not a plain import: the build still works on a checkout where the map is not compiled yet
// (the app then shows its friendly "data unreadable" message instead of failing to build).
const found = import.meta.glob('../../data/chain-map.json', {
  query: '?url',
  import: 'default',
  eager: true,
});
const defaultDataUrl = (Object.values(found)[0] as string | undefined) ?? 'data/chain-map.json';

export function boot(fetch?: Fetch): void {
  const target = document.getElementById('app');
  // index.html shows a loading message until the app draws its own: let the browser paint it
  // before the app starts work (the map is already downloading, preloaded by index.html).
  page.afterPaint(() => {
    if (!target) return;
    const app = new AppState({ defaultDataUrl, firstViewUrl, fetch });
    // Print sheet and presentation replace the app, and the loading message stays until their
    // chunk is here; embed and kiosk adapt the app (src/app/start.ts).
    if (startModes(target, app)) return;
    target.replaceChildren();
    mount(Portal, { target, props: { app } });
  });
}
