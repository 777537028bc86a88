/** Rendering a long list a slice at a time, so the popup opens without a long freeze. */
import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` rows to render now: `step` at first, then `step` more
 * in each following task until all are there. Remount the list (a new `key`)
 * to start again from `step` when it changes completely.
 */
export function useGradualCount(total: number, step: number): number {
  const [shown, setShown] = useState(step);
  useEffect(() => {
    if (shown >= total) return undefined;
    const timer = setTimeout(() => setShown((count) => count + step), 0);
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  return Math.min(shown, total);
}
