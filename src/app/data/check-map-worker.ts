/**
 * A worker that checks a downloaded chain map off the main thread (data/load.ts): decodes and parses
 * the bytes and runs the schema and invariant checks (data/check-map.ts), then answers with the
 * first problem, or null when the map is valid. The page parses the same bytes itself and shows
 * the map only after this answer, so an invalid map never renders.
 */
import { checkMap } from './check-map.ts';
import { LoadError, parseJson, type MapVerdict } from './map-parse.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Uint8Array>) => void) | null;
  postMessage: (message: MapVerdict) => void;
};

scope.onmessage = (e) => {
  let verdict: MapVerdict;
  try {
    verdict = checkMap(parseJson(e.data));
  } catch (err) {
    verdict =
      err instanceof LoadError
        ? { kind: err.kind, detail: err.detail }
        : { kind: 'invalid', detail: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(verdict);
};
