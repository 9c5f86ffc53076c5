/**
 * Chooses what to mount for the place the app runs in (see lib/mode.ts): a print sheet, the
 * presentation, or the portal app (plus the kiosk shell in kiosk mode and the update prompt on the
 * web). Marks <html> with the mode so modes.css can adapt the layout.
 */
import { mount } from 'svelte';
import { langOf } from './lib/i18n-modes.ts';
import { BUILD_MODE, parseMode, type ModeState } from './lib/mode.ts';
import UpdatePrompt from './components/UpdatePrompt.svelte';
import './modes.css';

/** The mode of the current page. */
export function currentMode(): ModeState {
  return parseMode(location.search, BUILD_MODE);
}

/**
 * Mounts what the mode needs. Returns true when it replaced the app (sheet, presentation); false
 * when the caller mounts the app as usual.
 */
export function startModes(target: HTMLElement, defaultDataUrl: string): boolean {
  const m = currentMode();
  const root = document.documentElement;
  root.dataset.mode = m.mode;
  if (m.embed) root.dataset.embed = '';
  const lang = langOf(location.search);
  // The kiosk file has no service worker (file://); the web build has one in every mode.
  if (m.mode !== 'kiosk') {
    const box = document.body.appendChild(document.createElement('div'));
    mount(UpdatePrompt, { target: box, props: { lang } });
  }
  if (m.sheet) {
    const id = m.sheet;
    // Loaded on demand: the portal's first paint does not pay for the sheet.
    void import('./components/PrintSheet.svelte').then(({ default: PrintSheet }) =>
      mount(PrintSheet, { target, props: { defaultDataUrl, id, lang } }),
    );
    return true;
  }
  if (m.mode === 'present') {
    void import('./components/PresentMode.svelte').then(({ default: PresentMode }) =>
      mount(PresentMode, { target, props: { defaultDataUrl, lang } }),
    );
    return true;
  }
  if (m.mode === 'kiosk') {
    const box = document.body.appendChild(document.createElement('div'));
    const idleSeconds = m.idleSeconds;
    void import('./components/KioskShell.svelte').then(({ default: KioskShell }) =>
      mount(KioskShell, { target: box, props: { defaultDataUrl, idleSeconds } }),
    );
  }
  return false;
}
