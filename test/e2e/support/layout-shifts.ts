/** Watches pages for layout shifts (the Layout Instability API): content that moves after it was shown. */
import type { BrowserContext, Page } from 'playwright-core';

/** A layout shift seen in a page. */
export interface LayoutShift {
  /** When it happened, in ms since the page's navigation started. */
  startTime: number;
  /** Its layout shift score: how much of the viewport moved, and how far. */
  value: number;
}

/** Where each page keeps the shifts it saw. */
const RECORD = '__layoutShifts';

/** Makes every page opened from now on in `context` record its layout shifts from the start. */
export async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript((record) => {
    const shifts: { startTime: number; value: number }[] = [];
    Object.defineProperty(window, record, { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push({ startTime: entry.startTime, value: (entry as PerformanceEntry & { value: number }).value });
    }).observe({ type: 'layout-shift', buffered: true });
  }, RECORD);
}

/** The layout shifts `page` has seen so far; throws when the page was opened before {@link recordLayoutShifts}. */
export async function layoutShifts(page: Page): Promise<LayoutShift[]> {
  const shifts = await page.evaluate((record) => (window as unknown as Record<string, LayoutShift[] | undefined>)[record], RECORD);
  if (!shifts) throw new Error(`${page.url()} records no layout shifts: call recordLayoutShifts before opening it`);
  return shifts;
}
