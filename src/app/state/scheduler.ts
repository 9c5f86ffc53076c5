/**
 * When work runs in the page: after the next paint, when the browser is idle, once a font has
 * loaded, in the portal's stages after its first screen, and once the page is settled (it shows
 * what it was opened for). One scheduler per page (`page`); the browser's clocks come in through
 * `SchedulerEnv`, so a test can drive them.
 *
 * "Settled" is held, not announced: whatever the page waits for takes a hold (`hold()`, or
 * `holdUntil(promise)`) and gives it back when its part is on screen, failed, or gone (a
 * component gives it back as it is destroyed). The page is settled once something has held it and
 * nothing holds it any more; work that waits for that (`afterSettled`) starts at the latest
 * `ms` after it was asked for.
 */
import { SHIPPED_FONT } from '../render/theme.ts';

/** The clocks the scheduler uses (the browser's by default). */
export interface SchedulerEnv {
  requestAnimationFrame: (fn: () => void) => number;
  cancelAnimationFrame: (id: number) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** Absent in browsers without it (Safari): a short timeout stands in. */
  requestIdleCallback?: (fn: () => void, o: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  /** A hidden page gets no animation frames. */
  hidden: () => boolean;
  /** `document.fonts.load`, where there is one. */
  loadFont?: (font: string, text: string) => Promise<unknown>;
}

/** How long the force view waits for the full font before it draws with what there is. */
export const FONT_WAIT_MS = 1500;

/** A function that cancels what has not happened yet. */
export type Cancel = () => void;

export class Scheduler {
  readonly #env: SchedulerEnv;
  #holds = 0;
  #held = false;
  #settle: () => void = () => undefined;
  /** Resolves once the page is settled. */
  readonly settled: Promise<void>;

  constructor(env: SchedulerEnv) {
    this.#env = env;
    this.settled = new Promise<void>((resolve) => (this.#settle = resolve));
  }

  /**
   * Calls `fn` in a task after the next frame is painted (an animation frame, then a macrotask);
   * at once in a task when the page is hidden.
   */
  afterPaint(fn: () => void): Cancel {
    const env = this.#env;
    let timer: unknown;
    if (env.hidden()) {
      timer = env.setTimeout(fn, 0);
      return () => env.clearTimeout(timer);
    }
    const frame = env.requestAnimationFrame(() => {
      timer = env.setTimeout(fn, 0);
    });
    return () => {
      env.cancelAnimationFrame(frame);
      env.clearTimeout(timer);
    };
  }

  /** Calls `fn` when the browser is idle (at most `ms` from now). */
  whenIdle(fn: () => void, ms = 500): Cancel {
    const env = this.#env;
    if (!env.requestIdleCallback) {
      const timer = env.setTimeout(fn, 50);
      return () => env.clearTimeout(timer);
    }
    const id = env.requestIdleCallback(fn, { timeout: ms });
    return () => env.cancelIdleCallback?.(id);
  }

  /**
   * Resolves when the shipped font's faces for `text` have loaded (or failed), or after `ms`.
   * The first screen's characters come from a small preloaded subset; a canvas's labels need the
   * full one, which this starts loading.
   */
  fontLoaded(text: string, ms: number): Promise<void> {
    const env = this.#env;
    const load = env.loadFont;
    if (!load) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = env.setTimeout(resolve, ms);
      const done = (): void => {
        env.clearTimeout(timer);
        resolve();
      };
      load(`16px "${SHIPPED_FONT}"`, text).then(done, done);
    });
  }

  /**
   * Holds the page unsettled until the returned function is called (more calls do nothing).
   */
  hold(): () => void {
    this.#holds++;
    this.#held = true;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      if (--this.#holds === 0) this.#settle();
    };
  }

  /** Holds the page unsettled until `work` resolves or rejects. */
  holdUntil(work: Promise<unknown>): void {
    const release = this.hold();
    work.then(release, release);
  }

  /** True once something held the page and nothing holds it now. */
  get isSettled(): boolean {
    return this.#held && this.#holds === 0;
  }

  /**
   * Calls `fn` once the page has settled or `ms` have passed, when the browser is next idle: for
   * work no reader waits for (registering the service worker, the importer's chunk), which would
   * otherwise compete with the first view for the main thread and the connection.
   */
  afterSettled(fn: () => void, ms = 10_000): void {
    const env = this.#env;
    void Promise.race([this.settled, new Promise((r) => env.setTimeout(() => r(null), ms))]).then(
      () => this.whenIdle(fn, 2000),
    );
  }

  /**
   * The order in which the rest of the portal appears after its first screen: once that screen is
   * painted, the view's chunk has arrived and the full font has loaded (at most `fontWaitMs`),
   * `showView` is called in an animation frame: the view's canvas is then sized by the layout of
   * that same frame and drawn at that size (in steps, ForceView.svelte), with the font its labels
   * are measured in, instead of at a default size first and again for each change. `showDetails`
   * follows after the next paint.
   */
  stageParts(o: {
    view: Promise<unknown>;
    text: string;
    /** How long the view waits for the full font: a canvas measures its labels in it; HTML reflows. */
    fontWaitMs: number;
    showView: () => void;
    showDetails: () => void;
  }): Cancel {
    const env = this.#env;
    let live = true;
    let cancel = this.afterPaint(() => {
      // The full font is not needed for the first screen: ask for it once that screen is on
      // screen and the page is idle, so it does not compete with it for the connection. Without
      // a wait nothing is asked for: the browser fetches the faces the text on screen needs.
      cancel = this.whenIdle(() => {
        void Promise.all([
          o.view.catch(() => undefined),
          o.fontWaitMs > 0 ? this.fontLoaded(o.text, o.fontWaitMs) : undefined,
        ]).then(() => {
          if (!live) return;
          const show = (): void => {
            if (!live) return;
            o.showView();
            cancel = this.afterPaint(() => live && o.showDetails());
          };
          if (env.hidden()) return show();
          const frame = env.requestAnimationFrame(show);
          cancel = () => env.cancelAnimationFrame(frame);
        });
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }
}

/** The browser's clocks (each looked up when used). */
function browserEnv(): SchedulerEnv {
  return {
    requestAnimationFrame: (fn) => requestAnimationFrame(fn),
    cancelAnimationFrame: (id) => cancelAnimationFrame(id),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    requestIdleCallback:
      typeof requestIdleCallback === 'function' ? (fn, o) => requestIdleCallback(fn, o) : undefined,
    cancelIdleCallback: (id) => cancelIdleCallback(id),
    hidden: () => document.visibilityState === 'hidden',
    loadFont:
      typeof document !== 'undefined' && 'fonts' in document
        ? (font, text) => document.fonts.load(font, text)
        : undefined,
  };
}

/** The page's scheduler. */
export const page = new Scheduler(browserEnv());
