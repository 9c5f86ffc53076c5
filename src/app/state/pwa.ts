/**
 * The service worker (vite-plugin-pwa, Workbox generateSW): precaches the app shell, the map, the
 * source documents and the font, so the portal works offline after the first visit. New versions
 * wait for the reader's consent ("prompt"), so nobody is stuck on a stale map and nobody loses
 * their place mid-read.
 */
import { registerSW } from 'virtual:pwa-register';

/** What the page hears from the service worker. */
export interface PwaEvents {
  /** A new version is installed and waiting; call `update()` to switch and reload. */
  onNeedRefresh: (update: () => Promise<void>) => void;
  /** Everything is cached: the site now opens offline. */
  onOfflineReady: () => void;
}

/** Registers the service worker where one can run (https or localhost, not file://). */
export function startPwa(events: PwaEvents): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () =>
      events.onNeedRefresh(() => {
        // workbox-window reloads only for an update it found itself; one the browser found while
        // the page was open ("external") takes control without a reload, so reload on the switch.
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
          once: true,
        });
        return update(true);
      }),
    onOfflineReady: events.onOfflineReady,
  });
}
