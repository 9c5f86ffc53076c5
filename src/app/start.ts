/**
 * Chooses what to mount for the place the app runs in (see state/mode.ts): a print sheet, the
 * presentation, or the portal app (which adds the kiosk shell in kiosk mode), and the service
 * worker with its update prompt on the web (silent in the presentation). Marks <html> with the
 * mode so modes.css can adapt the layout.
 */
import { mount, type Component } from 'svelte';
import { strings } from './i18n/strings.ts';
import { wayBack } from './state/mode.ts';
import { startPwa } from './state/pwa.ts';
import type { AppState } from './state/app-state.svelte.ts';
import { page } from './state/scheduler.ts';
import ErrorScreen from './components/ErrorScreen.svelte';
import UpdatePrompt from './components/UpdatePrompt.svelte';
import './modes.css';

/**
 * Mounts what the mode needs. Returns true when it replaced the app (sheet, presentation); false
 * when the caller mounts the app as usual.
 */
export function startModes(target: HTMLElement, app: AppState): boolean {
  const m = app.mode;
  const root = document.documentElement;
  root.dataset.mode = m.mode;
  if (m.embed) root.dataset.embed = '';
  const lang = app.lang;
  // The kiosk (its file:// build, and the web build opened in kiosk mode) has no service worker;
  // every other mode registers one, once the page shows what it was opened for. The projection
  // and the print sheet work offline too but say nothing of it: no toast or update prompt on the
  // projected screen or the printed page (a new version waits, as in the portal, until every tab
  // of the site is closed).
  if (m.mode === 'present' || m.sheet)
    page.afterSettled(() => startPwa({ onNeedRefresh() {}, onOfflineReady() {} }));
  else if (m.mode !== 'kiosk')
    page.afterSettled(() => {
      const box = document.body.appendChild(document.createElement('div'));
      mount(UpdatePrompt, { target: box, props: { lang } });
    });
  // Loaded on demand: the portal's first paint does not pay for the sheet or the presentation.
  // Until the chunk is here the loading message stays; if it cannot be fetched, a message says so.
  const replace = <P extends Record<string, unknown>>(
    load: Promise<{ default: Component<P> }>,
    props: P,
  ): true => {
    // The page is settled once the chunk is mounted, or the message that it is missing.
    const shown = load.then(
      ({ default: C }) => {
        target.replaceChildren();
        mount(C, { target, props });
      },
      () => {
        target.replaceChildren();
        mount(ErrorScreen, {
          target,
          props: {
            t: strings(lang),
            message: strings(lang).errors.part,
            href: wayBack('', lang, location.pathname),
            detail: 'a part of the app did not load',
          },
        });
      },
    );
    page.holdUntil(shown);
    return true;
  };
  if (m.sheet) return replace(import('./modes/print/PrintSheet.svelte'), { app, id: m.sheet });
  if (m.mode === 'present') return replace(import('./modes/present/PresentMode.svelte'), { app });
  return false;
}
