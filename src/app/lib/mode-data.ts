/** The chain map for the modes that replace the app (print sheet, presentation). */
import type { ChainMap } from '../../contract/chain-map.ts';
import { loadChainMap } from './load.ts';
import { parseUrl, resolveDataUrl } from './url-state.ts';

/**
 * Loads the map the URL names (`?data=`, same-origin relative paths only) or the default one.
 * Rejects when the address is not allowed or the file is not a chain map.
 */
export function loadModeMap(defaultDataUrl: string): Promise<ChainMap> {
  const { state } = parseUrl(location.search);
  const url =
    state.data === null
      ? new URL(defaultDataUrl, document.baseURI).href
      : resolveDataUrl(state.data, location.href);
  return url === null ? Promise.reject(new Error('data URL not allowed')) : loadChainMap(url);
}

/**
 * Loads the map as `loadModeMap` does and hands it to `onMap` (or calls `onFail`), unless the
 * returned cancel function ran first — the shape a Svelte `$effect` returns for its cleanup:
 * `$effect(() => watchModeMap(url, (m) => (map = m), () => (failed = true)))`.
 */
export function watchModeMap(
  defaultDataUrl: string,
  onMap: (map: ChainMap) => void,
  onFail: () => void = () => {},
): () => void {
  let live = true;
  loadModeMap(defaultDataUrl).then(
    (map) => live && onMap(map),
    () => live && onFail(),
  );
  return () => {
    live = false;
  };
}
