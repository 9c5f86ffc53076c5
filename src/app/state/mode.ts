/**
 * Which of the three places the build is running in, read from the URL:
 * the public portal (default, `?embed=1` inside an iframe), the fair projection (`?mode=present`,
 * `&step=N`), the offline kiosk (`?mode=kiosk`, `&idle=<seconds>`), or a printable sheet
 * (`?sheet=<segment id>`). The kiosk build starts in kiosk mode without any parameter.
 */

/** The place the app runs in. */
export type Mode = 'portal' | 'present' | 'kiosk';

/** Everything the modes read from the URL. */
export interface ModeState {
  mode: Mode;
  /** Inside an iframe of another site: no page chrome, fits the frame. */
  embed: boolean;
  /** Present mode: the tour step (0-based), null when not given. */
  step: number | null;
  /** Kiosk mode: seconds without input before the attract loop starts. */
  idleSeconds: number;
  /** A print sheet for this gap segment, or null. */
  sheet: string | null;
}

/** The build's default mode: the kiosk file starts in kiosk mode without any URL parameter. */
export const BUILD_MODE: Mode = import.meta.env.MODE === 'kiosk' ? 'kiosk' : 'portal';

/** Kiosk idle time when `?idle=` is absent or unusable (issue 4: 90 s). */
export const DEFAULT_IDLE_SECONDS = 90;

const MODES: readonly Mode[] = ['portal', 'present', 'kiosk'];

/**
 * Reads the mode parameters; anything malformed falls back to its default.
 * parseMode('?mode=present&step=3') → { mode: 'present', step: 3, embed: false, idleSeconds: 90, sheet: null }
 * parseMode('', 'kiosk') → { mode: 'kiosk', … } (the kiosk file opened without a query string)
 */
export function parseMode(search: string, fallback: Mode = 'portal'): ModeState {
  const p = new URLSearchParams(search);
  const raw = p.get('mode');
  const mode =
    raw !== null && (MODES as readonly string[]).includes(raw) ? (raw as Mode) : fallback;
  const step = Number(p.get('step'));
  const idle = Number(p.get('idle'));
  const embed = p.get('embed');
  return {
    mode,
    embed: embed === '1' || embed === 'true',
    step: p.has('step') && Number.isInteger(step) && step >= 0 ? step : null,
    idleSeconds: p.has('idle') && Number.isFinite(idle) && idle >= 1 ? idle : DEFAULT_IDLE_SECONDS,
    sheet: p.get('sheet') || null,
  };
}

/**
 * Sets `name=value` (or removes it when null) in a query string, keeping the other parameters.
 * withParam('?mode=present&step=1', 'step', '2') → '?mode=present&step=2'
 */
export function withParam(search: string, name: string, value: string | null): string {
  const p = new URLSearchParams(search);
  if (value === null) p.delete(name);
  else p.set(name, value);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * The portal's address for links and QR codes: `VITE_PORTAL_URL` from the build, else the page's
 * own origin and path. portalBase('https://x.gov.cn/map/', 'http://localhost/') → 'https://x.gov.cn/map/'
 */
export function portalBase(configured: string | undefined, pageHref: string): string {
  if (configured && /^https?:\/\//.test(configured)) return configured;
  const u = new URL(pageHref);
  return u.protocol === 'file:' ? '' : `${u.origin}${u.pathname}`;
}

/**
 * A portal deep link: the base with the given parameters (the mode parameters are never carried
 * over, so a QR code from the projector opens the ordinary portal).
 * portalLink('https://x/map/', { node: 'mid-eev', lang: 'en' }) → 'https://x/map/?node=mid-eev&lang=en'
 */
export function portalLink(
  base: string,
  params: Record<string, string | null | undefined>,
): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  return `${base}${s ? `?${s}` : ''}`;
}

/** Parameters that only make sense where they were set (mode, embed, step, idle, sheet). */
const PLACE_PARAMS = ['mode', 'embed', 'step', 'idle', 'sheet'];

/**
 * The shareable portal link for the current page: the state parameters (view, node, q, lang, data)
 * on the portal base, without the place parameters.
 * shareLink('https://x/map/', '?embed=1&node=mid-eev') → 'https://x/map/?node=mid-eev'
 */
export function shareLink(base: string, search: string): string {
  const p = new URLSearchParams(search);
  for (const k of PLACE_PARAMS) p.delete(k);
  const s = p.toString();
  return `${base}${s ? `?${s}` : ''}`;
}

/**
 * The query string for app state `search`, keeping the place parameters of `from`, so a kiosk or an
 * embed that reloads after an interaction is still a kiosk or an embed.
 * keepPlace('?mode=kiosk&idle=5&node=a', '?node=b') → '?mode=kiosk&idle=5&node=b'
 */
export function keepPlace(from: string, search: string): string {
  const was = new URLSearchParams(from);
  const p = new URLSearchParams();
  for (const k of PLACE_PARAMS) {
    const v = was.get(k);
    if (v !== null) p.set(k, v);
  }
  for (const [k, v] of new URLSearchParams(search)) if (!PLACE_PARAMS.includes(k)) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * The address of "back to the default view" from an error: the place kept (a kiosk stays a kiosk,
 * a presentation a presentation), the state and any `?data=` dropped.
 * wayBack('?mode=kiosk&idle=5&view=bad', 'en', '/map/') → '?mode=kiosk&idle=5&lang=en'
 */
export function wayBack(search: string, lang: 'zh' | 'en', path: string): string {
  return keepPlace(search, lang === 'en' ? '?lang=en' : '') || path;
}

/** The portal base URL set at build time (`VITE_PORTAL_URL=https://… npm run build`), if any. */
export const CONFIGURED_PORTAL_URL = import.meta.env.VITE_PORTAL_URL as string | undefined;
