import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scheduler, type SchedulerEnv } from './scheduler.ts';

/** A page whose frames, idle periods and fonts the test hands out; timers are vitest's. */
function fakePage(o: { idle?: boolean; hidden?: boolean } = {}) {
  const frames = new Map<number, () => void>();
  const idles = new Map<number, () => void>();
  const fonts: { font: string; text: string; done: () => void }[] = [];
  let next = 1;
  const log: string[] = [];
  const env: SchedulerEnv = {
    requestAnimationFrame: (fn) => (frames.set(next, fn), next++),
    cancelAnimationFrame: (id) => void frames.delete(id),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    requestIdleCallback:
      o.idle === false
        ? undefined
        : (fn, { timeout }) => {
            log.push(`idle ≤${timeout}`);
            idles.set(next, fn);
            return next++;
          },
    cancelIdleCallback: (id) => void idles.delete(id),
    hidden: () => o.hidden ?? false,
    loadFont: (font, text) =>
      new Promise<void>((resolve) => fonts.push({ font, text, done: resolve })),
  };
  const run = (queue: Map<number, () => void>) => () => {
    const due = [...queue.values()];
    queue.clear();
    for (const fn of due) fn();
  };
  return { env, fonts, log, frame: run(frames), idle: run(idles), frames, idles };
}

/** Lets promise callbacks run. */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterPaint', () => {
  it('runs in a task after the next frame, and not when cancelled', () => {
    const p = fakePage();
    const s = new Scheduler(p.env);
    const calls: string[] = [];
    s.afterPaint(() => calls.push('a'));
    const cancel = s.afterPaint(() => calls.push('b'));
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([]); // no frame yet
    cancel();
    p.frame();
    expect(calls).toEqual([]); // the frame, then a task
    vi.advanceTimersByTime(0);
    expect(calls).toEqual(['a']);
  });

  it('runs in a task at once on a hidden page (which gets no frames)', () => {
    const p = fakePage({ hidden: true });
    const calls: string[] = [];
    new Scheduler(p.env).afterPaint(() => calls.push('a'));
    vi.advanceTimersByTime(0);
    expect(calls).toEqual(['a']);
    expect(p.frames.size).toBe(0);
  });
});

describe('whenIdle', () => {
  it('asks the browser for an idle period, at most `ms` away', () => {
    const p = fakePage();
    const calls: string[] = [];
    new Scheduler(p.env).whenIdle(() => calls.push('a'), 700);
    expect(p.log).toEqual(['idle ≤700']);
    p.idle();
    expect(calls).toEqual(['a']);
  });

  it('falls back to a short timeout without requestIdleCallback', () => {
    const calls: string[] = [];
    new Scheduler(fakePage({ idle: false }).env).whenIdle(() => calls.push('a'));
    vi.advanceTimersByTime(49);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['a']);
  });
});

describe('fontLoaded', () => {
  it("asks for the shipped font's faces for the text, and resolves when they are here", async () => {
    const p = fakePage();
    let done = false;
    void new Scheduler(p.env).fontLoaded('压缩机', 1500).then(() => (done = true));
    expect(p.fonts.map((f) => [f.font, f.text])).toEqual([['16px "ChainMap Sans SC"', '压缩机']]);
    await flush();
    expect(done).toBe(false);
    p.fonts[0]!.done();
    await flush();
    expect(done).toBe(true);
  });

  it('gives up waiting after `ms`', async () => {
    const p = fakePage();
    let done = false;
    void new Scheduler(p.env).fontLoaded('压缩机', 1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});

describe('settling', () => {
  it('is settled once something held the page and nothing holds it any more', async () => {
    const s = new Scheduler(fakePage().env);
    let settled = false;
    void s.settled.then(() => (settled = true));
    expect(s.isSettled).toBe(false); // nothing held it yet: the page has not started
    const first = s.hold();
    const second = s.hold();
    first();
    first(); // a second call gives nothing back twice
    await flush();
    expect(settled).toBe(false);
    second();
    await flush();
    expect(settled).toBe(true);
    expect(s.isSettled).toBe(true);
  });

  it('holds until a promise ends, a failure as well', async () => {
    const s = new Scheduler(fakePage().env);
    let fail!: (e: Error) => void;
    s.holdUntil(new Promise((_, reject) => (fail = reject)));
    await flush();
    expect(s.isSettled).toBe(false);
    fail(new Error('chunk missing'));
    await flush();
    expect(s.isSettled).toBe(true);
  });

  it('runs work that waits for the page when it settles, in an idle period', async () => {
    const p = fakePage();
    const s = new Scheduler(p.env);
    const calls: string[] = [];
    s.afterSettled(() => calls.push('service worker'));
    const release = s.hold();
    await vi.advanceTimersByTimeAsync(5000);
    expect(p.idles.size).toBe(0);
    release();
    await flush();
    expect(p.log).toEqual(['idle ≤2000']);
    p.idle();
    expect(calls).toEqual(['service worker']);
  });

  it('runs it after `ms` when the page never says it settled', async () => {
    const p = fakePage();
    const s = new Scheduler(p.env);
    const calls: string[] = [];
    s.hold(); // never given back
    s.afterSettled(() => calls.push('late'), 10_000);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(p.idles.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    p.idle();
    expect(calls).toEqual(['late']);
  });
});

describe('stageParts', () => {
  it('shows the view after the first paint, an idle period, its chunk and the font, in a frame; the details after the next paint', async () => {
    const p = fakePage();
    const calls: string[] = [];
    let arrive!: () => void;
    new Scheduler(p.env).stageParts({
      view: new Promise<void>((r) => (arrive = r)),
      text: '热管理',
      fontWaitMs: 1500,
      showView: () => calls.push('view'),
      showDetails: () => calls.push('details'),
    });
    p.frame();
    await flush(); // painted
    expect(p.fonts).toEqual([]); // the font is asked for once the page is idle
    p.idle();
    expect(p.fonts.map((f) => f.text)).toEqual(['热管理']);
    arrive();
    await flush();
    expect(calls).toEqual([]); // the font is not here yet
    p.fonts[0]!.done();
    await flush();
    expect(calls).toEqual([]); // in a frame
    p.frame();
    expect(calls).toEqual(['view']);
    p.frame();
    await flush();
    expect(calls).toEqual(['view', 'details']);
  });

  it('asks for no font when the view does not wait for one, and stops when cancelled', async () => {
    const p = fakePage();
    const calls: string[] = [];
    const cancel = new Scheduler(p.env).stageParts({
      view: Promise.resolve(),
      text: '热管理',
      fontWaitMs: 0,
      showView: () => calls.push('view'),
      showDetails: () => calls.push('details'),
    });
    p.frame();
    await flush();
    p.idle();
    await flush();
    expect(p.fonts).toEqual([]);
    p.frame();
    expect(calls).toEqual(['view']);
    cancel();
    p.frame();
    await flush();
    expect(calls).toEqual(['view']);
  });
});
