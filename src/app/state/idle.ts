/** Inactivity detection for the kiosk: calls back after `ms` without pointer, key or wheel input. */

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** A running idle watch. */
export interface IdleWatch {
  /** Counts as input: restarts the countdown. */
  poke: () => void;
  /** Removes the listeners and the timer. */
  stop: () => void;
}

/**
 * Calls `onIdle` once after `ms` without input on `target` (default: window); any later input
 * starts a new countdown.
 */
export function watchIdle(ms: number, onIdle: () => void, target: EventTarget = window): IdleWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poke = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, ms);
  };
  for (const e of INPUT_EVENTS) target.addEventListener(e, poke, { capture: true, passive: true });
  poke();
  return {
    poke,
    stop: () => {
      clearTimeout(timer);
      for (const e of INPUT_EVENTS) target.removeEventListener(e, poke, { capture: true });
    },
  };
}
