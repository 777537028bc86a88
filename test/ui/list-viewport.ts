/** jsdom lays nothing out: this gives virtualised lists in tests the viewport height a real page would. */
import { afterEach, beforeEach } from 'vitest';

/**
 * Makes every `.virtual-list` element report `height` pixels of viewport
 * while the tests of the calling file run.
 */
export function useListViewportHeight(height: number): void {
  let original: PropertyDescriptor | undefined;
  beforeEach(() => {
    original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('virtual-list') ? height : 0;
      },
    });
  });
  afterEach(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });
}
