/**
 * One question to a worker, with the way back to this thread built in: the map checks
 * (data/load.ts) and the force layout of a map the build has not laid out (layout/async.ts)
 * both run in a worker where one can, and here where none can or it fails.
 */
import { BUILD_MODE } from '../state/mode.ts';

/** A worker that answers one message: `ask` rejects if the worker fails (before or after). */
export interface WorkerTask<I, O> {
  ask: (input: I) => Promise<O>;
  cancel: () => void;
}

/**
 * Starts the worker `create` makes, at once, so its script downloads while the input is prepared.
 * Null where no worker can run (the kiosk's file://, Node tests) or it cannot start: the caller
 * then does the work on this thread. `create` must be written out as
 * `() => new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })` for Vite to bundle x.
 */
export function startWorker<I, O>(create: () => Worker): WorkerTask<I, O> | null {
  if (BUILD_MODE === 'kiosk' || typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return null;
  }
  // A failure before the question is remembered; the first of answer and failure wins.
  let failed = false;
  let onFailure: ((e: Error) => void) | null = null;
  const fail = (e: Event): void => {
    e.preventDefault();
    failed = true;
    worker.terminate();
    onFailure?.(new Error('the worker failed'));
    onFailure = null;
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  return {
    ask: (input) =>
      failed
        ? Promise.reject(new Error('the worker failed'))
        : new Promise<O>((resolve, reject) => {
            onFailure = reject;
            worker.onmessage = (e: MessageEvent<O>) => {
              onFailure = null;
              worker.terminate();
              resolve(e.data);
            };
            worker.postMessage(input);
          }),
    cancel: () => worker.terminate(),
  };
}
