/**
 * When drawings go to the page. Every change of the CSS highlights makes the
 * browser rebuild its drawing of every registered range at the next frame
 * (the text's highlight markers in `PrePaint`, then `Paint` of the
 * highlighted text), and so does every frame in which the page's DOM
 * changed. Drawings are therefore gathered and handed over in batches, one
 * batch at most every {@link BATCH_INTERVAL_MS} (longer apart the more ranges
 * are drawn, see {@link MS_APART_PER_RANGE}) and at an idle moment of the
 * page where one comes; while the page keeps changing, they wait until it
 * pauses for {@link QUIET_MS}, but never longer than {@link LONGEST_WAIT_MS},
 * so that a page that never stops still gets its highlights.
 */

/** Least time between two batches, ms: a batch rebuilds the browser's drawing of every range, however few it adds. */
export const BATCH_INTERVAL_MS = 300;
/**
 * Time between two batches for every range drawn, ms. Rebuilding the drawing
 * of the ranges took some 9 µs of CPU a range (157 ms for 18,000 ranges on a
 * page of 5 MB): with batches this far apart it takes a tenth of the time at
 * most, however many ranges there are.
 */
export const MS_APART_PER_RANGE = 0.09;
/** How long a batch that is due waits for an idle moment of the page, at most, ms. */
export const IDLE_TIMEOUT_MS = 100;
/** Quiet time after the page's last change before drawings are handed over, ms: a page changing in every frame rebuilds its highlights in every frame. */
export const QUIET_MS = 400;
/** The longest drawings wait for a page that keeps changing, ms. */
export const LONGEST_WAIT_MS = 5000;

/** The timers the batches are timed with, passed in so tests can stand in for them. */
export interface BatchClock {
  /** The current time, ms. */
  now(): number;
  /** Calls `callback` after `ms`. */
  setTimeout(callback: () => void, ms: number): void;
  /** Calls `callback` when the page is idle, or after `timeout` ms at most. */
  whenIdle(callback: () => void, timeout: number): void;
}

/** The clock of the global object: `requestIdleCallback` where the browser has it, else a timeout. */
export function globalClock(): BatchClock {
  const global = globalThis as typeof globalThis & { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number };
  return {
    now: () => performance.now(),
    setTimeout: (callback, ms) => void setTimeout(callback, ms),
    whenIdle: (callback, timeout) => {
      if (typeof global.requestIdleCallback === 'function') global.requestIdleCallback(callback, { timeout });
      else setTimeout(callback, 0);
    },
  };
}

/**
 * Decides when the drawings waiting in a painter are handed to the page, and
 * hands them over through `handOver`, which answers the number of ranges
 * drawn after it.
 */
export class DrawBatches {
  /** When the oldest waiting drawing was asked for; undefined when none waits. */
  private waitingSince: number | undefined;
  /** When the last batch was handed over. */
  private lastBatchAt = -Infinity;
  /** When the page last changed. */
  private lastChangeAt = -Infinity;
  /** Ranges drawn after the last batch. */
  private rangesDrawn = 0;
  /** The timer or idle callback of the next batch is set. */
  private armed = false;
  /** Resolved at the next batch. */
  private waiters: (() => void)[] = [];

  constructor(
    private readonly handOver: () => number,
    private readonly clock: BatchClock = globalClock(),
  ) {}

  /** True while drawings wait for their batch. */
  get waiting(): boolean {
    return this.waitingSince !== undefined;
  }

  /** Drawings wait: a batch is to be handed over. */
  request(): void {
    this.waitingSince ??= this.clock.now();
    if (!this.armed) this.arm();
  }

  /** The page's own content changed just now: waiting drawings wait for it to pause. */
  pageChanged(): void {
    this.lastChangeAt = this.clock.now();
  }

  /** Resolves once every drawing waiting now is handed over. */
  drawn(): Promise<void> {
    return this.waiting ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }

  /** When the waiting drawings are due: after the interval and a pause of the page, but no later than the longest wait. */
  private dueAt(): number {
    const since = this.waitingSince!;
    const apart = Math.max(BATCH_INTERVAL_MS, this.rangesDrawn * MS_APART_PER_RANGE);
    const due = Math.max(since, this.lastBatchAt + apart, this.lastChangeAt + QUIET_MS);
    return Math.min(due, since + LONGEST_WAIT_MS);
  }

  /**
   * Sets the timer of the next batch; once it is due, waits for an idle
   * moment. The page's changes move the time due: it is read again when the
   * timer fires and when the idle moment comes.
   */
  private arm(): void {
    this.armed = true;
    const wait = this.dueAt() - this.clock.now();
    if (wait > 0) this.clock.setTimeout(() => this.arm(), wait);
    else this.clock.whenIdle(() => (this.dueAt() <= this.clock.now() ? this.handOverNow() : this.arm()), IDLE_TIMEOUT_MS);
  }

  private handOverNow(): void {
    this.armed = false;
    this.waitingSince = undefined;
    this.lastBatchAt = this.clock.now();
    this.rangesDrawn = this.handOver();
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
