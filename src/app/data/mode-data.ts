/** The chain map for the modes that replace the app (print sheet, presentation). */
import type { ChainMap } from '../../contract/chain-map.ts';
import { chainView } from '../model/chain-view.ts';
import type { Strings } from '../i18n/strings.ts';
import { LoadError, loadChainMap } from './load.ts';
import { parseUrl, resolveDataUrl } from '../state/url.ts';

/** `?data=` names something other than a same-origin relative path; nothing was fetched. */
export class DataUrlRefused extends Error {
  constructor() {
    super('data URL not allowed');
  }
}

/**
 * Loads the map the URL names (`?data=`, same-origin relative paths only) or the default one, as
 * the chain it shows (model/chain-view.ts: the featured chain of an atlas).
 * Rejects with DataUrlRefused when the address is not allowed, else with the LoadError of
 * loadChainMap (data/load.ts).
 */
export function loadModeMap(defaultDataUrl: string): Promise<ChainMap> {
  const { state } = parseUrl(location.search);
  const url =
    state.data === null
      ? new URL(defaultDataUrl, document.baseURI).href
      : resolveDataUrl(state.data, location.href);
  return url === null
    ? Promise.reject(new DataUrlRefused())
    : loadChainMap(url).then((map) => chainView(map));
}

/**
 * The message (from the same tables the portal's error screen uses) and technical detail for a
 * rejection of loadModeMap.
 * failureMessage(strings('en'), new LoadError('notFound', 'HTTP 404'))
 *   → { message: 'The chain-map data file was not found. …', detail: 'HTTP 404' }
 */
export function failureMessage(t: Strings, error: unknown): { message: string; detail: string } {
  if (error instanceof DataUrlRefused) return { message: t.errors.dataUrl, detail: '' };
  if (error instanceof LoadError)
    return { message: t.errors.load[error.kind], detail: error.detail };
  return { message: t.errors.data, detail: '' };
}

/**
 * Loads the map as `loadModeMap` does and hands it to `onMap` (or the rejection to `onFail`),
 * unless the returned cancel function ran first — the shape a Svelte `$effect` returns for its
 * cleanup: `$effect(() => watchModeMap(url, (m) => (map = m), (e) => (error = e)))`.
 */
export function watchModeMap(
  defaultDataUrl: string,
  onMap: (map: ChainMap) => void,
  onFail: (error: unknown) => void = () => {},
): () => void {
  let live = true;
  loadModeMap(defaultDataUrl).then(
    (map) => live && onMap(map),
    (e: unknown) => live && onFail(e),
  );
  return () => {
    live = false;
  };
}
