/**
 * Preact runs a component's effects after the next animation frame, with a
 * 100 ms timer in case no frame comes. When a test file ends, its window is
 * closed: frames stop, and the timer then finds no `cancelAnimationFrame`. A
 * file that renders waits these out at its end, while its window still lives.
 */
import { afterAll } from 'vitest';

/** Longer than Preact's after-paint timer. */
const AFTER_PAINT_TIMEOUT_MS = 150;

/** Keeps the test file's window open until effects scheduled by its last test have run. */
export function waitOutEffectsAtEnd(): void {
  afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, AFTER_PAINT_TIMEOUT_MS)));
}
