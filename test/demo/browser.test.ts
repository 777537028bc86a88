import { expect, test } from 'vitest';
import { extensionBrowserArgs, findBrowser, hasDisplay, isBrandedChrome } from '../../src/demo/browser';

test('the browser flags load exactly the given extension', () => {
  const args = extensionBrowserArgs('/opt/policy-lens/dist');
  expect(args).toContain('--load-extension=/opt/policy-lens/dist');
  expect(args).toContain('--disable-extensions-except=/opt/policy-lens/dist');
});

test('$CHROME_PATH chooses the browser', () => {
  expect(findBrowser({ CHROME_PATH: '/somewhere/chrome' }, 'linux')).toBe('/somewhere/chrome');
});

test('no known browser on an unknown platform', () => {
  expect(findBrowser({}, 'plan9')).toBeUndefined();
});

test('on Linux a window needs an X11 or Wayland display; elsewhere there always is one', () => {
  expect(hasDisplay({}, 'linux')).toBe(false);
  expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
  expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
  expect(hasDisplay({}, 'darwin')).toBe(true);
});

test('branded Google Chrome is told apart from Chromium', () => {
  expect(isBrandedChrome('/usr/bin/google-chrome-stable')).toBe(true);
  expect(isBrandedChrome('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe(true);
  expect(isBrandedChrome('/usr/bin/chromium')).toBe(false);
});
